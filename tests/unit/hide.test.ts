import { readFileSync } from "node:fs";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findHits, headingHits, isProtected, selectorHits, shortText, textHits, walkHits } from "../../src/core/hide-match.ts";
import {
  compileStylesheet, isSafeSelector, planData, planFrom, staticSheets, HIDDEN_ATTR, KEEP_ATTR, PAUSE_ATTR,
} from "../../src/core/hide-plan.ts";
import { compilePhrases, phraseFilter } from "../../src/core/phrases.ts";
import { selectorParts } from "../../src/core/selector-parts.ts";
import { squash } from "../../src/core/text.ts";
import { SELECTOR_RULES, SITE_PACKS } from "../../src/rules/index.ts";
import { hidePlanForPage, planForPage } from "../../src/shared/page-plan.ts";
import { defaultSettings, type Settings } from "../../src/shared/settings.ts";

const URL_ = "https://www.example.co.id/berita/1";
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });
const fixture = (p: string) => new JSDOM(readFileSync(new URL(`../fixtures/live/${p}`, import.meta.url), "utf8")).window.document;

/** Outermost hit elements, as the content script counts them. */
function outermost(doc: Document, s = settings()): Element[] {
  const plan = hidePlanForPage(s, URL_)!;
  const hits = findHits(doc, plan).filter((h) => !isProtected(h.el));
  for (const h of hits) h.el.setAttribute(HIDDEN_ATTR, h.category);
  return Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).filter((el) => !el.parentElement?.closest(`[${HIDDEN_ATTR}]`));
}

