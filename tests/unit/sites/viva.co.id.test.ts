import { describeSitePack } from "./harness.ts";

describeSitePack("viva.co.id", {
  url: "https://www.viva.co.id/sport/bola/1754321-timnas-u-20-gelar-pemusatan-latihan-di-bali-jelang-kualifikasi",
  firstWords: "VIVA – Tim nasional Indonesia U-20 menggelar pemusatan latihan di Bali",
  absent: ["BACA ARTIKEL MENARIK LAINNYA", "PSSI Umumkan Jadwal Uji Coba Timnas"],
  kept: ["mirip dengan tempat pertandingan kualifikasi."],
});
