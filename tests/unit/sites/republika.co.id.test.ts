import { describeSitePack } from "./harness.ts";

describeSitePack("republika.co.id", {
  url: "https://news.republika.co.id/berita/sabc123456/kemenag-buka-pendaftaran-beasiswa-santri-berprestasi",
  firstWords: "REPUBLIKA.CO.ID, JAKARTA -- Kementerian Agama membuka pendaftaran Program Beasiswa Santri Berprestasi",
  absent: ["Santri Diajak Melek Teknologi Digital"],
  kept: ["daerah asal mereka setelah menyelesaikan pendidikan."],
});
