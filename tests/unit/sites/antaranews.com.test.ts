import { describeSitePack } from "./harness.ts";

describeSitePack("antaranews.com", {
  url: "https://www.antaranews.com/berita/4123456/petani-garam-madura-mulai-panen-lebih-awal",
  firstWords: "Sumenep (ANTARA) - Petani garam di Kabupaten Sumenep, Madura",
  absent: ["Baca juga: Harga garam rakyat di Madura naik"],
  kept: ["terserap dengan harga yang layak."],
});
