import { describeSitePack } from "./harness.ts";

describeSitePack("tribunnews.com", {
  url: "https://www.tribunnews.com/metropolitan/2024/09/14/warga-bekasi-antusias-ikuti-vaksinasi-rabies-gratis",
  firstWords: "TRIBUNNEWS.COM, BEKASI - Ratusan warga Bekasi membawa kucing dan anjing",
  absent: ["JANGAN LEWATKAN", "Pasang Iklan"],
  kept: ["memelihara lebih dari satu hewan."],
});
