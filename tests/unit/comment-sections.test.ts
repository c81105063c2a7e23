/**
 * Comments sections on the live page (src/core/comment-sections.ts, through hide-match's heading
 * rules): a comments heading takes the form, the rules, the login prompt and the widget's box under
 * it, as one block when they are all their box holds; a heading with the story's prose under it is
 * the story's and stays. And reaction buttons (src/core/shapes/reactions.ts and the reaction
 * questions among the comments headings). On the fixture tests/fixtures/live/news/comment-sections.html (own words)
 * and on small pages in several languages.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { headingHits } from "../../src/core/hide-match.ts";
import { hidePlanForPage } from "../../src/shared/page-plan.ts";
import { defaultSettings } from "../../src/shared/settings.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/comment-sections.html", import.meta.url), "utf8");
const URL_ = "https://www.wartalembah.id/daerah/air-bersih-lereng-merapi";

describe("comments on the fixture page", () => {
  const doc = new JSDOM(FIXTURE, { url: URL_ }).window.document;
  const hits = liveHits(doc);

  it("go as one block, the section with its heading, rules, login prompt and the widget's box; the reaction buttons' box too, still empty", () => {
    // Each block once (a box two rules name is hidden once), none inside another.
    const outermost = hits.filter((h, i) => hits.findIndex((o) => o.el === h.el) === i && !hits.some((o) => o.el !== h.el && o.el.contains(h.el)));
    expect(outermost.map((h) => [h.el.className, h.category]).sort()).toEqual([["berita-lainnya", "related"], ["kolom-komentar", "comments"], ["kotak-reaksi", "comments"]]);
  });

  it("leave the story's own section headed 'Tanggapan', and everything else marked to stay", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-keep], [data-para]"))) {
      expect(hits.filter((h) => h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.textContent ?? "").toEqual([]);
    }
  });
});

/** The ids of the outermost blocks the live page hides on a small page of `lang`. */
function hidden(html: string, lang = "id"): string[] {
  const page = `<html lang="${lang}"><body><header><a href="/">Situs</a></header><article><h1>Judul berita</h1>
    <p>${"Paragraf pertama cerita ini cukup panjang untuk menjadi prosa yang dibaca orang. ".repeat(3)}</p></article>${html}
    <footer><a href="/tentang">Tentang</a></footer></body></html>`;
  const doc = new JSDOM(page, { url: "https://www.contoh.co.id/berita/2026/12/09/judul" }).window.document;
  const els = [...new Set(liveHits(doc).map((h) => h.el))];
  return els.filter((e) => !els.some((o) => o !== e && o.contains(e))).map((e) => e.id || e.tagName.toLowerCase());
}