describe("findHits on the live-page fixtures", () => {
  for (const page of ["news/detik-style.html", "news/medcom-style.html", "read/kompas-style.html"]) {
    it(`${page}: exactly the data-clutter blocks, with their categories; no article paragraph`, () => {
      const doc = fixture(page);
      const hidden = outermost(doc);
      const expected = Array.from(doc.querySelectorAll("[data-clutter]"));
      expect(hidden).toEqual(expected);
      for (const el of expected) expect(el.getAttribute(HIDDEN_ATTR)).toBe(el.getAttribute("data-clutter"));
      for (const p of Array.from(doc.querySelectorAll("[data-para]"))) expect(p.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
    });
  }

  it("leaves a category the user switched off", () => {
    const doc = fixture("news/medcom-style.html");
    const cats = outermost(doc, settings({ categories: { social: false } })).map((el) => el.getAttribute(HIDDEN_ATTR));
    expect(cats).not.toContain("social");
    expect(cats).toContain("related");
  });

  it("takes the list under a wrapped heading, and the box when that is all it holds", () => {
    const doc = new JSDOM(`<body><main><p>${"Isi berita. ".repeat(30)}</p>
      <div id="box"><div class="title"><strong>Berita Terkait</strong></div><ul><li><a href="/a">Satu</a></li><li><a href="/b">Dua</a></li></ul></div>
      <div id="side"><div class="title"><strong>Berita Lainnya</strong></div><ul id="list"><li><a href="/c">Tiga</a></li></ul><p id="note">Catatan redaksi yang bukan tautan.</p></div>
    </main></body>`).window.document;
    expect(outermost(doc).map((el) => el.id || el.className)).toEqual(["box", "title", "list"]);
    expect(doc.getElementById("note")!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
  });

  it("takes the whole line when its heading and link are all it holds but punctuation, and keeps a line with words of its own", () => {
    const doc = new JSDOM(`<body><main><p>${"Isi berita. ".repeat(30)}</p>
      <p id="line"><strong>BACA JUGA</strong>: <a href="/a">Pompa Air Disiagakan di Pesisir Utara Jakarta</a></p>
      <p id="said"><strong>Terkait</strong> <a href="/b">kasus itu</a>, polisi memeriksa tiga saksi.</p>
    </main></body>`).window.document;
    expect(outermost(doc).map((el) => el.id || el.tagName)).toEqual(["line"]);
    expect(doc.getElementById("said")!.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
  });

  it("takes a related heading's video teaser in the story whole (player and caption), and leaves the story's own video", () => {
    const doc = new JSDOM(`<body><main><article><p>${"Isi berita. ".repeat(30)}</p>
      <div id="teaser"><div class="judul">Video Pilihan</div><amp-iframe src="https://video.example/embed/9"></amp-iframe><div>Cara daftar mudik gratis dari Kemenhub</div></div>
      <figure id="own"><iframe src="https://video.example/embed/10"></iframe><figcaption>Banjir di pesisir utara, Selasa pagi.</figcaption></figure>
      <p>${"Isi berita lagi. ".repeat(20)}</p>
    </article></main></body>`).window.document;
    expect(outermost(doc).map((el) => el.id)).toEqual(["teaser"]);
  });

  it("never hides prose, even prose that says 'Baca juga' or 'Google News'", () => {
    const long = "Ikuti kami di Google News, kata juru bicara itu ketika menjelaskan kebijakan baru redaksi tentang distribusi berita yang akan berlaku mulai bulan depan untuk semua kanal, termasuk aplikasi dan laman web, sesudah rapat panjang dengan dewan.";
    const doc = new JSDOM(`<body><main><article><p>${long}</p><p>Baca juga <a href="/x">ini</a> dan itu, lalu ${long}</p></article></main></body>`).window.document;
    expect(outermost(doc)).toEqual([]);
  });
});

describe("scanning a page as it loads", () => {
  it("finds a heading's list that arrived after the heading (headingHits), taking their box", () => {
    const doc = new JSDOM(`<body><main><p>${"Isi berita. ".repeat(30)}</p>
      <div id="box"><div class="title"><strong>Berita Terkait</strong></div></div></main></body>`).window.document;
    const plan = hidePlanForPage(settings(), URL_)!;
    // First batch: the heading alone.
    const [first] = textHits(doc.body, plan.matchers);
    expect(first!.rule).toMatch(/:heading$/);
    first!.el.setAttribute(HIDDEN_ATTR, first!.category);
    // Next batch: its list. The list alone carries no phrase; looking at the heading again takes both.
    doc.getElementById("box")!.insertAdjacentHTML("beforeend", `<ul><li><a href="/a">Satu</a></li><li><a href="/b">Dua</a></li></ul>`);
    expect(textHits(doc.querySelector("ul")!, plan.matchers)).toEqual([]);
    expect(headingHits(first!.el, first!.category, first!.rule).map((h) => h.el.id)).toEqual(["box"]);
  });

  it("checks an added text node's block alone, and a 'Baca juga:' line once its link's text arrives", () => {
    const doc = new JSDOM(`<body><main><p>${"Isi berita. ".repeat(30)}</p><p id="lead">Baca juga: </p></main></body>`).window.document;
    const plan = hidePlanForPage(settings(), URL_)!;
    const lead = doc.getElementById("lead")!;
    const link = doc.createElement("a");
    link.href = "/berita/2";
    lead.append(link);
    const title = doc.createTextNode("Harga cabai turun menjelang panen raya");
    link.append(title);
    // The batch's root is the text node: its block is the paragraph, and the paragraph is the hit.
    const hits = findHits(title, plan);
    expect(hits.map((h) => (h.el as Element).id)).toEqual(["lead"]);
    // A text node of the article's prose finds nothing.
    expect(findHits(doc.querySelector("p")!.firstChild as Text, plan)).toEqual([]);
  });

  it("goes on from where the last batch stopped (walkHits); a sweep with `seen` looks only at text the walk has not seen", () => {
    const doc = new JSDOM(`<body><main><p>${"Isi berita. ".repeat(30)}</p><p id="a">Baca juga: <a href="/1">Satu</a></p></main></body>`).window.document;
    const plan = hidePlanForPage(settings(), URL_)!;
    const ids = (hits: { el: Element }[]) => hits.map((h) => h.el.id);
    const seen = { set: new WeakSet<Node>(), skip: false };
    const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
    expect(ids(walkHits(walker, walker.nextNode(), plan.matchers, plan.mayMatch, seen))).toEqual(["a"]);
    // The parser adds more: the walk goes on from its last text node (looked at again: it may have grown).
    const main = doc.querySelector("main")!;
    main.insertAdjacentHTML("beforeend", `<p id="b">Baca juga: <a href="/2">Dua</a></p>`);
    expect(ids(walkHits(walker, walker.currentNode, plan.matchers, plan.mayMatch, seen))).toEqual(["a", "b"]);
    // A script puts a line in behind the walk: the walk does not see it, a sweep does, and only it.
    main.insertAdjacentHTML("afterbegin", `<p id="c">Baca juga: <a href="/3">Tiga</a></p>`);
    expect(walkHits(walker, walker.nextNode(), plan.matchers, plan.mayMatch, seen)).toEqual([]);
    const sweep = doc.createTreeWalker(doc, 4);
    expect(ids(walkHits(sweep, sweep.nextNode(), plan.matchers, plan.mayMatch, { set: seen.set, skip: true }))).toEqual(["c"]);
    // Without `seen`, the same sweep finds all three.
    const again = doc.createTreeWalker(doc, 4);
    expect(ids(walkHits(again, again.nextNode(), plan.matchers, plan.mayMatch))).toEqual(["c", "a", "b"]);
  });

  it("while the page loads, hides a plug's line whose box is still open, and leaves the box to the sweep", () => {
    const doc = new JSDOM(`<body><main><p>${"Isi berita. ".repeat(30)}</p><div id="box"><p id="line">Baca berita tanpa iklan. Gabung sekarang.</p><p><a href="/langganan">Daftar</a></p></div></main></body>`).window.document;
    const plan = hidePlanForPage(settings(), URL_)!;
    const seen = { set: new WeakSet<Node>(), skip: false };
    const walk = (open: Node | null, s = seen) => {
      const w = doc.createTreeWalker(doc, 4);
      return walkHits(w, w.nextNode(), plan.matchers, plan.mayMatch, s, open).map((h) => h.el.id || h.el.tagName);
    };
    const gap = doc.getElementById("box")!.appendChild(doc.createTextNode("\n  "));
    expect(walk(gap)).toContain("line");
    // The line's text is left unseen, so the sweep at DOMContentLoaded reads it again and takes the box.
    expect(walk(null, { set: seen.set, skip: true })).toContain("box");
  });

  it("while the page loads, never hides a box the parser is still filling, nor lifts a line into it", () => {
    // The parser has put in the article box's first line so far: alone in its box, it would take the box along.
    const doc = new JSDOM(`<body><div id="body"><div id="line">Baca juga: <a href="/1">Satu</a></div></div></body>`).window.document;
    const plan = hidePlanForPage(settings(), URL_)!;
    const walk = (open: Node | null) => {
      const w = doc.createTreeWalker(doc, 4);
      return walkHits(w, w.nextNode(), plan.matchers, plan.mayMatch, undefined, open).map((h) => h.el.id);
    };
    expect(walk(null)).toEqual(["body"]); // a finished box holding only the line goes with it
    // The parser's last node is the white space after the line, inside the box: the box is open.
    const gap = doc.getElementById("body")!.appendChild(doc.createTextNode("\n  "));
    expect(walk(gap)).toEqual(["line"]);
    // The line itself still open (its link may yet be followed by prose): judged by a later batch.
    expect(walk(doc.querySelector("#line a")!.firstChild)).toEqual([]);
  });
});

describe("selectorHits and shortText", () => {
  it("each element credited to the first rule naming it, in document order; a broken rule matches nothing and breaks nothing", () => {
    const doc = new JSDOM(`<body><div id="a" class="x y"></div><div id="b" class="y"></div></body>`).window.document;
    const rules = [
      { id: "r1", category: "promo", selector: ".x" },
      { id: "bad", category: "promo", selector: "div[" },
      { id: "r2", category: "related", selector: ".y" },
    ];
    expect(selectorHits(doc, rules).map((h) => `${(h.el as Element).id}:${h.rule}`)).toEqual(["a:r1", "b:r2"]);
    expect(selectorHits(doc.getElementById("a")!, rules).map((h) => h.rule)).toEqual(["r1"]);
  });

  it("two rules broken alone that parse as one list (the list is checked whole first) still match nothing and break nothing", () => {
    const doc = new JSDOM(`<body><div id="a" class="x"></div><div id="b" class="y"></div></body>`).window.document;
    const rules = [
      { id: "r1", category: "promo", selector: ".x" },
      { id: "open", category: "promo", selector: "div:is(.x" },
      { id: "close", category: "promo", selector: ".y)" },
      { id: "r2", category: "related", selector: ".y" },
    ];
    expect(() => doc.querySelectorAll(rules.map((r) => r.selector).join(","))).not.toThrow();
    expect(selectorHits(doc, rules).map((h) => `${(h.el as Element).id}:${h.rule}`)).toEqual(["a:r1", "b:r2"]);
    expect(selectorHits(doc.body, rules).map((h) => `${(h.el as Element).id}:${h.rule}`)).toEqual(["a:r1", "b:r2"]);
  });

  it("lists the document's hits in document order whatever the order of the rules that found them", () => {
    const doc = new JSDOM(`<body><div id="a" class="x"></div><p id="b" class="z"><span id="c" class="x z"></span></p></body>`).window.document;
    const rules = [
      { id: "r1", category: "promo", selector: ".z" },
      { id: "r2", category: "related", selector: ".x" },
    ];
    expect(selectorHits(doc, rules).map((h) => `${(h.el as Element).id}:${h.rule}`)).toEqual(["a:r2", "b:r1", "c:r1"]);
  });

  it("is exactly squash(textContent) or null for any text, white-space-heavy ones included", () => {
    const doc = new JSDOM("<body><p id='p'></p></body>").window.document;
    const p = doc.getElementById("p")!;
    const piece = fc.oneof(fc.constantFrom("kata", "Baca juga:", "x", "é"), fc.constantFrom(" ", "\n        ", "\u00a0", "\t\t", " ".repeat(300)));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 120 }), (parts, max) => {
      p.textContent = parts.join("");
      const want = squash(p.textContent);
      expect(shortText(p, max)).toBe(want.length > max ? null : want);
    }), { numRuns: Number(process.env.JERNIH_PROPERTY_RUNS ?? 300) });
  });

  it("is squash(textContent) up to the limit, and null beyond it without reading the rest", () => {
    const doc = new JSDOM(`<body><div id="d">  Baca\n\n <b>juga</b>:   <i>x</i> </div><div id="big">${"<p>kata kata kata</p>".repeat(200)}</div></body>`).window.document;
    expect(shortText(doc.getElementById("d")!, 220)).toBe("Baca juga: x");
    expect(shortText(doc.getElementById("d")!, 5)).toBeNull();
    expect(shortText(doc.getElementById("big")!, 220)).toBeNull();
    expect(shortText(doc.getElementById("big")!, 100_000)).toBe(squash(doc.getElementById("big")!.textContent!));
  });
});

