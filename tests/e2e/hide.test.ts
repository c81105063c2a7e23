/**
 * The live-page hider in real Chromium and Firefox, with the built extension, on fixture pages
 * served from 127.0.0.1 (tests/fixtures/live; `data-clutter` marks what must go, `data-para` what
 * must stay). Assertions are on what a person sees: innerText, computed display / checkVisibility,
 * and the toolbar badge.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { compileStylesheet } from "../../src/core/hide-plan.ts";
import { defaultSettings, type Settings } from "../../src/shared/settings.ts";
import type { PageState } from "../../src/shared/messages.ts";
import { planForPage } from "../../src/shared/page-plan.ts";
import {
  BROWSERS, FIXTURES_LIVE, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type ExtensionGlobals, type HarnessPage, type TestServer,
} from "./harness/index.ts";
import { streamed } from "./hide-helpers.ts";

interface Seen {
  clutter: { expected: string; marked: string | null; visible: boolean; display: string; text: string }[];
  paras: { text: string; visible: boolean }[];
  /** Outermost elements the hider marked. */
  hidden: number;
  text: string;
}

/** What the page shows, read in the page. */
function look(page: HarnessPage): Promise<Seen> {
  return page.evaluate(() => {
    const norm = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
    return {
      clutter: Array.from(document.querySelectorAll("[data-clutter]")).map((el) => ({
        expected: el.getAttribute("data-clutter") ?? "",
        marked: el.getAttribute("data-jernih-hidden"),
        visible: el.checkVisibility(),
        display: getComputedStyle(el).display,
        text: norm(el.textContent),
      })),
      paras: Array.from(document.querySelectorAll("[data-para]")).map((p) => ({ text: norm(p.textContent), visible: p.checkVisibility() })),
      hidden: Array.from(document.querySelectorAll("[data-jernih-hidden]")).filter((el) => !el.parentElement?.closest("[data-jernih-hidden]")).length,
      text: norm(document.body.innerText),
    };
  });
}

/** Every clutter block hidden with its category and gone from the text; every paragraph shown. */
function expectClean(seen: Seen) {
  expect(seen.clutter.length).toBeGreaterThan(0);
  expect(seen.paras.length).toBeGreaterThanOrEqual(3);
  for (const c of seen.clutter) {
    expect({ text: c.text, marked: c.marked, visible: c.visible, display: c.display }).toEqual({ text: c.text, marked: c.expected, visible: false, display: "none" });
    expect(seen.text).not.toContain(c.text.slice(0, 40));
  }
  for (const p of seen.paras) {
    expect(p.visible, p.text).toBe(true);
    expect(seen.text).toContain(p.text);
  }
}

function fixture(path: string): string {
  return readFileSync(`${FIXTURES_LIVE}/${path}`, "utf8");
}

function settingsWith(patch: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...patch };
}

