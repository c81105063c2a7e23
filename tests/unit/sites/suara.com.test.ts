import { describeSitePack } from "./harness.ts";

describeSitePack("suara.com", {
  url: "https://www.suara.com/bisnis/2024/08/21/130000/pemprov-jateng-perpanjang-program-pemutihan-pajak-kendaraan",
  firstWords: "Suara.com - Pemerintah Provinsi Jawa Tengah memperpanjang program pemutihan",
  absent: ["Cara Cek Pajak Kendaraan Lewat HP"],
  kept: ["data kepemilikan kendaraan di Jawa Tengah."],
});
