import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { absoluteSrcset, isPlaceholderSrc, parseSrcset, resolveLazyImages } from "../../src/core/images.ts";

const BASE = "https://news.example/read/2026/02/16/story";
const GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

function run(html: string) {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  resolveLazyImages(doc.body, BASE);
  return doc.body;
}
const srcs = (root: Element) => Array.from(root.querySelectorAll("img")).map((i) => i.getAttribute("src"));

describe("resolveLazyImages", () => {
  it("swaps a placeholder for data-src and makes it absolute", () => {
    const body = run(`<p><img src="${GIF}" data-src="/img/photo.jpg" alt="Photo"></p>`);
    expect(srcs(body)).toEqual(["https://news.example/img/photo.jpg"]);
  });

  it("uses data-lazy-src and data-srcset when src is missing", () => {
    const body = run(`<img data-lazy-src="a.jpg" data-srcset="a-400.jpg 400w, a-800.jpg 800w">`);
    const img = body.querySelector("img")!;
    expect(img.getAttribute("src")).toBe("https://news.example/read/2026/02/16/a.jpg");
    expect(img.getAttribute("srcset")).toBe(
      "https://news.example/read/2026/02/16/a-400.jpg 400w, https://news.example/read/2026/02/16/a-800.jpg 800w",
    );
  });

  it("keeps a real src even when data-src differs", () => {
    const body = run(`<img src="https://cdn.example/real.jpg" data-src="https://cdn.example/other.jpg">`);
    expect(srcs(body)).toEqual(["https://cdn.example/real.jpg"]);
  });

  it("takes the noscript twin of a lazy image once, and drops the noscript", () => {
    const body = run(`<figure><img src="/assets/blank.gif" class="lazy"><noscript><img src="https://cdn.example/x.jpg" alt="X"></noscript></figure>`);
    expect(srcs(body)).toEqual(["https://cdn.example/x.jpg"]);
    expect(body.querySelector("img")!.getAttribute("alt")).toBe("X");
    expect(body.querySelector("noscript")).toBeNull();
  });

  it("unwraps a lone noscript image, also when its content is text (parsed with scripting on)", () => {
    const body = run(`<p>a</p><noscript><img src="https://cdn.example/only.jpg"></noscript>`);
    expect(srcs(body)).toEqual(["https://cdn.example/only.jpg"]);
    const doc = new JSDOM(`<!doctype html><body><p>a</p></body>`).window.document;
    const ns = doc.createElement("noscript");
    ns.textContent = '<img src="https://cdn.example/text.jpg">';
    doc.body.append(ns);
    resolveLazyImages(doc.body, BASE);
    expect(srcs(doc.body)).toEqual(["https://cdn.example/text.jpg"]);
  });

  it("removes a placeholder that has no real image behind it", () => {
    const body = run(`<p>text <img src="${GIF}"> more</p>`);
    expect(body.querySelectorAll("img")).toHaveLength(0);
    expect(body.textContent).toContain("text");
  });

  it("fills picture sources from data-srcset", () => {
    const body = run(`<picture><source data-srcset="/w.webp 1x" type="image/webp"><img data-src="/w.jpg"></picture>`);
    expect(body.querySelector("source")!.getAttribute("srcset")).toBe("https://news.example/w.webp 1x");
    expect(srcs(body)).toEqual(["https://news.example/w.jpg"]);
  });
});

describe("srcset and placeholders", () => {
  it("parses srcsets with commas inside URLs and without spaces after commas", () => {
    expect(parseSrcset("https://c.example/w_100,h_100/a.jpg 1x,b.jpg 2x")).toEqual([
      { url: "https://c.example/w_100,h_100/a.jpg", descriptor: "1x" },
      { url: "b.jpg", descriptor: "2x" },
    ]);
    expect(absoluteSrcset("a.jpg", "https://x.example/p/")).toBe("https://x.example/p/a.jpg");
  });

  it("recognises placeholders but not real images", () => {
    for (const p of ["", "#", GIF, "/img/blank.gif", "https://x.example/lazy-load.png", "/static/placeholder.svg", "/i/placeholder-16x9.png", "/i/lazyload_img.gif?v=2"]) {
      expect(isPlaceholderSrc(p), p).toBe(true);
    }
    for (const r of ["https://x.example/photo.jpg", "/2026/02/lazy-river-tour.jpg?w=800", "https://x.example/blanket.png", "data:image/png;base64," + "A".repeat(400)]) {
      expect(isPlaceholderSrc(r), r).toBe(false);
    }
  });
});
