import { describeSitePack } from "./harness.ts";

describeSitePack("medcom.id", {
  url: "https://www.medcom.id/ekonomi/bisnis/Dkq0mR3b-kai-tambah-perjalanan-kereta-jarak-jauh-saat-libur-sekolah",
  firstWords: "Jakarta: PT Kereta Api Indonesia (Persero) menambah perjalanan kereta jarak jauh",
  absent: ["Info lebih lengkap klik : osc.medcom.id", "Cek Berita dan Artikel yang lain di Google News", "Baca: Tiket Kereta Api Lebaran Mulai Dijual Pekan Depan", "Ikuti media sosial medcom.id"],
  kept: ["sebelum penumpang masuk peron."],
});
