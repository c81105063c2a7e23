/**
 * The two kinds of link the shapes count (src/core/shapes/link-kinds.ts) and the class and id words
 * they read (words.ts), read with string methods and sets rather than regular expressions: every way
 * of writing an address or a class that the regexes they replace read the same way.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { isHeadlineLink, isHomeLink, isSitePageLink, isSocialHost, isSocialLink, pageOf } from "../../src/core/shapes/link-kinds.ts";
import { hasToken, wordsOf } from "../../src/core/shapes/words.ts";

const PAGE = "https://www.contoh-berita.co.id/read/2024/03/05/harga-beras-naik";

function anchor(html: string, url = PAGE): HTMLAnchorElement {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`, { url }).window.document;
  return doc.querySelector("a")!;
}

function social(html: string, url = PAGE): boolean {
  const a = anchor(html, url);
  const text = (a.textContent ?? "").replace(/\s+/g, " ").trim();
  return isSocialLink(a, a.getAttribute("href") ?? "", text, pageOf(a.ownerDocument));
}

describe("social links, read off the address as written", () => {
  it.each([
    ["https://www.facebook.com/sharer/sharer.php?u=x", true],
    ["HTTPS://M.FACEBOOK.COM/sharer.php", true],
    ["//twitter.com/intent/tweet?text=x", true],
    ["http://user@t.me:443/share/url?url=x", true],
    ["https://news.google.com./publications/x", true],
    ["\\\\x.com\\intent", true],
    ["whatsapp://send?text=x", true],
    ["FB-Messenger://share?link=x", true],
    ["mailto:?subject=Baca&body=x", true],
    ["https://notfacebook.com/x", false],
    ["https://facebook.com.example.org/x", false],
    ["https://www.contoh-berita.co.id/tag/facebook", false],
    ["/read/2024/03/06/facebook-twitter", false],
    ["mailto:redaksi@contoh-berita.co.id", false],
    ["javascript:void(0)", false],
  ])("%s → %s", (href, expected) => {
    expect(social(`<a href="${href}">Bagikan</a>`)).toBe(expected);
  });

  it("takes a relative address as the page's own host: social on a social network's page, not elsewhere", () => {
    expect(social(`<a href="/share?x">Bagikan</a>`, "https://www.youtube.com/watch?v=x")).toBe(true);
    expect(social(`<a href="/share?x">Bagikan</a>`)).toBe(false);
  });

  it("knows a script's share button and an icon-only button by their words, in any case", () => {
    expect(social(`<a href="#" onclick="FB_Share(this)">x</a>`)).toBe(true);
    expect(social(`<a href="#" onclick="openTweet()">x</a>`)).toBe(true);
    expect(social(`<a href="#" class="btn Copy-Link">Salin tautan</a>`)).toBe(true);
    expect(social(`<a href="#"><i class="icon-WA"></i></a>`)).toBe(true);
    expect(social(`<a href="#" class="btn copy">Salin</a>`)).toBe(false);
  });

  it("names hosts and the domains under them, never a host that only ends the same way", () => {
    expect(isSocialHost("Web.WhatsApp.com")).toBe(true);
    expect(isSocialHost("plus.google.com")).toBe(true);
    expect(isSocialHost("google.com")).toBe(false);
    expect(isSocialHost("ex.com")).toBe(false);
    expect(isSocialHost("")).toBe(false);
  });

  it.each([
    ["pinterest.de", true], ["www.pinterest.co.uk", true], ["br.pinterest.com.au", true], ["youtube.de", true],
    ["threads.com", true], ["getpocket.com", true], ["b.hatena.ne.jp", true], ["service.weibo.com", true],
    // Only the networks' own names, under ".com" or a country's ending, and never a name that holds one.
    ["pinterest.engineering", false], ["mypinterest.de", false], ["pinterest.example.de", false], ["hatena.ne.jp", false], ["co.uk", false],
  ])("reads %s as a social network's: %s", (host, yes) => {
    expect(isSocialHost(host)).toBe(yes);
  });
});

describe("headline links", () => {
  const at = pageOf(anchor("<a></a>").ownerDocument);
  const title = "Pemerintah umumkan kebijakan baru soal harga pangan";
  it("are links to other pages of the web with a headline's words", () => {
    expect(isHeadlineLink("/read/2024/03/06/kebijakan-baru", title, at)).toBe(true);
    expect(isHeadlineLink("HTTPS://lain.example/berita/1", title, at)).toBe(true);
  });
  it("are not scripts, the page itself, its home page or a social network", () => {
    expect(isHeadlineLink("JavaScript:void(0)", title, at)).toBe(false);
    expect(isHeadlineLink(`${PAGE}#komentar`, title, at)).toBe(false);
    expect(isHeadlineLink("/", title, at)).toBe(false);
    expect(isHeadlineLink("ftp://lain.example/berita", title, at)).toBe(false);
    expect(isHeadlineLink("https://m.facebook.com/story/1", title, at)).toBe(false);
  });
});

describe("class and id words", () => {
  const doc = new JSDOM(`<!doctype html><body>
    <div id="a" class="kcm-Social-Share"></div><div id="b" class="button12"></div><div id="c" class="buttons"></div>
    <div id="d" class="sidebar__Breadcrumbs"></div><div id="e" class="shadow"></div></body>`).window.document;
  const el = (id: string) => doc.getElementById(id)!;
  it("match whole words and the parts between - and _, in any case", () => {
    expect(hasToken(el("a"), wordsOf(["share"]))).toBe(true);
    expect(hasToken(el("a"), wordsOf(["kcm-social-share"]))).toBe(true);
    expect(hasToken(el("d"), wordsOf(["breadcrumbs"]))).toBe(true);
    expect(hasToken(el("e"), wordsOf(["ad", "ads"]))).toBe(false);
  });
  it("let a numbered word carry its number, and only its number", () => {
    const button = wordsOf(["btn"], ["button"]);
    expect(hasToken(el("b"), button)).toBe(true);
    expect(hasToken(el("c"), button)).toBe(false);
  });
});

describe("links to the site's home page (a header's or footer's logo)", () => {
  const at = pageOf(anchor("<a></a>").ownerDocument);
  it.each([
    ["/", true],
    [" ./ ", true],
    ["https://www.contoh-berita.co.id/", true],
    ["//www.contoh-berita.co.id", true],
    ["HTTPS://WWW.CONTOH-BERITA.CO.ID/", true],
    ["https://www.contoh-berita.co.id/?ref=logo", true],
    ["https://www.contoh-berita.co.id/nasional", false],
    ["/nasional", false],
    ["https://www.facebook.com/", false],
    ["https://contoh-berita.co.id/", true],
    ["https://news.contoh-berita.co.id/", false],
    ["#", false],
    ["javascript:void(0)", false],
    ["", false],
  ])("%s → %s", (href, home) => {
    expect(isHomeLink(href, at)).toBe(home);
  });
});

describe("links to another page of the site itself", () => {
  const at = pageOf(anchor("<a></a>").ownerDocument);
  it.each([
    ["/login", true],
    ["kontak.html", true],
    ["https://contoh-berita.co.id/tentang-kami", true],
    ["//www.contoh-berita.co.id/indeks", true],
    ["/read/2024/03/05/harga-beras-naik?share=twitter", false],
    ["https://www.contoh-berita.co.id/read/2024/03/05/harga-beras-naik#komentar", false],
    ["#komentar", false],
    ["mailto:redaksi@contoh-berita.co.id", false],
    ["javascript:window.print()", false],
    ["whatsapp://send?text=x", false],
    ["www.twitter.com/contohberita", false],
    ["https://news.contoh-berita.co.id/", false],
    ["https://www.facebook.com/contohberita", false],
  ])("%s → %s", (href, site) => {
    expect(isSitePageLink(href, at)).toBe(site);
  });
});

describe("answers kept per page address", () => {
  it("reads a page's links again when the page's address changes (a single-page app's navigation)", () => {
    const dom = new JSDOM(`<!doctype html><body><a href="https://www.contoh-berita.co.id/">Beranda</a></body>`, { url: PAGE });
    const doc = dom.window.document;
    const before = pageOf(doc);
    expect(pageOf(doc)).toBe(before);
    expect(isHomeLink("https://www.contoh-berita.co.id/", before)).toBe(true);
    expect(isSitePageLink("/indeks", before)).toBe(true);
    dom.reconfigure({ url: "https://www.facebook.com/contohberita/posts/1" });
    const after = pageOf(doc);
    expect(after).not.toBe(before);
    expect(after.social).toBe(true);
    expect(isHomeLink("https://www.contoh-berita.co.id/", after)).toBe(false);
    expect(isSitePageLink("https://www.contoh-berita.co.id/indeks", after)).toBe(false);
    expect(isSitePageLink("https://www.contoh-berita.co.id/indeks", before)).toBe(true);
  });

  it("a host asked again in another case gets the same answer", () => {
    for (const host of ["m.facebook.com", "M.FACEBOOK.COM", "m.facebook.com", "www.contoh-berita.co.id", "WWW.CONTOH-BERITA.CO.ID"]) {
      expect(isSocialHost(host)).toBe(host.toLowerCase().includes("facebook"));
    }
  });
});
