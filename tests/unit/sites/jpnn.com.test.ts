import { describeSitePack } from "./harness.ts";

describeSitePack("jpnn.com", {
  url: "https://www.jpnn.com/news/pemda-diminta-percepat-pengangkatan-guru-honorer-jadi-pppk",
  firstWords: "jpnn.com, JAKARTA - Pemerintah daerah diminta mempercepat pengangkatan guru honorer",
  absent: ["Jangan Lewatkan Video Terbaru:", "BACA JUGA: Formasi PPPK Guru Tahun Depan Diumumkan Bulan Ini"],
  kept: ["hanya karena persoalan administrasi di tingkat daerah."],
});
