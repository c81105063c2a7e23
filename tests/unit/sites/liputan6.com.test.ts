import { describeSitePack } from "./harness.ts";

describeSitePack("liputan6.com", {
  url: "https://www.liputan6.com/news/read/5612345/cara-cek-bansos-pkh-2024-lewat-hp",
  firstWords: "Liputan6.com, Jakarta - Kementerian Sosial membuka layanan pengecekan",
  absent: ["Saksikan Video Pilihan di Bawah Ini:", "Jangan sampai ketinggalan berita terkini"],
  kept: ["Syarat Penerima PKH", "pihak yang menjanjikan pencairan lebih cepat."],
});
