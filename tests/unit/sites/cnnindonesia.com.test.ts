import { describeSitePack } from "./harness.ts";

describeSitePack("cnnindonesia.com", {
  url: "https://www.cnnindonesia.com/nasional/20241105101010-20-1162345/bmkg-prediksi-hujan-lebat-di-sejumlah-wilayah-sepekan-ke-depan",
  firstWords: "Jakarta, CNN Indonesia -- Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprediksi",
  absent: ["[Gambas:Video CNN]", "SCROLL TO CONTINUE WITH CONTENT"],
  kept: ["lereng yang rawan longsor di permukiman warga."],
});