describe.each(BROWSERS)("live-page hiding in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;
  /** Opens a fixture under a unique URL (tabs are found by URL) and waits for the hider's last batch. */
  async function open(path: string, url?: string): Promise<{ page: HarnessPage; tabId: number }> {
    const page = await b.newPage();
    await page.goto(url ?? server.url(`${path}?v=${++n}`));
    const tabId = await b.tabIdOf(page);
    // get-state answers once the hider has started; a second animation frame lets its batch finish.
    await sendToTab(b, tabId, { type: "get-state" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return { page, tabId };
  }

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: { "/news/streamed.html": streamed("news/streamed.html", 600) } });
    b = await launch(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await setStoredSettings(b, null);
  });

  it("hides 'Baca juga' lines and boxes, 'Berita Terkait' and the Google News line on a detik-like article, keeping every paragraph", async () => {
    const { page, tabId } = await open("/news/detik-style.html");
    const seen = await look(page);
    expectClean(seen);
    expect(seen.hidden).toBe(seen.clutter.length);
    // A quote that says "Baca juga" inside a paragraph is article text, not a link line.
    expect(seen.text).toContain("Baca juga aturan teknisnya");
    await expect.poll(() => b.badgeText(tabId)).toBe(String(seen.hidden));
    await page.close();
  });

  it("cleans the medcom-like article of the seed: inline 'Baca:', Google News line, scholarship promo, TERKAIT, BERITA LAINNYA, FOLLOW US", async () => {
    const { page, tabId } = await open("/news/medcom-style.html");
    const seen = await look(page);
    expectClean(seen);
    expect(seen.hidden).toBe(seen.clutter.length);
    await expect.poll(() => b.badgeText(tabId)).toBe(String(seen.hidden));
    const state = await sendToTab<PageState>(b, tabId, { type: "get-state" });
    expect(state.isArticle).toBe(true);
    expect(state.hidden).toEqual({ related: 3, social: 3, promo: 1 });
    expect(state.removed?.map((r) => r.category).sort()).toEqual(["promo", "related", "related", "related", "social", "social", "social"]);
    await page.close();
  });

  it("hides read-also cards and a follow line whose label and link stand apart with no space between them", async () => {
    const { page, tabId } = await open("/news/label-cards.html");
    const seen = await look(page);
    expectClean(seen);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["related", "related", "social"]);
    // One word and a link ("Baca <a>…"): no read-also lead without its colon.
    expect(seen.text).toContain("Panduan Memilih Sepeda Lipat untuk Pemula");
    await expect.poll(() => b.badgeText(tabId)).toBe("3");
    await page.close();
  });

  it.each([
    ["ja-style.html", "関連記事の多くは住民の意見"],
    ["ru-style.html", "Читайте также мнение жителей района"],
  ])("hides the read-also line, the related list and the share prompt of %s, keeping the paragraph that opens with the read-also words", async (file, opener) => {
    const { page, tabId } = await open(`/news/${file}`);
    const seen = await look(page);
    expectClean(seen);
    expect(seen.clutter.map((c) => c.expected).sort()).toEqual(["related", "related", "social"]);
    expect(seen.text).toContain(opener);
    await expect.poll(() => b.badgeText(tabId)).toBe("3");
    await page.close();
  });

  it("hides a related box inserted two seconds after load, and a 'Baca juga' line whose link arrives a frame later", async () => {
    const { page, tabId } = await open("/news/late-related.html");
    expect((await look(page)).hidden).toBe(0);
    await page.waitFor(() => document.body.dataset.lateInserted === "1", undefined, 20_000);
    await page.waitFor(() => document.querySelectorAll("#late[data-jernih-hidden], #late-line[data-jernih-hidden]").length === 2);
    const seen = await look(page);
    expectClean(seen);
    expect(seen.text).not.toContain("Tanggul Jebol");
    await expect.poll(() => b.badgeText(tabId)).toBe("2");
    await page.close();
  });

  it("hides clutter of a slow page while the rest is still arriving, and a line a script puts in behind the parser", async () => {
    const { page, tabId } = await open("/news/streamed.html");
    // The first part's "Baca juga" box was already hidden when the second part arrived.
    expect(await page.evaluate(() => document.body.dataset.earlyHidden)).toBe("related");
    const seen = await look(page);
    expectClean(seen);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["related", "related", "related"]);
    await expect.poll(() => b.badgeText(tabId)).toBe("3");
    await page.close();
  });

  it("leaves a search-results page alone: nothing hidden, no badge, even where its sidebar looks like clutter", async () => {
    const { page, tabId } = await open("/search.html");
    const seen = await look(page);
    expect(seen.hidden).toBe(0);
    expect(seen.text).toContain("Berita Lainnya");
    expect(seen.text).toContain("Ikuti kami di Google News");
    expect(seen.text).toContain("Baca juga: Cara Mendaftar Beasiswa");
    const state = await sendToTab<PageState>(b, tabId, { type: "get-state" });
    expect(state.isArticle).toBe(false);
    expect(await b.badgeText(tabId)).toBe("");
    await page.close();
  });

  it("keeps the user's own rule for a site on its non-article pages too, and nothing else", async () => {
    // Picked on a front page, a block must stay hidden there; the built-in rules still stand down.
    await setStoredSettings(b, settingsWith({
      customRules: [{ id: "front", kind: "selector", value: ".pagination", category: "promo", site: "127.0.0.1" }],
    }));
    const { page, tabId } = await open("/search.html");
    await page.waitFor(() => getComputedStyle(document.querySelector(".pagination")!).display === "none");
    const seen = await look(page);
    expect(seen.text).not.toContain("Berikutnya");
    expect(seen.text).toContain("Berita Lainnya");
    expect(seen.text).toContain("Baca juga: Cara Mendaftar Beasiswa");
    expect((await sendToTab<PageState>(b, tabId, { type: "get-state" })).isArticle).toBe(false);
    // "Show everything" from the popup shows the user's block again.
    await sendToTab(b, tabId, { type: "reveal", reveal: true });
    await page.waitFor(() => getComputedStyle(document.querySelector(".pagination")!).display !== "none");
    await page.close();
  });

  it("has a built-in selector's block hidden before the page's own scripts see it (no first paint with it)", async () => {
    // The built-in sheets are content-script CSS, registered by the background after install.
    await expect.poll(() => b.extensionEval(async () => {
      const g = globalThis as unknown as ExtensionGlobals;
      return (await (g.browser ?? g.chrome!).scripting.getRegisteredContentScripts()).map((s) => s.id);
    })).toContain("jernih-hide-hide_related_css");
    const { page } = await open("/news/first-paint.html");
    expect(await page.evaluate(() => document.documentElement.dataset.seenDisplay)).toBe("none");
    expectClean(await look(page));
    await page.close();
  });

  it("clears the badge when the tab moves on to a page with nothing hidden", async () => {
    const { page, tabId } = await open("/news/medcom-style.html");
    await expect.poll(() => b.badgeText(tabId)).toBe("7");
    await page.goto(server.url(`/search.html?v=${++n}`));
    await sendToTab(b, tabId, { type: "get-state" });
    expect(await b.badgeText(tabId)).toBe("");
    await page.close();
  });

  it("reveals every hidden block without a reload, and hides them again", async () => {
    const { page, tabId } = await open("/news/detik-style.html");
    const before = await look(page);
    expectClean(before);
    const shown = await sendToTab<PageState>(b, tabId, { type: "reveal", reveal: true });
    expect(shown.revealed).toBe(true);
    const revealed = await look(page);
    for (const c of revealed.clutter) {
      expect(c.visible, c.text).toBe(true);
      expect(revealed.text).toContain(c.text.slice(0, 40));
    }
    await sendToTab(b, tabId, { type: "reveal", reveal: false });
    expectClean(await look(page));
    await page.close();
  });

  it("hides nothing on a site the user switched off", async () => {
    await setStoredSettings(b, settingsWith({ sites: { "127.0.0.1": { enabled: false, alwaysReader: false } } }));
    const { page, tabId } = await open("/news/detik-style.html");
    const seen = await look(page);
    expect(seen.hidden).toBe(0);
    for (const c of seen.clutter) expect(c.visible, c.text).toBe(true);
    expect(await b.badgeText(tabId)).toBe("");
    // The popup still learns that this is an article (it offers the reader view there).
    const state = await sendToTab<PageState>(b, tabId, { type: "get-state" });
    expect({ isArticle: state.isArticle, hidden: state.hidden }).toEqual({ isArticle: true, hidden: {} });
    await page.close();
  });

  it("hides a block the page keeps shown with its own display: block !important, once the page has loaded", async () => {
    // The built-in sheets are author origin and lose to that; the page's sheet at user origin goes in then.
    const { page } = await open("/read/kompas-style.html");
    const forced = (await look(page)).clutter.filter((c) => c.expected === "promo");
    expect(forced.length).toBe(1);
    for (const c of forced) expect({ text: c.text, visible: c.visible, display: c.display }).toEqual({ text: c.text, visible: false, display: "none" });
    expect(await page.evaluate(() => document.querySelector("style[data-jernih]") === null)).toBe(true);
    await page.close();
  });

  it("applies changed settings without a reload: a category switched off comes back, a user's selector rule beats the site's inline !important", async () => {
    const { page, tabId } = await open("/read/kompas-style.html");
    expectClean(await look(page));
    // The promo block carries style="display: block !important": only a USER-origin sheet outranks that.
    await setStoredSettings(b, settingsWith({
      categories: { related: false },
      customRules: [{ id: "t1", kind: "selector", value: ".read__time", category: "promo", site: null }],
    }));
    await sendToTab(b, tabId, { type: "settings-changed" });
    await page.waitFor(() => getComputedStyle(document.querySelector(".read__time")!).display === "none");
    const seen = await look(page);
    for (const c of seen.clutter) expect({ text: c.text, visible: c.visible }).toEqual({ text: c.text, visible: c.expected !== "promo" });
    // The sheet went in at user origin: no in-page <style> fallback was needed.
    expect(await page.evaluate(() => document.querySelector("style[data-jernih]") === null)).toBe(true);
    await expect.poll(() => b.badgeText(tabId)).toBe("2"); // the promo block + the .read__time line
    await page.close();
  });
});

