import { describeSitePack } from "./harness.ts";

describeSitePack("sindonews.com", {
  url: "https://ekbis.sindonews.com/read/1412345/34/ekspor-kopi-indonesia-naik-12-persen-pada-semester-pertama-1722222222",
  firstWords: "JAKARTA - Nilai ekspor kopi Indonesia naik 12 persen",
  absent: ["Baca Juga: Harga Kopi Dunia Melonjak, Petani Lampung Untung"],
  kept: ["menambah devisa negara pada paruh kedua tahun ini."],
});
