import { describeSitePack } from "./harness.ts";

describeSitePack("beritasatu.com", {
  url: "https://www.beritasatu.com/ekonomi/2812345/bandara-kertajati-layani-penerbangan-umrah-mulai-bulan-depan",
  firstWords: "Majalengka, Beritasatu.com - Bandara Internasional Jawa Barat Kertajati akan melayani",
  absent: ["Penumpang Pesawat Domestik Naik 8 Persen"],
  kept: ["terus meningkat hingga akhir tahun."],
});
