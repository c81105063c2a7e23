/**
 * The reader view in real browsers, driven the way a person drives it: the popup's "Reader view"
 * button lays the reader over the page; what it shows is the article without the clutter; closing
 * it gives back the untouched page at its scroll position. Hostile pages show nothing that runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, sendToTab, startServer, type ExtensionBrowser, type ExtensionGlobals, type HarnessPage, type TestServer,
} from "./harness/index.ts";
import { SETTINGS_VERSION } from "../../src/shared/settings.ts";
import { axeViolations, launchBuilt, openPopup, readerFrame, waitInFrame, type FrameLike } from "./reader-helpers.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/reader");

const ARTICLE_SENTENCES = [
  "Petani garam di pesisir selatan Madura memulai panen tiga minggu lebih awal dari biasanya.",
  "Dinas Kelautan dan Perikanan setempat mencatat luas lahan garam yang aktif bertambah",
  "Panen diperkirakan berlangsung hingga akhir Oktober",
];
/** Around the article (navigation, ads, sidebars, footers) and inside it ("Baca juga" lines). */
const CLUTTER = ["IKLAN", "Terpopuler", "Tips Memilih Sepatu Lari", "Beranda", "Ikuti kami di Google News", "Baca juga", "Harga Cabai Rawit"];

describe.each(BROWSERS)("reader view in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startServer({
      root: FIXTURES,
      routes: {
        // The payload page beacons to this server if any of its scripts runs.
        // A site whose own CSP forbids frames, images and styles from anywhere else.
        "/strict-csp.html": (_req, res) => {
          res.writeHead(200, {
            "content-type": "text/html; charset=utf-8", "cache-control": "no-store",
            "content-security-policy": "default-src 'self'; frame-src 'none'; child-src 'none'; style-src 'self'; img-src 'self'",
          });
          res.end(readFileSync(join(FIXTURES, "article.html"), "utf8"));
        },
        // The same article with no date for machines (no meta tag, no <time datetime>): only its date line.
        "/date-line-only.html": (_req, res) => {
          const html = readFileSync(join(FIXTURES, "article.html"), "utf8")
            .replace(/<meta property="article:published_time"[^>]*>/, "")
            .replace(/<time datetime="[^"]*">([^<]*)<\/time>/, "<span>$1</span>");
          res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
          res.end(html);
        },
        "/xss.html": (_req, res) => {
          const html = readFileSync(join(FIXTURES, "xss.html"), "utf8").replaceAll("{{ORIGIN}}", `http://127.0.0.1:${server.port}`);
          res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
          res.end(html);
        },
      },
    });
    b = await launchBuilt(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function openArticle(path: string): Promise<{ page: HarnessPage; tabId: number }> {
    const page = await b.newPage();
    const raw = page.raw as unknown as { on(e: "dialog", f: (d: { message(): string; dismiss(): Promise<void> }) => void): void };
    raw.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => {});
    });
    await page.goto(server.url(`${path}${path.includes("?") ? "&" : "?"}n=${++n}`));
    const tabId = await b.tabIdOf(page);
    // Let the live-page hider settle first (it answers get-state once started; two frames let its
    // last batch land), so "the page as it was" is the cleaned page, not one mid-way through hiding.
    await sendToTab(b, tabId, { type: "get-state" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return { page, tabId };
  }

  async function openReaderFromPopup(tabId: number): Promise<HarnessPage> {
    const popup = await openPopup(b, tabId);
    await popup.waitFor(() => !document.getElementById("reader")!.hidden);
    await popup.evaluate(() => document.getElementById("reader")!.click());
    return popup;
  }

  it("opens from the popup over the page, shows the article without clutter, and closes back to the page where it was", async () => {
    const { page, tabId } = await openArticle("/article.html");
    await page.evaluate(() => window.scrollTo(0, 250));
    const pageTextBefore = await page.innerText();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(100);

    const popup = await openReaderFromPopup(tabId);
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    const text = await frame.evaluate(() => document.body.innerText);
    expect(text).toContain("Petani Garam Madura Panen Lebih Awal Berkat Kemarau Panjang");
    expect(text).toContain("Siti Rahmawati");
    expect(text).toContain("Warta Contoh");
    for (const s of ARTICLE_SENTENCES) expect(text).toContain(s);
    for (const c of CLUTTER) expect(text).not.toContain(c);
    // The lazy image of the body shows its real picture, absolute on the article's server.
    const images = await frame.evaluate(() => Array.from(document.querySelectorAll("#content img")).map((i) => (i as HTMLImageElement).src));
    expect(images).toContain(server.url("/img/gudang.jpg"));
    // The lead photo (og:image) once.
    const lead = await frame.evaluate(() => Array.from(document.images).filter((i) => i.src.includes("lead-garam")).length);
    expect(lead).toBe(1);

    // The reader covers the page: what is under a point of the viewport is the reader, not the article.
    expect(await page.evaluate(() => document.elementFromPoint(200, 200)?.tagName.toLowerCase())).toBe("jernih-reader");

    // Close with the reader's own button: the page is back, as it was, where it was.
    await frame.evaluate(() => document.getElementById("close")!.click());
    await page.waitFor(() => !document.querySelector("jernih-reader"));
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await page.evaluate(() => document.body.inert)).toBe(false);
    // The page reads exactly as before (whatever Jernih's hider hid stays hidden, nothing else changed).
    expect(await page.innerText()).toBe(pageTextBefore);
    expect(pageTextBefore).toContain(ARTICLE_SENTENCES[0]);
    await popup.close();
    await page.close();
  });

  it("shows the date the page prints under its title when it states none for machines", async () => {
    const { page, tabId } = await openArticle("/date-line-only.html");
    expect(await page.evaluate(() => document.querySelector("time, meta[property='article:published_time']"))).toBeNull();
    const popup = await openReaderFromPopup(tabId);
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    const shown = await frame.evaluate(() => {
      const time = document.querySelector("#meta time") as HTMLTimeElement | null;
      return time && { instant: new Date(time.dateTime).toISOString(), visible: time.checkVisibility(), text: time.textContent };
    });
    // "Jumat, 14 Agustus 2026 09:30 WIB": 02:30 UTC.
    expect(shown).toEqual({ instant: "2026-08-14T02:30:00.000Z", visible: true, text: expect.stringContaining("2026") });
    await popup.close();
    await page.close();
  });

  it("toggles: the popup button opens and closes it, and says which it will do", async () => {
    const { page, tabId } = await openArticle("/article.html");
    const popup = await openReaderFromPopup(tabId);
    await page.waitFor(() => !!document.querySelector("jernih-reader"));
    await popup.waitFor(() => document.getElementById("reader")!.textContent === "Close reader view");
    await popup.evaluate(() => document.getElementById("reader")!.click());
    await page.waitFor(() => !document.querySelector("jernih-reader"));
    await popup.waitFor(() => document.getElementById("reader")!.textContent === "Reader view");
    await popup.close();
    await page.close();
  });

  it("remembers the look: a larger font and the dark theme stay for the next article", async () => {
    const { page, tabId } = await openArticle("/article.html");
    const popup = await openReaderFromPopup(tabId);
    let frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    const before = await frame.evaluate(() => parseFloat(getComputedStyle(document.getElementById("article")!).fontSize));
    await frame.evaluate(() => {
      document.getElementById("look")!.click();
      document.getElementById("larger")!.click();
      (document.querySelector('input[name="theme"][value="dark"]') as HTMLInputElement).click();
    });
    await waitInFrame(frame, () => document.documentElement.dataset.theme === "dark");
    const after = await frame.evaluate(() => parseFloat(getComputedStyle(document.getElementById("article")!).fontSize));
    expect(after).toBeGreaterThan(before);
    const darkBg = await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await frame.evaluate(() => document.getElementById("close")!.click());
    await page.waitFor(() => !document.querySelector("jernih-reader"));
    await popup.close();
    await page.close();

    const second = await openArticle("/article.html");
    const popup2 = await openReaderFromPopup(second.tabId);
    frame = await readerFrame(b, second.page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "" && document.documentElement.dataset.theme === "dark");
    expect(await frame.evaluate(() => parseFloat(getComputedStyle(document.getElementById("article")!).fontSize))).toBe(after);
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBg);
    // Back to the defaults for the other tests.
    await frame.evaluate(() => {
      document.getElementById("look")!.click();
      document.getElementById("smaller")!.click();
      (document.querySelector('input[name="theme"][value="system"]') as HTMLInputElement).click();
    });
    await waitInFrame(frame, () => document.documentElement.dataset.theme === "system");
    await popup2.close();
    await second.page.close();
  });

  it("opens over a page whose CSP forbids frames and inline styles", async () => {
    const { page, tabId } = await openArticle("/strict-csp.html");
    const popup = await openReaderFromPopup(tabId);
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    expect(await frame.evaluate(() => document.getElementById("content")!.innerText)).toContain(ARTICLE_SENTENCES[0]);
    expect(await page.evaluate(() => document.elementFromPoint(200, 200)?.tagName.toLowerCase())).toBe("jernih-reader");
    await popup.close();
    await page.close();
  });

  it("reads right-to-left articles right to left, in their language", async () => {
    const { page, tabId } = await openArticle("/rtl.html");
    const popup = await openReaderFromPopup(tabId);
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    const art = await frame.evaluate(() => {
      const a = document.getElementById("article")!;
      return { lang: a.lang, dir: a.dir, direction: getComputedStyle(document.getElementById("content")!).direction, text: a.innerText };
    });
    expect(art.lang).toBe("ar");
    expect(art.direction).toBe("rtl");
    expect(art.text).toContain("افتتحت البلدية يوم الأحد مكتبة عامة جديدة");
    expect(art.text).not.toContain("جميع الحقوق محفوظة");
    await popup.close();
    await page.close();
  });

  it("runs nothing from a page full of script payloads", async () => {
    dialogs.length = 0;
    const { page, tabId } = await openArticle("/xss.html");
    const popup = await openReaderFromPopup(tabId);
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    const text = await frame.evaluate(() => document.body.innerText);
    expect(text).toContain("Banjir rob kembali merendam permukiman warga");
    expect(text).toContain("Camat setempat memastikan tidak ada korban jiwa");
    // The title's markup is text, shown as text.
    expect(text).toContain("<img src=x onerror=alert('title')>");
    const found = await frame.evaluate(() => {
      const all = Array.from(document.querySelectorAll("*"));
      return {
        scripts: Array.from(document.scripts).map((s) => s.src.replace(location.origin, "")),
        handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}@${a.name}`)),
        badUrls: all.flatMap((el) =>
          ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "style"]
            .map((n) => el.getAttribute(n) ?? "")
            .filter((v) => /^\s*(?:javascript|vbscript|data:text)|javascript:/i.test(v)),
        ),
        // Anywhere: no frame, refresh, base or style element; in the article: no form control either.
        banned: [
          ...Array.from(document.querySelectorAll("iframe, frame, meta[http-equiv], object, embed, svg, math, base, style")),
          ...Array.from(document.getElementById("article")!.querySelectorAll("form, input, button, select, textarea")),
        ].map((el) => el.tagName),
      };
    });
    expect(found.scripts).toHaveLength(1); // the reader's own module, nothing else
    expect(found.scripts[0]).toMatch(/^\/src\/reader\/.*\.js$/);
    expect(found.handlers).toEqual([]);
    expect(found.badUrls).toEqual([]);
    expect(found.banned).toEqual([]);
    // Hover and click where the payloads were; give any payload the chance to run.
    await frame.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll("#content *"))) {
        el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        if (el.tagName !== "A") (el as HTMLElement).click();
      }
    });
    await frame.evaluate(() => document.getElementById("close")!.click());
    await page.waitFor(() => !document.querySelector("jernih-reader"));
    expect(dialogs).toEqual([]);
    expect(server.requests.filter((r) => r.startsWith("/pwned"))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it("has no serious accessibility violations (axe-core) in the reader", async () => {
    const { page, tabId } = await openArticle("/article.html");
    const popup = await openReaderFromPopup(tabId);
    const frame: FrameLike = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    await frame.evaluate(() => document.getElementById("look")!.click());
    const violations = await axeViolations(frame);
    expect(violations).toEqual([]);
    await popup.close();
    await page.close();
  });

  it("works from the keyboard: focus lands in the reader, its controls have names, Escape closes it", async () => {
    const { page, tabId } = await openArticle("/article.html");
    const popup = await openReaderFromPopup(tabId);
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    await page.bringToFront();
    await waitInFrame(frame, () => document.activeElement?.id === "main");
    // The toolbar's controls are buttons and links (reached with Tab), each with a visible name.
    const names = await frame.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>(".toolbar button:not([hidden]), .toolbar a:not([hidden])")).map((el) => el.innerText.trim()),
    );
    expect(names).toEqual(expect.arrayContaining(["Close reader view", "Copy as Markdown", "Print or save as PDF", "Original page"]));
    const keyboard = (page.raw as unknown as { keyboard: { press(key: string): Promise<void> } }).keyboard;
    await keyboard.press("Escape");
    await page.waitFor(() => !document.querySelector("jernih-reader"));
    expect(await page.evaluate(() => document.body.inert)).toBe(false);
    await popup.close();
    await page.close();
  });

  it("copies the article as Markdown", async () => {
    const { page, tabId } = await openArticle("/article.html");
    const popup = await openReaderFromPopup(tabId);
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    await page.bringToFront();
    const pw = page.raw as unknown as { context?(): { grantPermissions(p: string[], o: { origin: string }): Promise<void> } };
    // The clipboard is read back from the article's page (an extension origin cannot be granted it here).
    if (kind === "chromium" && pw.context) await pw.context().grantPermissions(["clipboard-read"], { origin: new URL(page.url()).origin });
    await frame.evaluate(() => document.getElementById("copy")!.click());
    await waitInFrame(frame, () => document.getElementById("status")!.textContent === "Copied as Markdown.");
    if (kind === "chromium") {
      // Close first: the page's document needs focus to read the clipboard.
      await frame.evaluate(() => document.getElementById("close")!.click());
      await page.waitFor(() => !document.querySelector("jernih-reader"));
      await page.bringToFront();
      await page.evaluate(() => window.focus());
      const md = await page.evaluate(() => navigator.clipboard.readText());
      expect(md).toMatch(/^# Petani Garam Madura Panen Lebih Awal Berkat Kemarau Panjang\n/);
      expect(md).toContain("Siti Rahmawati · Warta Contoh");
      expect(md).toContain(ARTICLE_SENTENCES[0]);
      expect(md).toContain("![Gudang garam rakyat](http://127.0.0.1:");
      for (const c of CLUTTER) expect(md).not.toContain(c);
    }
    await popup.close();
    await page.close();
  });

  it("prints the article alone: the print stylesheet hides the toolbar", async () => {
    const { page, tabId } = await openArticle("/article.html");
    const popup = await openReaderFromPopup(tabId);
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    const raw = page.raw as unknown as { emulateMedia?(o: { media: string }): Promise<void> };
    if (raw.emulateMedia) {
      // Chromium: print media emulated, the styles the printout gets.
      await raw.emulateMedia({ media: "print" });
      await waitInFrame(frame, () => matchMedia("print").matches);
      expect(await frame.evaluate(() => getComputedStyle(document.querySelector(".toolbar")!).display)).toBe("none");
      expect(await frame.evaluate(() => getComputedStyle(document.getElementById("title")!).display)).not.toBe("none");
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(255, 255, 255)");
      await raw.emulateMedia({ media: "screen" });
    } else {
      // Firefox over BiDi cannot emulate print media: check the stylesheet the printout would get.
      const printHides = await frame.evaluate(() =>
        Array.from(document.styleSheets).some((sheet) =>
          Array.from(sheet.cssRules).some(
            (r) =>
              r instanceof CSSMediaRule &&
              r.media.mediaText === "print" &&
              Array.from(r.cssRules).some((x) => x instanceof CSSStyleRule && x.selectorText.includes(".toolbar") && x.style.display === "none"),
          ),
        ),
      );
      expect(printHides).toBe(true);
    }
    await popup.close();
    await page.close();
  });

  it("opens by itself on a site set to 'always use the reader view'", async () => {
    const setAlways = (on: boolean) =>
      b.extensionEval(
        async ({ on, version }: { on: boolean; version: number }) => {
          const g = globalThis as unknown as ExtensionGlobals;
          const api = g.browser ?? g.chrome!;
          const local = (await api.storage.local.get("settings")).settings as Record<string, unknown> | undefined;
          const area = local ? api.storage.local : api.storage.sync;
          const current = ((await area.get("settings")).settings as { sites?: Record<string, unknown> } | undefined) ?? {
            version, categories: {}, sites: {}, customRules: [],
          };
          const sites: Record<string, unknown> = { ...(current.sites ?? {}) };
          if (on) sites["127.0.0.1"] = { enabled: true, alwaysReader: true };
          else delete sites["127.0.0.1"];
          await area.set({ settings: { ...current, sites } });
        },
        { on, version: SETTINGS_VERSION },
      );
    await setAlways(true);
    try {
      const { page } = await openArticle("/article.html");
      const frame = await readerFrame(b, page);
      await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
      expect(await frame.evaluate(() => document.getElementById("content")!.innerText)).toContain(ARTICLE_SENTENCES[0]);
      await page.close();
      // Not on a page that is not an article.
      const other = await openArticle("/not-article.html");
      await other.page.waitFor(() => document.readyState === "complete");
      const summary = await sendToTab(b, other.tabId, { type: "article-summary" });
      expect(summary).toMatchObject({ readerOpen: false });
      await other.page.close();
    } finally {
      await setAlways(false);
    }
  });
});