describe("isProtected", () => {
  it("guards the page, its main container, the article body and prose", () => {
    const doc = new JSDOM(`<body><main id="m"><div id="ab" itemprop="articleBody"><p id="p">${"kata ".repeat(60)}</p></div><div id="wrap"><div id="box"><a href="/">x</a></div></div></main></body>`).window.document;
    const $ = (s: string) => doc.querySelector(s)!;
    expect([doc.documentElement, doc.body, $("#m"), $("#ab"), $("#p")].map(isProtected)).toEqual([true, true, true, true, true]);
    expect(isProtected($("#box"))).toBe(false);
  });
});

describe("planForPage / planFrom (the plan as the background sends it)", () => {
  it("survives a structured clone (a message) and finds exactly what the plan made here finds", () => {
    const data = planForPage(settings(), URL_)!;
    const sent = structuredClone(data);
    expect(sent).toEqual(data);
    for (const p of ["news/detik-style.html", "news/medcom-style.html"]) {
      const a = findHits(fixture(p), hidePlanForPage(settings(), URL_)!).map((h) => `${h.rule} ${h.el.tagName}`);
      const b = findHits(fixture(p), planFrom(sent)).map((h) => `${h.rule} ${h.el.tagName}`);
      expect(b).toEqual(a);
      expect(b.length).toBeGreaterThan(0);
    }
  });

  it("sends the tables without their phrase starts (the filter keys stand in), and finds what the full tables find", () => {
    const data = planForPage(settings(), URL_)!;
    expect(data.phrases.every((t) => t.starts === undefined)).toBe(true);
    expect(data.filter!.first.length).toBeGreaterThan(0);
    // The parts the page picks out of a table's first part are sent without their phrases.
    const derived = data.phrases.flatMap((t) => t.parts).filter((p) => p.after === "headingMore" || p.after === "labelBy");
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((p) => p.index === undefined)).toBe(true);
    const plan = planFrom(structuredClone(data));
    const matchers = compilePhrases(new Set(data.categories.filter((c) => c !== "credits" && c !== "duplicate")));
    const full = { ...plan, matchers, mayMatch: phraseFilter(matchers) };
    for (const p of ["news/detik-style.html", "news/medcom-style.html", "read/kompas-style.html"]) {
      const doc = fixture(p);
      const key = (hits: { rule: string; el: Element }[]) => hits.map((h) => `${h.rule} ${h.el.tagName} ${h.el.textContent?.slice(0, 30)}`);
      expect(key(findHits(doc, plan))).toEqual(key(findHits(doc, full)));
    }
  });
});