describe("what a comments section is", () => {
  it.each([
    ["a login prompt and its button (Spanish)", '<div id="s"><h3>Comentarios</h3><p>Para comentar debes estar registrado.</p><button>Iniciar sesión</button></div>', "es"],
    ["the rules, a sign-in line and a form (German)", '<div id="s"><h3>Kommentare</h3><p>Bitte bleiben Sie sachlich.</p><form><textarea></textarea><button>Absenden</button></form></div>', "de"],
    ["rules longer than a line, then a field a level up, inside a form", `<form id="s"><div><div><div>Isi Komentar Anda</div><div>${"Komentar adalah tanggapan pribadi, tidak mewakili kebijakan redaksi. ".repeat(5)}</div></div></div><div><div>Login sebagai:</div><textarea></textarea><input type="submit" value="Kirim"></div></form>`, "id"],
    ["a prompt and a link to log in to comment ('Masuk untuk Berkomentar')", '<div id="s"><h2>Komentar</h2><p>Punya pengalaman serupa? Ceritakan di kolom komentar.</p><a class="btn" href="/login?next=komentar">Masuk untuk Berkomentar</a></div>', "id"],
    ["a widget's box a script fills, after a jump target", '<section id="s"><a id="komentar"></a><h4>Komentar Pembaca</h4><div class="disqus-box"></div><div id="fb-root"></div><script>var x = 1;</script></section>', "id"],
  ])("takes %s, as one block", (_, html, lang) => {
    expect(hidden(html, lang)).toEqual(["s"]);
  });

  it("takes a thread's reply controls with its heading (a reply word as the anchor)", () => {
    expect(hidden('<div id="s"><h3>Komentar</h3><div><b>Budi</b> <span>2 jam lalu</span> Setuju. <a href="#r1">Balas</a></div></div>')).toEqual(["s"]);
  });

  it.each([
    ["a story's section headed 'Tanggapan' over its paragraphs", `<div id="b"><h2 id="h">Tanggapan</h2><p>${"Kepala dinas menanggapi keluhan warga soal air bersih di kantornya pada Senin pagi. ".repeat(2)}</p><p>Paragraf berikutnya.</p></div>`, "id"],
    ["a paper's 'Discussion' over its paragraphs, and a button further on", `<div id="b"><h2 id="h">Discussion</h2><p>${"The results suggest that the effect is smaller than reported in earlier studies. ".repeat(2)}</p><p>More text.</p><p>And more.</p><p>Still more.</p><button>Cite</button></div>`, "en"],
    ["a story's bullet points under 'Komentarz'", `<div id="b"><p id="h"><strong>Komentarz</strong></p><ul><li>${"Informacja o ataku zmusiła władze do stanowczej reakcji i zniweczyła próby naprawy stosunków. ".repeat(3)}</li></ul></div>`, "pl"],
  ])("keeps %s", (_, html, lang) => {
    expect(hidden(html, lang)).not.toContain("h");
    expect(hidden(html, lang)).not.toContain("b");
  });

  it("leaves the blocks around it: a date line after the widget, the site's menu with its toggle button", () => {
    const html = '<div id="wrap"><section id="s"><h3>Comments</h3><div class="fb-comments"></div></section><div id="date">Created Sunday, October 18th, 2020. Edited the same day.</div><nav><button>Menu</button><a href="/a">A</a></nav></div>';
    expect(hidden(html, "en")).toEqual(["s"]);
  });

  it("takes a box whose last part is the reply control itself, a link beside the heading", () => {
    // An AMP page's box: no form, the site's "Tulis Komentar" link goes to the comments of the full page.
    expect(hidden('<div id="s"><div>Komentar</div><div>Belum ada komentar. Jadilah yang pertama memberikan tanggapan.</div><a href="/berita/1#komentar">Tulis Komentar</a></div>')).toEqual(["s"]);
  });

  it("takes a box whose heading is a label with a count among elements with no words of their own (a React template's)", () => {
    // "Komentar (23)" in a <span>: the box's text is all its children's, so the label is read alone.
    const box = '<div id="s"><span>Komentar (23)</span><div><img src="/a.png" alt=""><button type="button"><span>Tulis komentar...</span></button></div>' +
      '<div><span>Rina</span><span>Semoga jalurnya cepat tersambung ke stasiun.</span></div><button type="button"><span>Lihat semua komentar</span></button></div>';
    expect(hidden(box)).toEqual(["s"]);
  });

  it("leaves a comments word inside a sentence, and a label in the site's header", () => {
    const prose = `<p id="p">${"Kepala dinas menyampaikan ".repeat(3)}<strong>tanggapan</strong> ${"atas keluhan warga soal air bersih di kantornya pada Senin pagi. ".repeat(3)}</p>`;
    expect(hidden(prose)).toEqual([]);
    const doc = new JSDOM(`<html><body><header><div><span>Komentar (23)</span><div><a href="/masuk">Masuk</a><a href="/daftar">Daftar</a></div></div></header><article><h1>Judul</h1>
      <p>${"Paragraf pertama cerita ini cukup panjang untuk menjadi prosa yang dibaca orang. ".repeat(3)}</p></article></body></html>`, { url: "https://www.contoh.co.id/berita/1" }).window.document;
    expect(liveHits(doc)).toEqual([]);
  });

  it("hides a heading alone when nothing of a form or widget follows it, as before", () => {
    expect(hidden('<div id="w"><div id="s"><h3>Komentar</h3></div><p id="x">Belum ada komentar.</p></div>')).toEqual(["s"]);
  });
});

