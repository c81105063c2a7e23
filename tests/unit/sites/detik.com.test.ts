import { describeSitePack } from "./harness.ts";

describeSitePack("detik.com", {
  url: "https://news.detik.com/berita/d-7012345/harga-cabai-rawit-turun-di-pasar-induk-kramat-jati",
  firstWords: "Jakarta - Harga cabai rawit merah di Pasar Induk Kramat Jati turun",
  absent: ["[Gambas:Video 20detik]", "SCROLL TO CONTINUE WITH CONTENT", "Baca juga: Harga Bawang Merah Naik Jelang Iduladha"],
  kept: ["menyiapkan operasi pasar bila kenaikan harga kembali terjadi."],
});
