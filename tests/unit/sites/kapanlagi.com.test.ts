import { describeSitePack } from "./harness.ts";

describeSitePack("kapanlagi.com", {
  url: "https://www.kapanlagi.com/showbiz/musik/penyanyi-muda-ini-rilis-album-perdana-berisi-lagu-daerah-a1b2c3.html",
  firstWords: "Kapanlagi.com - Seorang penyanyi muda asal Makassar merilis album perdana",
  absent: ["Jangan Lewatkan", "Simak Lifestyle Populer Lainnya", "Kumpulan Berita Terkait:"],
  kept: ["dimulai dari kampung halamannya di Sulawesi Selatan."],
});
