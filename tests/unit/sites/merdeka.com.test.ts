import { describeSitePack } from "./harness.ts";

describeSitePack("merdeka.com", {
  url: "https://www.merdeka.com/uang/jalan-tol-baru-di-sumatera-mulai-beroperasi-bulan-depan-123456-mvk.html",
  firstWords: "Merdeka.com - Ruas jalan tol baru di Sumatera Selatan dijadwalkan mulai beroperasi",
  absent: ["Tarif Tol Trans Sumatera Naik Mulai Pekan Depan", "Jasa Marga Siapkan Petugas Tambahan", "Baca Selanjutnya"],
  // The part the site hides until "Baca Selanjutnya" is tapped is article text (src/core/parts.ts).
  kept: ["menurunkan biaya logistik di wilayah tersebut.", "Rest Area Disiapkan", "warung makan milik warga sekitar."],
});
