/**
 * Families of promo and related blocks on modern news pages that the live page used to miss, on a
 * page written for this test (tests/fixtures/live/news/promo-labels.html, modelled on 2020s
 * Indonesian templates, own words), with the default settings, as the content script decides at
 * DOMContentLoaded: "watch the video" prompts with a word between ("Saksikan Video Pilihan di Bawah
 * Ini"), "continue reading below" labels, sponsored labels ("Advertorial", "Dipersembahkan oleh",
 * "Sponsored links"), "for you" boxes, "Pilihan Editor: <a>" lines, and an ad's label taken with the
 * slot it labels, and a sign-up box (a form that asks for an e-mail address). The article, its title,
 * byline and its own video stay, and so do a login form, a comment form and the site's frame.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findHits, headingHits, isProtected, textHits, type Hit } from "../../src/core/hide-match.ts";
import { HIDDEN_ATTR } from "../../src/core/hide-plan.ts";
import { findArticleRoot, keepMarks } from "../../src/core/live-shapes.ts";
import { compilePhrases } from "../../src/core/phrases.ts";
import { isCloseControl } from "../../src/core/shapes/close-controls.ts";
import { hidePlanForPage } from "../../src/shared/page-plan.ts";
import { defaultSettings } from "../../src/shared/settings.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/promo-labels.html", import.meta.url), "utf8");
const URL_ = "https://www.contoh-warta.co.id/read/2025/12/01/1010/harga-cabai-rawit-naik";

function load(html = FIXTURE): Document {
  return new JSDOM(html, { url: URL_ }).window.document;
}
function hits(doc: Document): Hit[] {
  const plan = hidePlanForPage(defaultSettings(), URL_)!;
  return findHits(doc, plan, keepMarks(doc, findArticleRoot(doc, plan.content))).filter((h) => !isProtected(h.el));
}
const hiddenBy = (hs: Hit[], el: Element) => hs.find((h) => h.el === el || h.el.contains(el));
const byText = (doc: Document, sel: string, text: string) => Array.from(doc.querySelectorAll(sel)).find((el) => el.textContent!.includes(text))!;

describe("promo and related families on the fixture page", () => {
  const doc = load();
  const found = hits(doc);

  it("hides every block marked as clutter, in its category", () => {
    const clutter = Array.from(doc.querySelectorAll("[data-clutter]"));
    expect(clutter.length).toBe(16);
    for (const el of clutter) expect(hiddenBy(found, el)?.category, el.outerHTML.slice(0, 80)).toBe(el.getAttribute("data-clutter"));
  });

  it("keeps every paragraph, the title, the byline, the story's own video and the site's frame", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(found.filter((h) => h.el === el || h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.className || el.tagName).toEqual([]);
    }
  });
});

describe("'watch the video' prompts with words between (promo)", () => {
  it("takes 'Saksikan Video Pilihan di Bawah Ini', 'Simak juga Video Pilihan Berikut Ini', 'Simak videonya berikut ini'", () => {
    const doc = load();
    const found = hits(doc);
    for (const text of ["Saksikan Video Pilihan", "Simak juga Video Pilihan", "Simak videonya"]) {
      expect(hiddenBy(found, byText(doc, "h2, p", text))?.rule, text).toBe("phrase:promo:line");
    }
  });

  it("leaves the player under the prompt, which may be the story's own", () => {
    const doc = load();
    const found = hits(doc);
    for (const sel of [".sematan-video", ".video-berita"]) expect(hiddenBy(found, doc.querySelector(sel)!), sel).toBeUndefined();
  });
});

describe("'continue reading below' labels, in every language", () => {
  const matchers = compilePhrases(new Set(["promo"]));
  const lines = [
    "Lanjutkan membaca artikel di bawah", "Artikel berlanjut setelah iklan", "Artikel bersambung di bawah",
    "Article continues after advertisement", "Artikel wird unter der Anzeige fortgesetzt", "La suite après cette publicité",
    "La noticia continúa tras la publicidad", "Continua após a publicidade", "Continua dopo la pubblicità",
    "Lees verder na de advertentie", "Dalsza część artykułu pod reklamą",
  ];
  it.each(lines)("hides %j as promo", (line) => {
    const doc = load(`<!doctype html><body><div class="isi"><p>${line}</p></div></body>`);
    expect(textHits(doc, matchers).map((h) => h.rule)).toEqual(["phrase:promo:line"]);
  });

  it("leaves a sentence that only shares words with one ('Polisi melanjutkan pemeriksaan setelah iklan itu viral')", () => {
    const doc = load(`<!doctype html><body><p>Polisi melanjutkan pemeriksaan setelah iklan itu viral.</p><p>Die Polizei ermittelt weiter nach der Anzeige einer Frau.</p></body>`);
    expect(textHits(doc, matchers)).toEqual([]);
  });
});

describe("sponsored labels and 'for you' boxes", () => {
  it("takes a sponsored label and what it labels: 'Advertorial', 'Dipersembahkan oleh', 'Sponsored Links'", () => {
    const doc = load();
    const found = hits(doc);
    for (const sel of [".kartu-mitra", ".sajian", ".widget-mitra"]) expect(hiddenBy(found, doc.querySelector(sel)!)?.category, sel).toBe("promo");
  });

  it("takes a 'Pilihan Untukmu' box with its short links, and a 'Pilihan Editor: <a>' line as related", () => {
    const doc = load();
    const found = hits(doc);
    expect(hiddenBy(found, doc.querySelector(".untukmu")!)?.rule).toBe("phrase:related:heading");
    expect(hiddenBy(found, byText(doc, "p", "Pilihan Editor"))?.rule).toBe("phrase:related:lead");
  });

  it("leaves a paragraph that opens with 'Sponsor' and a 'Pilihan Editor' line with no link", () => {
    const doc = load(`<!doctype html><body><p>Sponsor acara itu menarik diri.</p><p>Pilihan editor: tiga buku terbaik tahun ini.</p></body>`);
    expect(hits(doc)).toEqual([]);
  });
});

describe("an ad's label goes with the slot it labels (promo)", () => {
  it("hides the whole box: a label over an empty slot and one under it, a label beside a banner, a title over a widget's frame", () => {
    const doc = load();
    const found = hits(doc);
    for (const sel of [".gulir", ".kotak-spanduk", ".widget-mitra"]) {
      const h = found.find((x) => x.el === doc.querySelector(sel));
      expect(h?.rule, sel).toBe("phrase:promo:heading");
    }
    // One hit for the scroll-through box, not one per label.
    expect(found.filter((h) => doc.querySelector(".gulir")!.contains(h.el)).length).toBe(1);
  });

  it("leaves a bare label among the story's paragraphs alone, and never climbs into the site's header", () => {
    const doc = load(`<!doctype html><body><header class="kepala"><a href="/"><img src="/logo.png" alt=""></a><span>Advertisement</span></header>
      <div class="isi"><p>Pedagang menyebut pasokan dari daerah sentra berkurang.</p><p>Iklan</p><p>Dinas perdagangan berencana menggelar operasi pasar.</p></div></body>`);
    const found = hits(doc);
    expect(found.map((h) => `${h.el.tagName}:${h.el.textContent}`).sort()).toEqual(["P:Iklan", "SPAN:Advertisement"]);
  });

  it("leaves a box whose class names it an ad to the ad-slot shape, which names it so", () => {
    const doc = load(`<!doctype html><body><main><article><h1>Harga cabai rawit naik dua kali lipat</h1><p>Isi.</p></article></main><div class="iklan-tengah"><div class="label">ADVERTISEMENT</div><div id="slot-5"></div></div></body>`);
    const box = doc.querySelector(".iklan-tengah")!;
    expect(hits(doc).filter((h) => h.el === box).map((h) => h.rule)).toEqual(["shape:promo:ad-slot"]);
  });

  it("takes the slot once it has come, when the page is parsed (a label hidden while the page loaded)", () => {
    const doc = load(`<!doctype html><body><div class="isi"><p>Paragraf.</p></div><div class="kotak"><div class="label">Advertisement</div><div id="slot-9"></div></div></body>`);
    const label = doc.querySelector(".label")!;
    label.setAttribute(HIDDEN_ATTR, "promo");
    expect(headingHits(label, "promo", "phrase:promo:heading").map((h) => h.el.className)).toEqual(["kotak"]);
  });

  it("still takes a sponsored title's list that came after it, when the page is parsed", () => {
    const links = [1, 2, 3].map((n) => `<li><a href="https://iklan.contoh-jaringan.com/c/${n}">Tawaran ${n}</a></li>`).join("");
    const doc = load(`<!doctype html><body><div class="isi"><p>Paragraf.</p></div><section class="mitra"><div class="judul">Sponsored Links</div><ul class="daftar">${links}</ul><div id="slot-3"></div></section></body>`);
    const title = doc.querySelector(".judul")!;
    title.setAttribute(HIDDEN_ATTR, "promo");
    expect(headingHits(title, "promo", "phrase:promo:heading").map((h) => h.el.className)).toEqual(["judul", "daftar"]);
  });
});

describe("a floating ad's close button goes with the ad (promo)", () => {
  const page = (box: string) => load(`<!doctype html><body><main><article><h1>Harga cabai rawit naik dua kali lipat</h1><p>${"Isi berita. ".repeat(20)}</p></article></main>${box}</body>`);

  it("hides the box of a slot and its close button, whether the slot is named an ad or labelled as one", () => {
    const boxes = [
      '<div class="lekat-bawah" id="box"><button type="button" aria-label="Tutup">&times;</button><div id="div-gpt-ad-lekat"></div></div>',
      '<div id="box"><a href="javascript:void(0)" class="tombol">Tutup</a><div id="div-gpt-ad-bingkai"></div></div>',
      '<div id="box"><button class="x">×</button><span class="label">ADVERTISEMENT</span><div class="slot" style="min-height:50px"></div></div>',
      '<div id="box"><button>Close ad ✕</button><div class="publicidade-slot"></div></div>',
    ];
    for (const box of boxes) {
      const doc = page(box);
      const found = hits(doc);
      expect(found.some((h) => h.el.id === "box" && h.category === "promo"), box).toBe(true);
    }
  });

  it("knows a close button in every language, and nothing else for one", () => {
    const doc = load("<!doctype html><body></body>");
    const control = (html: string) => {
      doc.body.innerHTML = html;
      return isCloseControl(doc.body.firstElementChild!);
    };
    for (const c of ["<button>×</button>", "<span>✕</span>", "<a>X</a>", "<button>Tutup iklan</button>", "<button>Werbung schließen</button>", "<button>Fermer</button>", "<button>Закрыть</button>", "<button>閉じる</button>", "<button>ปิด</button>"]) {
      expect(control(c), c).toBe(true);
    }
    for (const c of ["<button>Iklan</button>", "<button>Ad</button>", "<p>×</p>", "<button>Tutup akun</button>", "<a>Close the deal</a>", "<button>•••••</button>"]) {
      expect(control(c), c).toBe(false);
    }
  });

  it("leaves a box whose other words are not a close button: the slot goes alone", () => {
    for (const other of ['<a href="/langganan">Berlangganan</a>', "<button>Lihat promo</button>", "<span>12</span>"]) {
      const doc = page(`<div id="box">${other}<div id="div-gpt-ad-lekat"></div></div>`);
      const found = hits(doc);
      expect(found.some((h) => h.el.id === "box"), other).toBe(false);
      expect(found.some((h) => h.el.id === "div-gpt-ad-lekat"), other).toBe(true);
    }
  });
});

describe("a box a promo or social title opens goes whole (its line of detail and its buttons)", () => {
  it("hides a newsletter plug, a channel box and a donation form inside the story, and every paragraph stays", () => {
    const doc = load(`<!doctype html><body><main><article><h1>Harga cabai rawit naik dua kali lipat</h1><div class="isi">
      <p>${"Pedagang menyebut pasokan dari daerah sentra berkurang sejak awal pekan. ".repeat(3)}</p>
      <section id="nl"><p>Newsletter</p><p>Setiap pekan, kabar harga pangan pilihan redaksi.</p><a href="/newsletter">Daftar</a></section>
      <p>${"Dinas perdagangan berencana menggelar operasi pasar di tiga kecamatan. ".repeat(3)}</p>
      <div id="wa"><div><div>Ikuti kami di Google News</div><div>Kabar terkini langsung ke ponsel Anda.</div></div><a href="https://news.google.com/publications/CAAqContoh">Google News</a></div>
      <p>${"Harga diperkirakan kembali normal setelah panen raya bulan depan. ".repeat(3)}</p></div></article></main></body>`);
    const found = hits(doc);
    for (const id of ["nl", "wa"]) expect(found.some((h) => h.el.id === id), id).toBe(true);
    for (const p of Array.from(doc.querySelectorAll(".isi > p"))) expect(found.some((h) => h.el === p || h.el.contains(p))).toBe(false);
  });
});

describe("a banner whose words are its picture's alt text (promo)", () => {
  it("hides a picture link whose alt text is a plug, with its wrapper; keeps a photo's link and the footer's banner", () => {
    const doc = load(`<!doctype html><body><main><article><h1>Harga cabai rawit naik dua kali lipat</h1><div class="isi">
      <p>${"Pedagang menyebut pasokan dari daerah sentra berkurang sejak awal pekan. ".repeat(3)}</p>
      <div id="banner"><a href="https://epaper.contoh-warta.co.id/langganan"><img src="/b/epaper.jpg" alt="Berlangganan e-Paper Warta Contoh" width="620" height="100"></a></div>
      <figure id="photo"><a href="/foto/1.jpg"><img src="/foto/1.jpg" alt="Pedagang cabai di Pasar Induk, Senin pagi"></a><figcaption>Pasar Induk, Senin pagi.</figcaption></figure>
      <p>${"Dinas perdagangan berencana menggelar operasi pasar di tiga kecamatan. ".repeat(3)}</p></div></article></main>
      <footer class="kaki"><a id="foot" href="/langganan"><img src="/b/epaper-kecil.jpg" alt="Langganan e-Paper"></a></footer></body>`);
    const found = hits(doc);
    expect(found.filter((h) => h.el.id === "banner").map((h) => h.category)).toEqual(["promo"]);
    for (const id of ["photo", "foot"]) expect(found.some((h) => h.el.contains(doc.getElementById(id)!) || doc.getElementById(id)!.contains(h.el)), id).toBe(false);
  });
});

describe("a sign-up box: a form that asks for an e-mail address (promo)", () => {
  it("hides the box with its invitation and privacy note, inside the story's container", () => {
    const doc = load();
    const h = hits(doc).find((x) => x.rule === "shape:promo:signup-form");
    expect(h?.el.className).toBe("kotak-surel");
  });

  it("leaves a login form, a comment form and the footer's newsletter field", () => {
    const doc = load();
    const forms = hits(doc).filter((x) => x.rule === "shape:promo:signup-form");
    expect(forms.length).toBe(1);
    for (const sel of [".masuk", ".kirim-komentar", ".kaki-situs"]) expect(hiddenBy(hits(doc), doc.querySelector(sel)!), sel).toBeUndefined();
  });

  it("takes the form alone, never a box around it that holds a paragraph of the story", () => {
    const para = "Warga yang ingin mendapat kabar jadwal operasi pasar dapat mendaftarkan alamat email mereka di kantor kelurahan, kata kepala dinas, yang juga berjanji mengumumkan lokasi baru setiap Senin pagi melalui laman resmi pemerintah kota.";
    const doc = load(`<!doctype html><body><div class="isi"><p>${para}</p><form><input type="email" name="email"><button>Kirim</button></form></div></body>`);
    expect(hits(doc).filter((x) => x.rule === "shape:promo:signup-form").map((x) => x.el.tagName)).toEqual(["FORM"]);
  });
});

describe("widgets of native-ad and recommendation networks, named by their own markup", () => {
  it("hides an MGID widget (promo) and a Dable widget (related) by the selector rules, with no label to go by", () => {
    const doc = load();
    const found = hits(doc);
    expect(hiddenBy(found, doc.querySelector('[data-type="_mgwidget"]')!)?.rule).toBe("ad-slot");
    expect(hiddenBy(found, doc.querySelector('[id^="dablewidget"]')!)?.rule).toBe("related-posts");
  });
});

describe("follow prompts for a WhatsApp or Telegram channel and Google News, in every language (social)", () => {
  const matchers = compilePhrases(new Set(["social"]));
  const lines = [
    "Gabung WhatsApp Channel Contoh Warta, klik di sini", "Baca berita terkini lainnya di WhatsApp Channel", "Ikuti kanal Telegram kami",
    "Follow kami di Instagram", "Follow Contoh Post on Google News", "Folge uns auf WhatsApp", "Rejoignez notre chaîne WhatsApp",
    "Únete a nuestro canal de WhatsApp", "Siga nosso canal no WhatsApp", "Segui il nostro canale WhatsApp", "Volg ons op WhatsApp",
    "Dołącz do naszego kanału na WhatsAppie",
  ];
  it.each(lines)("hides %j as social", (line) => {
    const doc = load(`<!doctype html><body><div class="isi"><p>${line}</p></div></body>`);
    expect(textHits(doc, matchers).map((h) => h.category)).toEqual(["social"]);
  });

  it("leaves news about the channels themselves", () => {
    const doc = load(`<!doctype html><body><p>Meta menambahkan fitur baru pada WhatsApp Channel pekan ini.</p><p>Telegram channels grew fast this year.</p></body>`);
    expect(textHits(doc, matchers)).toEqual([]);
  });
});

describe("an app's banner: an invitation and store badges, every link to an app store (promo)", () => {
  it("hides the banner beside the story, icon and invitation with it", () => {
    const doc = load();
    const h = hits(doc).find((x) => x.rule === "shape:promo:app-banner");
    expect(h?.el.className).toBe("pita-aplikasi");
  });

  it("leaves a story's link to an app's store page and the footer's badges", () => {
    const doc = load();
    const found = hits(doc);
    expect(found.filter((x) => x.rule === "shape:promo:app-banner").length).toBe(1);
    expect(hiddenBy(found, doc.querySelector(".unduh-aplikasi")!)).toBeUndefined();
    expect(hiddenBy(found, byText(doc, "p", "Aplikasi pantauan harga"))).toBeUndefined();
  });

  it("keeps a follow row with a store badge in it a follow row, and two badges alone no share row", () => {
    const row = (links: string) => load(`<!doctype html><body><main><article><h1>Judul berita yang cukup panjang</h1><p>Isi.</p></article></main><div class="ikuti">${links}</div></body>`);
    const fb = '<a href="https://facebook.com/contohwarta">f</a><a href="https://instagram.com/contohwarta">i</a>';
    const store = '<a href="https://play.google.com/store/apps/details?id=x"><img alt="" src="/p.png"></a><a href="https://apps.apple.com/app/id1"><img alt="" src="/a.png"></a>';
    expect(hits(row(fb + store)).map((h) => `${h.el.className}:${h.rule}`)).toEqual(["ikuti:shape:social:share-row"]);
    expect(hits(row(store)).map((h) => `${h.el.className}:${h.rule}`)).toEqual(["ikuti:shape:promo:app-banner"]);
  });

  it("hides a banner whose button is an app-download link (AppsFlyer, Branch), and keeps a link that merely ends like one", () => {
    const banner = (href: string) => load(`<!doctype html><body><main><article><h1>Judul berita yang cukup panjang</h1><p>Isi.</p></article></main>` +
      `<div class="pita"><span>Lebih seru baca di aplikasi</span> <span>Dapatkan notifikasi berita terbaru.</span> <a href="${href}">Download Sekarang</a></div></body>`);
    for (const href of ["https://contohwarta.onelink.me/AbCd/unduh", "https://contohwarta.app.link/unduh"]) {
      expect(hits(banner(href)).map((h) => `${h.el.className}:${h.rule}`), href).toEqual(["pita:shape:promo:app-banner"]);
    }
    expect(hits(banner("https://www.contohonelink.me/unduh"))).toEqual([]);
  });
});