describe("planData: the core's plan from the choices resolved for the page, never the settings", () => {
  it("hides the blocked categories and the user's hiding rules it is given, keeps the safe keep selectors; null for no host", () => {
    const choices = {
      blocked: new Set(["social"]),
      custom: [{ id: "a", kind: "selector", value: ".mine", category: "promo" }, { id: "b", kind: "phrase", value: "Dukung kami", category: "promo" }],
      keep: [".kept", "x} body {"],
    };
    const data = planData(URL_, choices)!;
    expect(new Set(data.selectors.map((r) => r.category))).toEqual(new Set(["social", "promo"]));
    expect(data.selectors.filter((r) => r.id.startsWith("custom:")).map((r) => r.selector)).toEqual([".mine"]);
    const doc = new JSDOM('<body><main><p>Isi berita yang panjang.</p><div id="cta"><span>Dukung kami</span> <a href="/x">di sini</a></div></main></body>').window.document;
    expect(findHits(doc, planFrom(data)).map((h) => h.el.id)).toContain("cta");
    expect([...data.categories].sort()).toEqual(["promo", "social"]);
    expect(data.unblocked).toContain("related");
    expect(data.keep).toEqual([".kept"]);
    expect(planData("not a url", choices)).toBeNull();
  });
});

describe("hidePlanForPage (the settings resolved for the page: src/shared/page-plan.ts)", () => {
  it("is null on a site the user switched off, subdomains included", () => {
    const s = settings({ sites: { "example.co.id": { enabled: false, alwaysReader: false } } });
    expect(hidePlanForPage(s, URL_)).toBeNull();
    expect(hidePlanForPage(s, "https://news.example.co.id/a")).toBeNull();
    expect(hidePlanForPage(s, "https://other.example/a")).not.toBeNull();
  });

  it("takes the user's rules for this site and category, and drops selectors that could break out of CSS", () => {
    const s = settings({
      customRules: [
        { id: "a", kind: "selector", value: ".promo-box", category: "promo", site: "example.co.id" },
        { id: "b", kind: "selector", value: ".elsewhere", category: "promo", site: "other.example" },
        { id: "c", kind: "selector", value: "x} body { display:none", category: "promo", site: null },
        { id: "d", kind: "phrase", value: "Dukung Jurnalisme Kami", category: "promo", site: null },
      ],
    });
    const plan = hidePlanForPage(s, URL_)!;
    const ids = plan.selectors.map((r) => r.id);
    expect(ids).toContain("custom:a");
    expect(ids).not.toContain("custom:b");
    expect(ids).not.toContain("custom:c");
    const doc = new JSDOM('<body><main><p>Isi berita yang panjang.</p><div id="cta"><span>Dukung jurnalisme kami</span> <a href="/x">di sini</a></div></main></body>').window.document;
    expect(findHits(doc, plan).map((h) => h.el.id)).toContain("cta");
  });

  it("has one selector rule per selector of a rule's list, with the rule's id, so the page queries each alone", () => {
    const s = settings({ customRules: [{ id: "a", kind: "selector", value: ".promo-box, aside > .iklan", category: "promo", site: null }] });
    const mine = hidePlanForPage(s, URL_)!.selectors.filter((r) => r.id === "custom:a");
    expect(mine.map((r) => r.selector)).toEqual([".promo-box", "aside > .iklan"]);
    expect(hidePlanForPage(s, URL_)!.selectors.every((r) => selectorParts(r.selector)?.length === 1)).toBe(true);
  });

  it("has no selector or phrase of a category that is off", () => {
    const plan = hidePlanForPage(settings({ categories: { related: false } }), URL_)!;
    expect(plan.categories.has("related")).toBe(false);
    expect(plan.selectors.some((r) => r.category === "related")).toBe(false);
    expect(plan.matchers.some((m) => m.category === "related")).toBe(false);
  });
});