describe("reaction buttons", () => {
  const faces = (tag: string) => ["Suka", "Lucu", "Kaget", "Sedih", "Marah"].map((f) => `<${tag}>${f} <span>0%</span></${tag}>`).join("");

  it.each([
    ["under a heading that asks for them, in generated classes", `<div id="s"><div class="x1q">Apa Reaksimu?</div><div class="x2w">${faces("button")}</div></div>`, "id"],
    ["in a box its class names, the faces as links to a login", `<section id="s" class="reactions"><h4 class="reactions__title"></h4><ul class="reactions__list">${["Suka", "Lucu", "Sedih"].map((f) => `<li><a href="/login?back-to=%23reactions">0% ${f}</a></li>`).join("")}</ul></section>`, "id"],
    ["in a named box a script has not filled yet", '<div class="wrap"><div id="s" class="js-reactions"></div></div><p>Berikutnya.</p>', "id"],
    ["under an English question", `<div id="s"><h3>What's your reaction?</h3><div>${faces("button")}</div></div>`, "en"],
  ])("go %s", (_, html, lang) => {
    expect(hidden(html, lang)).toEqual(["s"]);
  });

  it.each([
    ["a box named for reactions that lists stories", '<div id="b" class="reactions"><h3>Reactions</h3><a href="/a">Ministers respond to the report on the flooding in the north</a></div>'],
    ["a story's paragraph in a box named for reactions", `<div id="b" class="reaction-quote"><p>${"Warga menyambut baik keputusan itu dan berharap pekerjaan segera dimulai sebelum musim hujan. ".repeat(2)}</p></div>`],
    ["an embedded post's counts", '<blockquote class="social-embed"><div id="b" class="reactions">12 likes · 3 comments</div></blockquote>'],
  ])("stay: %s", (_, html) => {
    expect(hidden(html, "en")).not.toContain("b");
  });
});

describe("the reader", () => {
  /** A story with `section` between its paragraphs, and `end` after them. */
  const story = (section: string, end = "") => {
    const para = (n: number) => `<p>Paragraf ${n} cerita tentang air bersih di lereng gunung, yang dibaca orang dari awal sampai akhir tanpa terlewat.</p>`;
    const html = `<html lang="id"><head><title>Air Bersih Mengalir</title></head><body><article><h1>Air Bersih Mengalir ke Tiga Dusun</h1>
      ${[1, 2, 3, 4].map(para).join("")}${section}${[5, 6].map(para).join("")}${end}</article></body></html>`;
    return extract(new JSDOM(html, { url: URL_ }).window.document).text ?? "";
  };

  it("keeps a story's section headed with a comments word, and still drops a comments heading over no prose", () => {
    const prose = "Kepala desa mengatakan iuran bulanan dari meteran akan dipakai untuk merawat pipa setelah musim hujan.";
    expect(story(`<h2>Tanggapan</h2><p>${prose}</p>`)).toContain("Tanggapan");
    expect(story("", '<h3>Komentar</h3><div class="fb-comments"></div>')).not.toContain("Komentar");
  });
});

describe("a comments heading looked at again at DOMContentLoaded (headingHits)", () => {
  const matchers = hidePlanForPage(defaultSettings(), URL_)!.matchers;
  const page = (html: string) => new JSDOM(`<body><article><h1>Judul</h1><p>Cerita.</p></article>${html}</body>`, { url: URL_ }).window.document;

  it("takes the section that arrived after a heading hidden alone while the page loaded", () => {
    const doc = page('<div id="s"><h3 id="h">Komentar</h3><p>Masuk untuk berkomentar.</p><button>Masuk</button></div>');
    expect(headingHits(doc.getElementById("h")!, "comments", "phrase:comments:heading", matchers).map((h) => h.el.id)).toEqual(["s"]);
  });

  it("adds nothing to a section already hidden whole: the list after it is not the comments'", () => {
    const doc = page('<div id="s"><h3>Komentar</h3><div class="fb-comments"></div></div><ul id="tags"><li><a href="/tag/air">air bersih</a></li><li><a href="/tag/desa">desa</a></li></ul>');
    expect(headingHits(doc.getElementById("s")!, "comments", "phrase:comments:heading", matchers)).toEqual([]);
  });
});
