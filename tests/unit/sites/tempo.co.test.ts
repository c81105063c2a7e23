import { describeSitePack } from "./harness.ts";

describeSitePack("tempo.co", {
  url: "https://www.tempo.co/seni-budaya/museum-nasional-kembali-dibuka-untuk-umum-setelah-renovasi-1234567",
  firstWords: "TEMPO.CO, Jakarta - Museum Nasional Indonesia kembali dibuka untuk umum",
  absent: ["Pilihan Editor: Kisah Arca yang Kembali dari Belanda", "Ikuti berita terkini dari Tempo di Google News"],
  kept: ["keluarga dan pelajar dari berbagai daerah."],
});