describe("compileStylesheet", () => {
  it("writes one rule per selector of each rule's list, paused by one attribute on <html>, plus the rule for marked blocks", () => {
    const css = compileStylesheet([
      { id: "r1", category: "related", selector: ".baca-juga, .berita-terkait" },
      { id: "r2*/", category: "promo", selector: "[data-ad-slot]" },
      { id: "r3", category: "social", selector: ".share > a" },
    ]);
    // A compound selector as it is (a browser tries it only where its class can match), a complex one in :is().
    expect(css).toContain(`:root:not([${PAUSE_ATTR}]) .baca-juga:not([${KEEP_ATTR}], body) { display: none !important; }`);
    expect(css).toContain(`:root:not([${PAUSE_ATTR}]) .berita-terkait:not([${KEEP_ATTR}], body) { display: none !important; }`);
    expect(css).toContain(`:root:not([${PAUSE_ATTR}]) :is(.share > a):not([${KEEP_ATTR}], body) { display: none !important; }`);
    expect(css).toContain(`:root:not([${PAUSE_ATTR}]) [${HIDDEN_ATTR}]:not([${KEEP_ATTR}], body) { display: none !important; }`);
    expect(css.match(/display: none !important/g)).toHaveLength(5);
    expect(css).not.toContain("r2*/"); // a rule id cannot end its comment
  });

  it("in a real DOM: hides matches and marked blocks, shows everything when paused", () => {
    const dom = new JSDOM(`<head><style>${compileStylesheet([{ id: "r", category: "promo", selector: ".ad" }])}</style></head><body><div class="ad">ad</div><p ${HIDDEN_ATTR}="related">x</p><div class="ad" ${KEEP_ATTR}>kept</div></body>`);
    const { document: d, getComputedStyle: cs } = dom.window;
    const shown = () => Array.from(d.body.children).map((el) => cs(el).display !== "none");
    expect(shown()).toEqual([false, false, true]);
    d.documentElement.setAttribute(PAUSE_ATTR, "revealed");
    expect(shown()).toEqual([true, true, true]);
  });

  it("refuses selectors with braces, comments or at-rules", () => {
    expect([".a", "div > .b[data-x='1']", "a{}", ".a /* x */", "@import", ""].map(isSafeSelector)).toEqual([true, true, false, false, false, false]);
  });
});

