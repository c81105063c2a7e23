import { describeSitePack } from "./harness.ts";

describeSitePack("kompas.com", {
  url: "https://regional.kompas.com/read/2024/07/08/101500178/pemkot-bandung-tambah-40-bus-sekolah-gratis-tahun-ini",
  firstWords: "BANDUNG, KOMPAS.com - Pemerintah Kota Bandung menambah 40 unit bus sekolah gratis",
  absent: ["Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com", "Baca juga: Siswa Bandung Keluhkan Halte Bus Sekolah yang Rusak"],
  kept: ["tidak lagi mengangkut penumpang melebihi kapasitas."],
});
