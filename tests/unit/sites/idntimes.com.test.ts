import { describeSitePack } from "./harness.ts";

describeSitePack("idntimes.com", {
  url: "https://www.idntimes.com/life/inspiration/nama-penulis/cara-mudah-menghemat-listrik-di-rumah-c1c2",
  firstWords: "Musim kemarau membuat banyak orang menyalakan kipas angin",
  absent: ["Cara Membersihkan AC Sendiri di Rumah", "Baca artikel selengkapnya"],
  kept: ["3. Manfaatkan cahaya matahari", "tidak lembap."],
});