describe("staticSheets", () => {
  it("has one sheet per category of the core rules and per (site pack, category), paused like the user sheet", () => {
    const sheets = staticSheets();
    for (const category of new Set(SELECTOR_RULES.map((r) => r.category))) {
      expect(sheets.get(`hide/${category}.css`)?.domain).toBeNull();
    }
    for (const pack of SITE_PACKS) {
      for (const c of pack.clean ?? []) expect(sheets.get(`hide/site-${pack.domain}-${c.category}.css`)?.domain).toBe(pack.domain);
    }
    for (const [file, s] of sheets) {
      expect(file).toMatch(/^hide\/[\w.-]+\.css$/);
      expect(s.css).toContain(`:root:not([${PAUSE_ATTR}])`);
      // The marks have a sheet of their own; the category sheets only name blocks by selector.
      if (file !== "hide/marks.css") expect(s.css).not.toContain(`[${HIDDEN_ATTR}]`);
    }
  });

  it("has a sheet for the content script's marks, from the first byte, paused and sparing kept blocks", () => {
    const marks = staticSheets().get("hide/marks.css")!;
    expect(marks.category).toBeNull();
    const doc = new JSDOM(`<html><head><style>${marks.css}</style></head><body><div id="m" ${HIDDEN_ATTR}="related">x</div><div id="k" ${HIDDEN_ATTR}="related" ${KEEP_ATTR}>y</div></body></html>`).window.document;
    const display = (id: string) => doc.defaultView!.getComputedStyle(doc.getElementById(id)!).display;
    expect(display("m")).toBe("none");
    expect(display("k")).not.toBe("none");
    doc.documentElement.setAttribute(PAUSE_ATTR, "revealed");
    expect(display("m")).not.toBe("none");
  });
});

