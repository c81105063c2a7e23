/** classify(): one block at a time, by shape and phrase, the way the cleaner and the live-page hider ask it. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { classify, isDateLine, isShareRow } from "../../src/core/classify.ts";
import { compilePhrases } from "../../src/core/phrases.ts";
import { squash } from "../../src/core/text.ts";
import { CATEGORIES } from "../../src/rules/index.ts";

const matchers = compilePhrases(new Set(CATEGORIES.map((c) => c.id)));
const block = (html: string): Element => {
  const doc = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document;
  return doc.getElementById("root")!.firstElementChild!;
};
const verdict = (html: string) => {
  const v = classify(block(html), matchers);
  return v ? `${v.category} ${v.rule}` : null;
};

describe("read-also lines in every language", () => {
  const lines = [
    'Baca juga: <a href="/x">Harga cabai naik</a>',
    'Baca: <a href="/x">Rusia tarik pasukan</a>',
    '<strong>Lihat Juga</strong> <a href="/x">Video banjir</a>',
    'Read more: <a href="/x">How it happened</a>',
    'Lesen Sie auch: <a href="/x">Die neue Bibliothek</a>',
    'À lire aussi : <a href="/x">La nouvelle bibliothèque</a>',
    'Lee también: <a href="/x">La nueva biblioteca</a>',
    'Leia também: <a href="/x">A nova biblioteca</a>',
    'Leggi anche: <a href="/x">La nuova biblioteca</a>',
    'Lees ook: <a href="/x">De nieuwe bibliotheek</a>',
    'Czytaj też: <a href="/x">Nowa biblioteka</a>',
  ];
  for (const l of lines) it(l.replace(/<[^>]+>/g, ""), () => expect(verdict(`<p>${l}</p>`)).toMatch(/^related phrase:related:/));

  it("a section label and date line is not a lead: its one link is the phrase itself", () => {
    expect(verdict('<div><span><a href="/trending/">TRENDING</a> | 3 Maret 2024 10:15</span> <span>Reporter : <a href="/r/">Sri Ayu</a></span></div>')).toBeNull();
    expect(verdict('<p>Simak juga Video: <a href="/v">Kereta cepat diuji</a></p>')).toBe("related phrase:related:lead");
  });
  it("needs a link after the phrase", () => {
    expect(verdict("<p>Baca juga: pengumuman resmi di papan desa.</p>")).toBeNull();
  });
  it("a single word needs a separator: 'Baca buku…' is prose", () => {
    expect(verdict('<p>Baca <a href="/x">buku panduan</a> sebelum mendaftar ke kampus.</p>')).toBeNull();
  });
});

describe("a read-also card whose label and headline are one link (a WordPress plugin's)", () => {
  const card = '<div id="c"><a href="/harga-tahu-naik"><style>.x{padding:0}</style><div><span class="cta">Baca Juga</span>&nbsp; <span class="t">Harga Tahu Naik Imbas Kedelai Impor</span></div></a></div>';
  it("takes the card whole, not the label alone (its own <style> aside)", () => {
    const doc = new JSDOM(`<body>${card}</body>`).window.document;
    const v = classify(doc.querySelector(".cta")!, matchers)!;
    expect([v.rule, v.target.id]).toEqual(["phrase:related:lead", "c"]);
  });
  it("leaves a link among a sentence's words that opens with the words", () => {
    const doc = new JSDOM('<body><p>Silakan <a href="/panduan"><b>baca juga</b> panduan lengkapnya</a> di laman resmi kampus sebelum mendaftar.</p></body>').window.document;
    const v = classify(doc.querySelector("b")!, matchers);
    expect(v?.target.tagName).not.toBe("A");
    expect(v?.target.tagName).not.toBe("P");
  });
});

describe("headings over lists", () => {
  it("takes a 'Berita Terkait' heading and the link list under it", () => {
    const doc = new JSDOM('<body><div><h3>Berita Terkait</h3><ul><li><a href="/a">Satu berita</a></li><li><a href="/b">Dua berita</a></li></ul></div></body>').window.document;
    const v = classify(doc.querySelector("h3")!, matchers)!;
    expect(v.category).toBe("related");
    expect(v.alsoRemove.map((e) => e.tagName)).toEqual(["UL"]);
  });
  it("takes a related heading's video teaser whole: the heading, the player and its caption", () => {
    const doc = new JSDOM('<body><div id="story"><p>Paragraf cerita.</p><div id="v"><div class="t">Video Pilihan</div><amp-iframe src="https://video.example/embed/1"></amp-iframe><div class="c">Cara daftar mudik gratis dari Kemenhub</div></div><p>Paragraf berikutnya.</p></div></body>').window.document;
    const v = classify(doc.querySelector(".t")!, matchers)!;
    expect([v.category, v.target.id]).toEqual(["related", "v"]);
  });
  it("leaves the box alone when it is more than a teaser: words before the heading, no player, or a paragraph's length", () => {
    const target = (html: string) => {
      const doc = new JSDOM(`<body><div id="box">${html}</div></body>`).window.document;
      return classify(doc.querySelector(".t")!, matchers)!.target.className;
    };
    expect(target('<p>Pengantar redaksi.</p><div class="t">Video Terkait</div><iframe src="https://v.example/1"></iframe>')).toBe("t");
    expect(target('<div class="t">Video Terkait</div><div class="c">Keterangan video yang belum dimuat</div>')).toBe("t");
    expect(target(`<div class="t">Video Terkait</div><iframe src="https://v.example/1"></iframe><p>${"Kalimat cerita yang panjang. ".repeat(10)}</p>`)).toBe("t");
  });
  it("takes the small box a promo or social title opens: its line of detail and its buttons or form", () => {
    const target = (html: string, sel = ".t") => {
      const doc = new JSDOM(`<body><main><p>${"Isi berita yang panjang. ".repeat(20)}</p>${html}</main></body>`).window.document;
      const v = classify(doc.querySelector(sel)!, matchers)!;
      return `${v.category} ${v.target.id || v.target.className}`;
    };
    expect(target('<section id="box"><p class="t">Newsletter</p><p>Setiap pekan, kabar iklim pilihan redaksi</p><a href="/nl">Daftar</a></section>')).toBe("promo box");
    expect(target('<div id="box"><div><div class="t">Ikuti kami di Google News</div><div>Berita terkini langsung ke ponsel.</div></div><a href="https://news.google.com/publications/1">Google News</a></div>')).toBe("social box");
    expect(target('<div id="box"><form><h3 class="t">Support local journalism in Maine</h3><p>Readers like you keep it going.</p><button>Donate</button></form></div>')).toBe("promo box");
  });
  it("leaves that box when it is more: a paragraph of prose, the article's title or date, a list the heading names", () => {
    const target = (html: string) => {
      const doc = new JSDOM(`<body><main>${html}</main></body>`).window.document;
      return classify(doc.querySelector(".t")!, matchers)!.target.className;
    };
    expect(target(`<div id="box"><p class="t">Newsletter</p><p>${"Kalimat cerita yang panjang sekali. ".repeat(8)}</p></div>`)).toBe("t");
    expect(target('<div id="box"><p class="t">Newsletter</p><h1>Judul berita</h1></div>')).toBe("t");
    expect(target('<div id="box"><p class="t">Newsletter</p><p>Terbit <time datetime="2025-01-01">1 Januari</time></p></div>')).toBe("t");
    expect(target('<div id="box"><p>Pengantar.</p><p class="t">Newsletter</p><a href="/nl">Daftar</a></div>')).toBe("t");
  });
  it("takes 'More from UK' (a phrase plus a word or two)", () => {
    expect(verdict("<h2>More from UK</h2>")).toBe("related phrase:related:heading");
  });
  it("takes a heading with a count in brackets ('Komentar (23)', 'Comments [5]'), not with a word after it", () => {
    expect(verdict("<h3>Komentar (23)</h3>")).toBe("comments phrase:comments:heading");
    expect(verdict("<h3>Comments [5]</h3>")).toBe("comments phrase:comments:heading");
    expect(verdict("<h3>Komentar (23 orang)</h3>")).toBeNull();
  });
  it("takes a comments heading with its count as a badge beside it ('Comentarios 87', 'Kommentare: 2')", () => {
    expect(verdict("<h3>Comentarios <span>87</span></h3>")).toBe("comments phrase:comments:heading");
    expect(verdict("<div>Kommentare: 2</div>")).toBe("comments phrase:comments:heading");
    expect(verdict("<h3>Ý kiến (86)</h3>")).toBe("comments phrase:comments:heading");
  });
  it("takes the English headings of a related box that news networks share ('You may also be interested in:', 'Related to this story', 'Featured Video Of The Day')", () => {
    for (const h of ["You may also be interested in:", "Related Internet Links", "Related to this story", "Related videos", "Featured Video Of The Day"]) {
      expect(verdict(`<h2>${h}</h2>`), h).toBe("related phrase:related:heading");
    }
    expect(verdict("<h2>Featured video shows the storm reaching the coast</h2>")).toBeNull();
  });
  it("takes 'Rekomendasi lain' and 'Rekomendasi lainnya' ('other recommendations'), as 'Berita lainnya'", () => {
    expect(verdict("<h4>Rekomendasi lain</h4>")).toBe("related phrase:related:heading");
    expect(verdict("<h4>Rekomendasi Lainnya</h4>")).toBe("related phrase:related:heading");
  });
  it("takes a story's topic box, 'Ikuti perkembangan berita ini (dalam topik:)', over its link", () => {
    expect(verdict('<div class="kcm-title-box">Ikuti perkembangan berita ini dalam topik:</div>')).toBe("related phrase:related:heading");
    expect(verdict("<h3>Ikuti perkembangan berita ini</h3>")).toBe("related phrase:related:heading");
    expect(verdict("<p>Ikuti perkembangan berita ini karena pemerintah akan mengumumkan keputusan besok pagi.</p>")).toBeNull();
  });
  it("keeps a heading that only starts like one", () => {
    expect(verdict("<h2>Terkait hal itu, pemerintah menunda keputusan</h2>")).toBeNull();
  });
});

describe("calls to action by shape, not by word", () => {
  it("takes the scholarship promo line", () => {
    expect(verdict('<p>Viral! 18 Kampus ternama memberikan beasiswa full sampai lulus. Info lebih lengkap klik : <a href="https://osc.example">osc.example</a></p>')).toBe("promo phrase:promo:line");
  });
  it("takes 'Ikuti kami di Google News' closing a line", () => {
    expect(verdict('<p>Dapatkan update berita pilihan setiap hari. Ikuti kami di <a href="https://news.google.com">Google News</a></p>')).toBe("social phrase:social:line");
  });
  it("takes a follow line of two invitations, the second closing it", () => {
    // Over 100 characters, the first phrase far from its end: the last one says it closes the block.
    const two = '<p>Ikuti kami di <a href="https://news.google.com">Google News</a> dan dapatkan update berita pilihan setiap hari. Gabung juga di <a href="https://whatsapp.com/channel/x">WhatsApp Channel Warta.com</a>.</p>';
    expect(squash(new JSDOM(two).window.document.body.textContent!).length).toBeGreaterThan(100);
    expect(verdict(two)).toBe("social phrase:social:line");
  });
  it("keeps an article's own sentences that quote the words", () => {
    expect(verdict("<p>Pendaftar cukup klik tombol daftar di laman resmi kampus, lalu mengisi formulir secara lengkap.</p>")).toBeNull();
    expect(verdict("<p>Info lebih lengkap bisa dilihat di laman kampus, kata koordinator beasiswa kepada wartawan di Jakarta.</p>")).toBeNull();
    expect(verdict("<p>Ikuti kami di Google News adalah ajakan yang sering muncul di situs berita, tetapi di artikel ini kalimat itu hanya contoh yang dikutip oleh narasumber.</p>")).toBeNull();
  });
  it("keeps any block longer than a clutter line", () => {
    expect(verdict(`<p>Baca juga: <a href="/x">tautan</a> ${"kalimat panjang ".repeat(20)}</p>`)).toBeNull();
  });
});

describe("credits, dates and share rows by structure", () => {
  it("copyright lines", () => {
    expect(verdict("<p>COPYRIGHT © ANTARA 2015</p>")).toBe("credits shape:credits:copyright");
    expect(verdict("<p>The copyright lawsuit was filed in March by three authors.</p>")).toBeNull();
  });
  it("editor initials closing an article", () => {
    expect(verdict("<p>(WIL)</p>")).toBe("credits shape:credits:initials");
    expect(verdict("<p>(kpl/sry)</p>")).toBe("credits shape:credits:initials");
    expect(verdict("<p>(Cas/Isk)</p>")).toBe("credits shape:credits:initials");
  });
  it("label lines: editor, reporter, photo", () => {
    expect(verdict("<p>Editor: Ade Marboen</p>")).toBe("credits phrase:credits:label");
    expect(verdict("<p>Reporter : Issha Harruma</p>")).toBe("credits phrase:credits:label");
    expect(verdict("<p>Foto: Sascha Klahn</p>")).toBe("credits phrase:credits:label");
    expect(verdict("<p>Photograph by Jane Doe</p>")).toBe("credits phrase:credits:label");
  });
  it("bylines, but not a sentence that opens with 'By'", () => {
    expect(verdict("<p>By Justine Coleman</p>")).toBe("credits shape:credits:byline");
    expect(verdict("<p>By then, it was too late.</p>")).toBeNull();
  });
  it("the reporter line of Indonesian network articles, but not a sentence that opens with its words", () => {
    expect(verdict("<p>Laporan Wartawan Warta.co.id, Rina Wati</p>")).toBe("credits shape:credits:byline");
    expect(verdict("<p><strong>Laporan Reporter WartaJakarta.com, Elga Putra</strong></p>")).toBe("credits shape:credits:byline");
    expect(verdict("<p>Laporan wartawan itu dibantah juru bicara kepolisian, Senin.</p>")).toBeNull();
    expect(verdict("<p>Laporan wartawan Warta.co.id, yang terbit pekan lalu, memicu penyelidikan.</p>")).toBeNull();
    expect(verdict("<p>Laporan wartawan Warta.co.id, yang menulis soal banjir</p>")).toBeNull();
  });
  it("date lines in several languages", () => {
    for (const t of ["Selasa, 23/02/2016 15:32 WIB", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Updated 11:21 pm CST, Tuesday, November 19, 2019", "Kamis, 5 November 2015 14:56 WIB | 1.229 Views", "Veröffentlicht am 3. März 2020"]) {
      expect(isDateLine(t), t).toBe(true);
    }
    expect(isDateLine("Pada 23 Februari 2016, ratusan warga berkumpul di alun-alun kota.")).toBe(false);
  });
  it("rows of share buttons", () => {
    expect(isShareRow("Whatsapp Facebook Pint Baixar")).toBe(true);
    expect(isShareRow("Facebook Twitter Email")).toBe(true);
    expect(isShareRow("Facebook and Twitter removed the posts on Monday")).toBe(false);
  });
});

describe("switches", () => {
  it("a disabled category's phrases do not match", () => {
    const only = compilePhrases(new Set(["social"]));
    expect(classify(block('<p>Baca juga: <a href="/x">Harga cabai naik</a></p>'), only, { enabled: new Set(["social"]) })).toBeNull();
  });
  it("structural shapes can be left out", () => {
    expect(classify(block("<p>COPYRIGHT © ANTARA 2015</p>"), matchers, { shapes: false })).toBeNull();
  });
});

describe("teasers and counters", () => {
  it("a paragraph that is one link in capitals is a teaser", () => {
    expect(verdict('<p><a href="/x"><strong>SEAN SPICER ELIMINATED FROM THE SHOW</strong></a></p>')).toBe("related shape:related:caps-link");
  });
  it("a capitalised word inside prose is not", () => {
    expect(verdict('<p>The <a href="/x">NASA</a> report came out on Monday, and it was short.</p>')).toBeNull();
  });
  it("gallery counters", () => {
    expect(verdict("<div>6</div>")).toBe("credits shape:credits:counter");
    expect(verdict("<div>Image 1 of 9</div>")).toBe("credits shape:credits:counter");
    expect(verdict("<div>8 Foto</div>")).toBe("credits shape:credits:counter");
  });
});

describe("clutter of 2020s pages, in Indonesian, Malay and English", () => {
  it("channel and group prompts: a call to join, not the name of a channel", () => {
    expect(verdict('<p>Mari bergabung di grup Telegram <a href="https://t.me/x">Kabar Kota</a> untuk update terbaru.</p>')).toBe("social phrase:social:line");
    expect(verdict('<p>Gabung di channel WhatsApp <a href="https://wa.me/x">Harian Kota</a></p>')).toBe("social phrase:social:line");
    expect(verdict('<p>Sertai saluran Telegram <a href="https://t.me/x">Berita Kita</a></p>')).toBe("social phrase:social:line");
    expect(verdict('<p>Join our WhatsApp channel for breaking news: <a href="https://wa.me/x">tap here</a></p>')).toBe("social phrase:social:line");
    // Prose about a channel stays, however short.
    expect(verdict("<p>Polisi menyelidiki grup Telegram tersebut sejak Senin.</p>")).toBeNull();
    expect(verdict("<p>The channel on WhatsApp had 40,000 members.</p>")).toBeNull();
  });
  it("the same prompts for a WhatsApp group and a Telegram channel, and follow prompts for the site's accounts", () => {
    expect(verdict('<p>Gabung grup WhatsApp Kabar Kota untuk update berita terkini: <a href="https://chat.whatsapp.com/x">klik di sini</a></p>')).toBe("social phrase:social:line");
    expect(verdict("<p>Yuk gabung channel Telegram Kabar Kota, berita pilihan tiap pagi.</p>")).toBe("social phrase:social:line");
    expect(verdict('<p>Simak konten menarik lainnya dan follow akun kami di <a href="https://instagram.com/x">Instagram</a></p>')).toBe("social phrase:social:line");
    expect(verdict("<p>Follow juga akun media sosial kami agar tidak ketinggalan kabar terbaru.</p>")).toBe("social phrase:social:line");
    expect(verdict('<p>Sertai kumpulan WhatsApp Berita Kita: <a href="https://chat.whatsapp.com/x">klik</a></p>')).toBe("social phrase:social:line");
    // A story's words about an account or a group.
    expect(verdict("<p>Pesan itu beredar di grup WhatsApp warga sejak Senin.</p>")).toBeNull();
    expect(verdict("<p>Ia meminta warga tidak mengikuti akun palsu yang mengatasnamakan wali kota.</p>")).toBeNull();
  });
  it("a prompt that names its video in quotes", () => {
    expect(verdict('<p><strong>Simak Video "Banjir Rob Rendam Pesisir Utara"</strong></p>')).toBe("promo phrase:promo:line");
    expect(verdict('<p>Tonton video "Warga Mengungsi ke Masjid" di sini.</p>')).toBe("promo phrase:promo:line");
    // The story's words about someone watching a video.
    expect(verdict("<p>Warga menyimak video itu bersama-sama di balai desa.</p>")).toBeNull();
  });
  it("'Terkait:' leads, 'you might be interested' headings, follow and subscribe reminders, scroll labels", () => {
    expect(verdict('<div><span>Terkait:</span> <a href="/a">Pompa air disiagakan di pesisir</a></div>')).toBe("related phrase:related:lead");
    expect(verdict("<h3>Kamu Mungkin Tertarik</h3>")).toBe("related phrase:related:heading");
    expect(verdict("<h3>Topik Menarik</h3>")).toBe("tags phrase:tags:heading");
    expect(verdict('<p>Klik dan baca artikel menarik lainnya di <a href="https://news.example.id">news.example.id</a></p>')).toBe("related phrase:related:line");
    expect(verdict("<p>Jangan lupa follow Instagram kami dan subscribe YouTube Kabar Kota TV.</p>")).toBe("social phrase:social:line");
    expect(verdict("<p>Ayo subscribe channel YouTube Kabar Kota untuk video terbaru.</p>")).toBe("social phrase:social:line");
    expect(verdict("<h2>Cara subscribe channel YouTube dari ponsel</h2>")).toBeNull();
    expect(verdict("<p>Scroll untuk lanjut membaca</p>")).toBe("promo phrase:promo:line");
    // A story's sentence with the word: no separator after "Terkait".
    expect(verdict('<p>Terkait <a href="/b">kasus itu</a>, polisi memeriksa tiga saksi.</p>')).toBeNull();
    // A photo's "Lihat Foto" button with its caption's link a word or two after it is no lead.
    expect(verdict('<div class="photo"><a href="/foto/1">Lihat Foto</a> Banjir di <a href="/tag/jakarta">Jakarta</a></div>')).toBeNull();
  });
  it("syndication notes, share-with-a-friend lines, news-tip calls, comment contests", () => {
    expect(verdict("<p>(Disclaimer: this story is auto-generated from a syndicated feed; only the headline was edited.)</p>")).toBe("credits phrase:credits:line");
    expect(verdict("<p>Enjoyed this story? Share it with a friend.</p>")).toBe("social phrase:social:line");
    expect(verdict('<p>Have a news tip? Email us at <a href="mailto:tips@example.com">tips@example.com</a></p>')).toBe("promo phrase:promo:line");
    expect(verdict("<p>Tulis komentarmu dengan tagar #KabarKota dan menangkan hadiah menarik!</p>")).toBe("comments phrase:comments:line");
    // The story's sentences with the same nouns.
    expect(verdict("<p>The agency said the feed had been syndicated to forty newspapers.</p>")).toBeNull();
    expect(verdict("<p>Police said the man had passed a news tip to a reporter in March.</p>")).toBeNull();
  });
  it("app prompts that say whose app, and a how-to's step that does not", () => {
    expect(verdict("<p>Download our app for breaking news alerts.</p>")).toBe("promo phrase:promo:line");
    expect(verdict("<p>Get our app: news as it happens.</p>")).toBe("promo phrase:promo:line");
    // The step of a how-to is the article's text (the site's own app: tests/unit/site-plugs.test.ts).
    expect(verdict("<p>Download the app and sign in with your phone number.</p>")).toBeNull();
    expect(verdict("<p>To check your balance, get the app from your bank first.</p>")).toBeNull();
    // Sign-up prompts say whose ("our"); a how-to's step signs up for something else.
    expect(verdict("<p>Sign up for our newsletter to get the day's stories.</p>")).toBe("promo phrase:promo:line");
    expect(verdict("<p>Sign up for the library's e-book service with your card number.</p>")).toBeNull();
    // A public-service line and a how-to's title read the same words as a plug would.
    expect(verdict("<p>Residents can sign up to receive flood alerts on the county website.</p>")).toBeNull();
    expect(verdict("<p>Get the latest updates from the National Weather Service before you travel.</p>")).toBeNull();
    expect(verdict("<p>Verpassen Sie keine Frist: Der Antrag muss bis 31. März gestellt werden.</p>")).toBeNull();
    expect(verdict("<p>Verpassen Sie keine Nachrichten mehr aus Ihrer Region.</p>")).toBe("promo phrase:promo:line");
    expect(verdict("<h2>How to remove ads from the lock screen</h2>")).toBeNull();
    expect(verdict("<p>Become a member of the library to borrow e-books.</p>")).toBeNull();
    expect(verdict("<p>Become a member today and read without limits.</p>")).toBe("promo phrase:promo:line");
    expect(verdict("<p>Get our morning briefing and never miss the latest headlines.</p>")).toBe("promo phrase:promo:line");
  });
  it("app and newsletter prompts", () => {
    expect(verdict("<p>Baca kabar lengkapnya selengkapnya di aplikasi Kabar Kota.</p>")).toBe("promo phrase:promo:line");
    expect(verdict('<p>Ringkasan berita pagi langsung di email Anda. <a href="/nl">Daftar newsletter</a></p>')).toBe("promo phrase:promo:line");
    expect(verdict("<p>Dukung jurnalisme yang independen dengan menjadi pelanggan Kabar Kota.</p>")).toBe("promo phrase:promo:line");
    // A story's sentence with the same words in another order; a how-to's step (the article's text).
    expect(verdict("<p>Aplikasi itu bisa diunduh di Play Store dan gratis untuk pelajar.</p>")).toBeNull();
    expect(verdict("<p>Download gratis di Play Store, lalu masuk dengan nomor ponsel.</p>")).toBeNull();
    expect(verdict("<p>Kode verifikasi dikirim langsung ke email Anda.</p>")).toBeNull();
    // A how-to's step names the app it is about; the site's own plug names the site (site-plugs.test.ts) or says "now".
    expect(verdict("<p>Download aplikasi Mobile JKN di Play Store atau App Store.</p>")).toBeNull();
    expect(verdict("<ol><li>Unduh aplikasi PeduliLindungi, lalu daftar dengan nomor ponsel.</li></ol>")).toBeNull();
    expect(verdict('<p><a href="https://bansos.example.go.id">Klik di sini untuk mengecek nama penerima bantuan.</a></p>')).toBeNull();
    expect(verdict("<p>Download aplikasi sekarang dan nikmati berita tanpa iklan.</p>")).toBe("promo phrase:promo:line");
    // The plugs say "our", "every day" or "other": the advisories with the same first words stay (service-lines.test.ts).
    expect(verdict("<p>Dapatkan berita terbaru setiap hari dengan bergabung di saluran WhatsApp kami.</p>")).not.toBeNull();
    expect(verdict("<p>Bergabunglah dengan saluran WhatsApp Kabar Kota agar tidak ketinggalan berita.</p>")).toBe("social phrase:social:line");
    expect(verdict("<p>Klik di sini untuk update berita terkini lainnya.</p>")).toBe("promo phrase:promo:line");
    expect(verdict("<p>Ikuti akun media sosial kami untuk kabar terbaru.</p>")).toBe("social phrase:social:line");
    expect(verdict('<div>Baca berita lebih nyaman di aplikasi Kabar Kota. <a href="/app">Unduh</a></div>')).toBe("promo phrase:promo:line");
    expect(verdict("<p>Harga terbaru di pasar hanya naik tipis dibanding pekan lalu.</p>")).toBeNull();
    // An advisory in a story is the story's ("only on the agency's channels"): no "hanya di" phrase.
    expect(verdict("<p>Pantau informasi cuaca terkini hanya di kanal resmi BMKG.</p>")).toBeNull();
  });
  it("join and newsletter prompts in Spanish, Portuguese, French and Italian, the site's name in the middle", () => {
    expect(verdict("<p>Únete al canal de WhatsApp de Diario Ejemplo y entérate de todo cada mañana.</p>")).toBe("social phrase:social:line");
    expect(verdict("<p>Entre no canal do Jornal Exemplo no WhatsApp e fique por dentro.</p>")).toBe("social phrase:social:line");
    expect(verdict('<p>Siga o Jornal Exemplo no <a href="https://news.google.com/x">Google Notícias</a>.</p>')).toBe("social phrase:social:line");
    expect(verdict("<p>Rejoignez la chaîne WhatsApp du Journal Exemple pour ne rien manquer.</p>")).toBe("social phrase:social:line");
    expect(verdict("<p>Iscriviti al canale WhatsApp di Giornale Esempio per ricevere le notizie.</p>")).toBe("social phrase:social:line");
    expect(verdict('<p>Recibe las noticias más importantes en tu correo. <a href="/nl">Suscríbete</a></p>')).toBe("promo phrase:promo:line");
    expect(verdict("<p>La empresa pidió revisar la factura que llega en tu correo cada mes.</p>")).toBeNull();
    // A story's sentences about a channel or an app, and a how-to's step: no app-download imperative.
    expect(verdict("<p>El canal de WhatsApp del ministerio publicó el aviso el lunes.</p>")).toBeNull();
    expect(verdict("<p>O aplicativo foi baixado dois milhões de vezes em uma semana.</p>")).toBeNull();
    expect(verdict("<p>Téléchargez l’application de la préfecture pour recevoir les alertes.</p>")).toBeNull();
  });
  it("phrases written with a plain apostrophe match the typographic one the page sets", () => {
    expect(verdict("<p>L’article continue ci-dessous</p>")).toBe("promo phrase:promo:line");
    expect(verdict("<h3>Don’t miss</h3>")).toBe("related phrase:related:heading");
    expect(verdict("<h3>Editor’s picks</h3>")).toBe("related phrase:related:heading");
  });
  it("read-without-ads banners", () => {
    expect(verdict('<div>Baca tanpa iklan? <a href="/langganan">Berlangganan sekarang</a></div>')).toBe("promo phrase:promo:line");
    expect(verdict('<div><a href="/plus">Read without ads</a> with a subscription</div>')).toBe("promo phrase:promo:line");
    expect(verdict("<p>Pemerintah kota ingin alun-alun bebas dari iklan rokok.</p>")).toBeNull();
  });
  it("'you may like this' headings and the list under them", () => {
    const doc = new JSDOM('<body><div><h4>Anda Mungkin Menyukai Ini</h4><ul><li><a href="/a">Satu</a></li><li><a href="/b">Dua</a></li></ul></div></body>').window.document;
    const v = classify(doc.querySelector("h4")!, matchers)!;
    expect([v.category, v.alsoRemove.map((e) => e.tagName)]).toEqual(["related", ["UL"]]);
    expect(verdict("<h3>Pilihan Editor</h3>")).toBe("related phrase:related:heading");
    expect(verdict("<h3>Recommended by the editor</h3>")).toBe("related phrase:related:heading");
    expect(verdict("<h2>Anda mungkin suka cara kampus ini mengajar</h2>")).toBeNull();
  });
  it("scroll-to-continue labels", () => {
    expect(verdict("<div>Gulir untuk melanjutkan</div>")).toBe("promo phrase:promo:line");
    expect(verdict("<div>ADVERTISEMENT · Skrol untuk teruskan</div>")).not.toBeNull();
    expect(verdict("<p>Continue reading the main story</p>")).toBe("promo phrase:promo:line");
    // The words inside a longer sentence of a story, far from its end (a short one would go: the line shape).
    expect(verdict("<p>Teachers were told to continue reading the main story of the anthology aloud, then ask the pupils to write their own ending before the break.</p>")).toBeNull();
  });
  it("syndication notes: where the article first ran, with a link", () => {
    expect(verdict('<p>Artikel ini telah tayang di <a href="https://example.co.id/a">Kabar Kota</a> dengan judul "Jalan baru dibuka".</p>')).toBe("credits phrase:credits:lead");
    // English benchmark pages count "Originally published on …" as the article's own closing line: no English phrase.
    expect(verdict('<p>This article originally appeared on <a href="https://example.org/a">The Example</a>.</p>')).toBeNull();
    expect(verdict('<p>Artikel ini pertama kali disiarkan di <a href="https://example.my/a">Berita Kita</a>.</p>')).toBe("credits phrase:credits:lead");
    // No link: the article's own words about itself.
    expect(verdict("<p>Artikel ini telah tayang di banyak media dan dikutip oleh pejabat daerah.</p>")).toBeNull();
  });
  it("video embed placeholders of the Gambas family", () => {
    expect(verdict("<p>[Gambas:Video Kabar Kota]</p>")).toBe("related phrase:related:line");
  });
});
