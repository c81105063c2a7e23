/**
 * The site's own header and footer stay whole on an article page, in real Chromium and Firefox with
 * the built extension (tests/fixtures/live/news/site-frame.html): navigation links named like
 * clutter headings ("Terpopuler", "Pilihan Redaksi") and footer links about the site's advertising
 * and its app ("Informasi Pemasangan Iklan", "Download Aplikasi …") are the site's pages, not
 * clutter of the article. And a header of one bar (tests/fixtures/live/news/seo-copy.html): its
 * follow icons go, its logo, section name and search stay, and so does a bar of the site's links
 * with two follow icons in it; below it a list article of headline links stays whole although the
 * page keeps a hidden copy of it marked as the article's body; beside it a sidebar's most-read list
 * goes and its search widget stays. And a photo story's pictures (tests/fixtures/live/news/
 * lead-photos.html), whose classes read like share rows and ad slots. And banners inviting to the
 * site's channel (tests/fixtures/live/news/channel-banners.html): they go, the footer's own Google
 * News badge, a story's photo linked to a post and a quoted post's picture stay. And the links to
 * the previous and next story (tests/fixtures/live/news/adjacent-posts.html, served under a story's
 * path): they go, the story's own page links and the header stay. And a byline whose box a
 * built-in rule names as an author box (tests/fixtures/live/news/author-byline.html): it stays, the
 * bio of the same class under the story goes. And the networks' own widgets
 * (tests/fixtures/live/news/social-plugins.html): they go, an embedded post the story quotes stays.
 * And a theme's boxes whose classes name a header or footer they are not
 * (tests/fixtures/live/news/theme-wrappers.html): the page's wrapper, the post's foot in BEM, a block
 * put at the foot; the lists in them go, the site's header and footer stay.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, FIXTURES_LIVE, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { expectClean, look } from "./hide-helpers.ts";

/** Where the story of adjacent-posts.html is served: its page links lead to this path's pages. */
const STORY_PATH = "/daerah/2026/12/petani-kopi-kembali-menanam-setelah-longsor/";

describe.each(BROWSERS)("the site's header and footer in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: { [STORY_PATH]: readFileSync(`${FIXTURES_LIVE}/news/adjacent-posts.html`, "utf8") } });
    b = await launch(kind);
    await setStoredSettings(b, null);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  /** The fixture at `path` once the hider has done its first pass and two frames have been painted. */
  async function opened(path: string) {
    const page = await b.newPage();
    await page.goto(server.url(path));
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return { page, tabId, seen: await look(page) };
  }

  it("keeps every link of the header's navigation and of the footer's columns", async () => {
    const { page, tabId, seen } = await opened("/news/site-frame.html?v=1");
    expect(seen.kept.length).toBe(7); // header, title, byline, three paragraphs, footer
    expectClean(seen);
    for (const s of ["Terpopuler", "Pilihan Redaksi", "Info Iklan", "Informasi Pemasangan Iklan", "Download Aplikasi Warta Contoh"]) expect(seen.text).toContain(s);
    expect(await b.badgeText(tabId)).toBe("");
    await page.close();
  });

  it("hides a header's follow icons but not its logo, section, search or menu bar, keeps a list article whose marked body is a hidden copy, and a sidebar's search", async () => {
    const { page, tabId, seen } = await opened("/news/seo-copy.html?v=1");
    // the menu bar, the logo, the section, the search, the title, the byline, six paragraphs, the sidebar's search, the footer
    expect(seen.kept.length).toBe(14);
    expect(seen.clutter.length).toBe(3);
    expectClean(seen);
    for (const s of ["Log in", "Science", "Search", "1. A comet came back three weeks ahead of schedule.", "5. Satellite tags followed a flock of storks"]) expect(seen.text).toContain(s);
    await expect.poll(() => b.badgeText(tabId)).toBe("3");
    await page.close();
  });

  it("keeps a photo story's pictures (gallery photos under their share buttons, a hero named for the ad system) and hides the buttons and the banner", async () => {
    const { page, seen } = await opened("/news/lead-photos.html?v=1");
    expect(seen.kept.length).toBe(10); // header, title, byline, hero, two zoom links, two captions, a paragraph, footer
    expect(seen.clutter.length).toBe(4);
    expectClean(seen);
    const shown = await page.evaluate(() => Array.from(document.querySelectorAll(".hero img, .gallery-item img")).map((img) => img.checkVisibility()));
    expect(shown).toEqual([true, true, true]);
    await page.close();
  });

  it("hides banners that invite to the site's WhatsApp, Telegram or Google News page, and keeps the footer's badge and the story's linked photos", async () => {
    const { page, seen } = await opened("/news/channel-banners.html?v=1");
    expect(seen.clutter.length).toBe(3);
    expectClean(seen);
    const shown = await page.evaluate(() =>
      ["figure img", "blockquote img", "footer img", '[data-clutter] img[src*="google-news"]'].map((sel) => document.querySelector(sel)!.checkVisibility()),
    );
    expect(shown).toEqual([true, true, true, false]);
    expect(seen.text).toContain("t.me/contohpaguyubanpasar");
    await page.close();
  });

  it("hides the links to the previous and next story, and keeps the story's own page links and the header", async () => {
    const { page, seen } = await opened(`${STORY_PATH}?v=1`);
    expect(seen.clutter.length).toBe(2);
    expectClean(seen);
    for (const s of ["Halaman: 2 3 Selanjutnya", "Festival Panen Raya Digelar di Alun-Alun", "Berita daerah sebelumnya"]) expect(seen.text).toContain(s);
    expect(seen.text).not.toContain("Artikel sebelumnya");
    await page.close();
  });

  it("keeps a byline whose box is named like an author box, and hides the bio of that name under the story", async () => {
    const { page, seen } = await opened("/news/author-byline.html?v=1");
    expect(seen.clutter.map((c) => c.expected)).toEqual(["credits"]);
    expectClean(seen);
    expect(seen.text).toContain("Siti Aminah 6 Desember 2026 08:15");
    expect(seen.text).not.toContain("menulis tentang pendidikan");
    await page.close();
  });

  it("hides the lists inside a theme's boxes named for its header and footer, and keeps the site's own header and footer", async () => {
    const { page, seen } = await opened("/news/theme-wrappers.html?v=1");
    expect(seen.clutter.map((c) => c.expected)).toEqual(["related", "related", "related", "related"]);
    expectClean(seen);
    for (const s of ["Terpopuler Berita Terkini Indeks Berita", "Beranda Daerah Ekonomi Wisata"]) expect(seen.text).toContain(s);
    expect(seen.text).not.toContain("Pilihan Redaksi");
    await page.close();
  });

  it("hides the networks' like, tweet and page widgets, and keeps the post the story embeds", async () => {
    const { page, seen } = await opened("/news/social-plugins.html?v=1");
    expect(seen.clutter.map((c) => c.expected)).toEqual(["social", "social", "social"]);
    expectClean(seen);
    expect(seen.text).toContain("Ombak tinggi pagi ini, kami tidak melaut dulu.");
    expect(seen.text).not.toContain("Tweet");
    await page.close();
  });
});