describe("the site's own menus", () => {
  it("leaves a footer menu's entries alone though a promo phrase names them, and still hides the same words in the article", () => {
    const doc = new JSDOM(`<!doctype html><html><body>
      <article><h1>Judul</h1><p>${"Isi berita yang panjang dan cukup untuk disebut paragraf. ".repeat(5)}</p>
        <p id="promo">Download aplikasi Example sekarang juga</p></article>
      <footer class="footer"><ul><li id="iklan"><a href="/pasang-iklan">Informasi Pemasangan Iklan</a></li>
        <li id="app"><a href="/aplikasi">Download Aplikasi Example</a></li><li><a href="/redaksi">Redaksi</a></li></ul></footer>
    </body></html>`, { url: URL_ }).window.document;
    const hidden = findHits(doc, hidePlanForPage(settings(), URL_)!).map((h) => h.el.id);
    expect(hidden).toContain("promo");
    expect(hidden).not.toContain("iklan");
    expect(hidden).not.toContain("app");
  });

  it("never hides the site's header bar, nor a short wrapper of it, for the plug its last words are; the plug's own box goes", () => {
    const doc = new JSDOM(`<!doctype html><html><body>
  <div>
    <header>
      <div>
        <div>
          <a href="https://dukung.example.com/x">Print subscriptions</a>
          <a href="https://dukung.example.com/x">Sign in</a>
          <a href="https://dukung.example.com/x">Search jobs</a>
          <a href="https://dukung.example.com/x">Search</a>
          <div>
            <x-island>
              <div><button>UK edition</button></div>
            </x-island>
          </div>
        </div>
        <x-island>
          <div>
            <div>
              <div>Support the&nbsp;Warta</div>
              <div>Fund independent journalism with £5 per month</div>
            </div>
            <a href="https://dukung.example.com/x">Support us<svg></svg></a>
          </div>
        </x-island>
        <a href="/"><span>The Warta - Back to home</span><svg></svg></a>
      </div>
    </header>
  </div>
      <main><article><h1>Judul</h1><p>${"Isi berita yang panjang dan cukup untuk disebut paragraf. ".repeat(5)}</p></article></main>
    </body></html>`, { url: URL_ }).window.document;
    const hits = findHits(doc, hidePlanForPage(settings(), URL_)!).map((h) => h.el);
    const header = doc.querySelector("header")!;
    expect(hits.filter((el) => el === header || el.contains(header) || (header.contains(el) && el.contains(header.querySelector("a[href='/']"))))).toEqual([]);
    expect(hits.some((el) => header.contains(el) && squash(el.textContent ?? "").startsWith("Fund independent journalism"))).toBe(true);
  });
});