describe.each(BROWSERS)("a sheet that does not go in at user origin, in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  beforeAll(async () => {
    requireBuild();
    server = await startServer();
    b = await launch(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("goes in the page itself when the background says so; a report about another sheet changes nothing", async () => {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    await page.goto(server.url("/read/kompas-style.html?failed"));
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    // The sheet the background made for this page (the same settings and URL give the same sheet).
    const css = compileStylesheet(planForPage(defaultSettings(), await page.evaluate(() => location.href))!.selectors);
    const fallback = () => page.evaluate(() => document.querySelector('style[data-jernih="fallback"]')?.textContent ?? null);
    await sendToTab(b, tabId, { type: "sheet-failed", css: `${css}\n/* an older sheet */` });
    expect(await fallback()).toBeNull();
    await sendToTab(b, tabId, { type: "sheet-failed", css });
    expect(await fallback()).toBe(css);
    expectClean(await look(page));
    await page.close();
  });
});

describe.each(BROWSERS)("pages under their real host names in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  // Firefox reaches the loopback server as a proxy, which takes no https (tests/e2e/harness).
  const scheme = kind === "chromium" ? "https" : "http";
  const articleUrl = `${scheme}://www.kompas.com/read/2026/11/25/09300001/harga-beras-medium-turun`;
  const invitesUrl = `${scheme}://www.kompas.com/read/2026/11/26/07150001/pedagang-umumkan-harga-lewat-ponsel`;
  const plugsPath = "/berita/d-7000001/tim-sar-perluas-pencarian-korban-longsor";
  const declaredPath = "/read/2026/12/03/jalur-sepeda-baru-tersambung";
  const followPath = "/daerah/2026/12/05/lelang-ikan-pagi-kembali-ramai";
  const appealsPath = "/read/2026/12/06/08000001/perpustakaan-keliling-kembali";
  beforeAll(async () => {
    requireBuild();
    server = await startServer({
      routes: {
        "/read/2026/11/25/09300001/harga-beras-medium-turun": fixture("read/kompas-style.html"),
        "/read/2026/11/26/07150001/pedagang-umumkan-harga-lewat-ponsel": fixture("read/channel-invites.html"),
        [plugsPath]: fixture("read/site-plugs.html"),
        [declaredPath]: streamed("news/declared-name.html", 1000),
        [followPath]: fixture("news/follow-lines.html"),
        [appealsPath]: fixture("news/support-appeals.html"),
      },
    });
    b = await launch(kind, { mapAllHostsToPort: server.port });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  /** A new tab at `url`, once its content script has answered (the hider has started). */
  async function openAt(url: string): Promise<HarnessPage> {
    const page = await b.newPage();
    await page.goto(url);
    await sendToTab(b, await b.tabIdOf(page), { type: "get-state" });
    return page;
  }

  /** Once the whole page is in and the hider's pass at DOMContentLoaded is done (two frames painted). */
  async function loadedAndPainted(page: HarnessPage): Promise<void> {
    await page.waitFor(() => document.readyState === "complete");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  it("cleans an article of www.kompas.com under its real host name and honours a switch-off for kompas.com", async () => {
    await setStoredSettings(b, null);
    let page = await b.newPage();
    await page.goto(articleUrl);
    expect(page.url()).toBe(articleUrl);
    let tabId = await b.tabIdOf(page);
    const state = await sendToTab<PageState>(b, tabId, { type: "get-state" });
    expect(new URL(state.url).hostname).toBe("www.kompas.com");
    await page.waitFor(() => document.querySelectorAll("[data-clutter]:not([data-jernih-hidden])").length === 0);
    expectClean(await look(page));
    await page.close();

    await setStoredSettings(b, settingsWith({ sites: { "kompas.com": { enabled: false, alwaysReader: false } } }));
    page = await b.newPage();
    await page.goto(`${articleUrl}?again`);
    tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    expect((await look(page)).hidden).toBe(0);
    await page.close();
  });

  it("hides the site's own Telegram and WhatsApp invitations, paragraphs longer than a clutter line, and keeps a story's paragraph that cites a channel", async () => {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    await page.goto(invitesUrl);
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    await page.waitFor(() => document.querySelectorAll("[data-clutter]:not([data-jernih-hidden])").length === 0);
    const seen = await look(page);
    expectClean(seen);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["social", "social"]);
    expect(seen.text).toContain("t.me/contohpedaganginduk");
    expect(seen.text).not.toContain("Kabar Pagi");
    await expect.poll(() => b.badgeText(tabId)).toBe("2");
    await page.close();
  });

  it("hides the site's plugs that name it on news.detik.com (its video section's label too), and keeps them where they name another site", async () => {
    await setStoredSettings(b, null);
    let page = await b.newPage();
    await page.goto(`${scheme}://news.detik.com${plugsPath}`);
    let tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    await page.waitFor(() => document.querySelectorAll("[data-clutter]:not([data-jernih-hidden])").length === 0);
    const seen = await look(page);
    expectClean(seen);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["promo", "social", "related", "promo"]);
    // The story's own sentences that name the site, or use its name as a word, stay.
    expect(seen.text).toContain("hanya di detik-detik terakhir");
    expect(seen.text).toContain("kepada detikcom");
    await page.close();

    page = await b.newPage();
    await page.goto(`${scheme}://www.contoh-warta.co.id${plugsPath}`);
    tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    const elsewhere = await look(page);
    expect(elsewhere.clutter.filter((c) => c.visible)).toHaveLength(4);
    expect(elsewhere.text).toContain("hanya di detikcom");
    await page.close();
  });

  it("hides the plugs of a network's regional site that name it as its head declares, not as its host does", async () => {
    await setStoredSettings(b, null);
    // og:site_name "WartaBekasi.com" on bekasi.wartanusa.com: the app plug and the WhatsApp invitation name it so.
    let page = await openAt(`${scheme}://bekasi.wartanusa.com${declaredPath}`);
    // Hidden while the page still loads: the name is read as soon as the head is in, not at the end.
    await page.waitFor(() => document.body.dataset.plugWhileLoading !== undefined);
    expect(await page.evaluate(() => document.body.dataset.plugWhileLoading)).toBe("hidden");
    await page.waitFor(() => document.querySelectorAll("[data-clutter]:not([data-jernih-hidden])").length === 0);
    const seen = await look(page);
    expectClean(seen);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["promo", "social"]);
    expect(seen.text).toContain("t.me/contohgowesbekasi");
    await page.close();

    page = await openAt(`${scheme}://www.contoh-warta.co.id${declaredPath}`);
    await loadedAndPainted(page);
    expect(await page.evaluate(() => document.body.dataset.plugWhileLoading)).toBe("visible");
    const elsewhere = await look(page);
    // The same head on a host the name has nothing of: not the site's own name, so nothing of it is a plug.
    expect(elsewhere.clutter.filter((c) => c.visible)).toHaveLength(2);
    await page.close();
  });

  it("hides follow lines that name the site in the channel's link or over its profiles, an ad-free subscription plug's box, a comments box's reply link and the sidebar's Facebook box under its title, on a site whose host shortens its name", async () => {
    await setStoredSettings(b, null);
    // og:site_name "Kabar Pesisir" on www.kpesisir.co.id: the host is the name's initial and last word.
    let page = await openAt(`${scheme}://www.kpesisir.co.id${followPath}`);
    await page.waitFor(() => document.querySelectorAll("[data-clutter]:not([data-jernih-hidden])").length === 0);
    const seen = await look(page);
    expectClean(seen);
    // The plug's two lines go as one box: the line titles it, and its button is all it holds besides.
    expect(seen.clutter.map((c) => c.expected)).toEqual(["promo", "social", "social", "social", "comments", "social"]);
    expect(seen.text).toContain("WhatsApp Channel Paguyuban Nelayan");
    expect(seen.text).toContain("akun Twitter dan Instagram miliknya");
    await page.close();

    // Under a host that is not the name's: the lines naming the site stay (over its profiles, and only
    // in the channel's link); the rest goes.
    page = await openAt(`${scheme}://www.contoh-warta.co.id${followPath}`);
    await loadedAndPainted(page);
    const elsewhere = await look(page);
    expect(elsewhere.clutter.filter((c) => c.visible).map((c) => c.text)).toEqual([
      "Ikuti berita terkini Kabar Pesisir di Twitter @kabarpesisir Facebook Kabar Pesisir",
      "Ikuti juga saluran WhatsApp Channel Kabar Pesisir untuk kabar terkini.",
      "Kabar Pesisir di Facebook",
    ]);
    await page.close();
  });

  it("hides the site's appeals for its readers' money, boxes of paragraphs longer than a clutter line, and keeps a charity's box and the story's link to the archive", async () => {
    await setStoredSettings(b, null);
    let page = await openAt(`${scheme}://www.kompas.com${appealsPath}`);
    await page.waitFor(() => document.querySelectorAll("[data-clutter]:not([data-jernih-hidden])").length === 0);
    const seen = await look(page);
    expectClean(seen);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["promo", "promo", "promo"]);
    for (const s of ["arsip berlangganan", "Salurkan donasi", "Dukung kami", "Langganan"]) expect(seen.text).toContain(s);
    await page.close();

    // Under another host the boxes' links lead to someone else's support pages: they stay.
    page = await openAt(`${scheme}://www.contoh-warta.co.id${appealsPath}`);
    await loadedAndPainted(page);
    const elsewhere = await look(page);
    expect(elsewhere.clutter.filter((c) => c.visible)).toHaveLength(2);
    await page.close();
  });
});
