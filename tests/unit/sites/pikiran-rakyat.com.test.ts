import { describeSitePack } from "./harness.ts";

describeSitePack("pikiran-rakyat.com", {
  url: "https://www.pikiran-rakyat.com/jawa-barat/pr-018123456/jembatan-gantung-penghubung-dua-desa-di-garut-diresmikan",
  firstWords: "PIKIRAN RAKYAT - Warga dua desa di Kabupaten Garut kini tidak perlu lagi",
  absent: ["Ikuti Update Berita Terkini dari Pikiran Rakyat di Google News", "Baca Juga: Jalan Rusak di Garut Selatan Mulai Diperbaiki"],
  kept: ["kondisi tali dan papan jembatan secara rutin."],
});
