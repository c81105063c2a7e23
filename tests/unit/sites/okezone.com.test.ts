import { describeSitePack } from "./harness.ts";

describeSitePack("okezone.com", {
  url: "https://lifestyle.okezone.com/read/2024/05/02/298/3001234/tips-menyimpan-sayuran-agar-tetap-segar-seminggu",
  firstWords: "JAKARTA - Sayuran yang dibeli di pasar sering cepat layu",
  absent: ["BERITA LAINNYA", "Link successfully copied"],
  kept: ["tumbuhnya jamur selama penyimpanan."],
});
