import { describeSitePack } from "./harness.ts";

describeSitePack("kumparan.com", {
  url: "https://kumparan.com/kumparanfood/festival-kuliner-nusantara-digelar-di-surabaya-akhir-pekan-ini-22abcdEFgh",
  firstWords: "Festival Kuliner Nusantara kembali digelar di Surabaya",
  absent: ["Ikuti survei kumparan dan menangkan e-voucher"],
  kept: ["lahan parkir di sekitar lokasi terbatas."],
});
