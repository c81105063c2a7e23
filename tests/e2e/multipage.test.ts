/**
 * Split articles in the reader view, in real browsers: the three pages of an article (served from
 * 127.0.0.1; in Chromium under the site's real host name) read as one with a visible "3 pages
 * joined" note; a loop of "next" links stops; kompas' `?page=all` address is used when offered.
 */
import { readFileSync } from "node:fs";
import type http from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, launch, requireBuild, sendToTab, startServer, type ExtensionBrowser, type HarnessPage, type TestServer } from "./harness/index.ts";
import { readerFrame, waitInFrame } from "./reader-helpers.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/multipage");
const JPNN = "https://www.jpnn.com/news/warga-desa-bangun-pembangkit-listrik-tenaga-mikrohidro";
const KOMPAS = "https://money.kompas.com/read/2024/10/21/081500226/nelayan-pantura-beralih-ke-mesin-perahu-listrik";
const SPLIT = "/news/warga-desa-bangun-pembangkit-listrik-tenaga-mikrohidro";
const LOOP = "/news/warga-desa-bangun-pembangkit-listrik-tenaga-mikrohidro-loop";
const KOMPAS_PATH = new URL(KOMPAS).pathname;

/** Serves `dir/page-<n>.html` for `?page=n` (page 1 without), its links pointed at this server's address. */
function pagesOf(dir: string, from: string, path: string, pick: (q: URLSearchParams) => string) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const q = new URL(req.url ?? "/", "http://x").searchParams;
    const proto = (req.socket as { encrypted?: boolean }).encrypted ? "https" : "http";
    const html = readFileSync(join(FIXTURES, dir, pick(q)), "utf8").replaceAll(from, `${proto}://${req.headers.host}${path}`);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(html);
  };
}
const numbered = (q: URLSearchParams) => `page-${/^[23]$/.test(q.get("page") ?? "") ? q.get("page") : "1"}.html`;

const IN_ORDER = ["Warga Desa Cikondang di Kabupaten Garut", "menghasilkan listrik sekitar 20 kilowatt", "hutan di hulu adalah sumber air"];

describe.each(BROWSERS)("split articles in the reader view, %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  // Chromium loads the pages under their real host names; Firefox cannot map host names here.
  const realHosts = kind === "chromium";

  beforeAll(async () => {
    requireBuild();
    server = await startServer({
      root: FIXTURES,
      routes: {
        [SPLIT]: pagesOf("split", JPNN, SPLIT, numbered),
        [LOOP]: pagesOf("loop", JPNN, LOOP, numbered),
        [KOMPAS_PATH]: pagesOf("all", KOMPAS, KOMPAS_PATH, (q) => (q.get("page") === "all" ? "page-all.html" : "page-1.html")),
      },
    });
    b = await launch(kind, realHosts ? { mapAllHostsToPort: server.port } : {});
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const address = (real: string, path: string) => (realHosts ? `${new URL(real).origin}${path}` : server.url(path));

  async function readerText(url: string): Promise<{ page: HarnessPage; text: string; note: string }> {
    const page = await b.newPage();
    await page.goto(url);
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "reader-toggle", open: true });
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => !!document.getElementById("pages-note") && document.getElementById("title")!.textContent !== "", 45_000);
    const [text, note] = await frame.evaluate(() => [
      (document.getElementById("content") as HTMLElement).innerText,
      (document.getElementById("pages-note") as HTMLElement).innerText,
    ]);
    return { page, text: text.replace(/\s+/g, " "), note };
  }

  it("shows all three pages of a split article as one, with a note of how many were joined", async () => {
    const { page, text, note } = await readerText(address(JPNN, SPLIT));
    const at = IN_ORDER.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0), text).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(note).toMatch(/^3 (pages joined|halaman digabung)$/);
    expect(text).not.toMatch(/BACA JUGA|Berikutnya|Harga Turbin Mikrohidro/);
    await page.close();
  });

  it("stops at a loop of next links", async () => {
    const before = server.requests.filter((p) => p === LOOP).length;
    const { page, text, note } = await readerText(address(JPNN, LOOP));
    expect(note).toMatch(/^3 (pages joined|halaman digabung)$/);
    expect(text).toContain("hutan di hulu adalah sumber air");
    // Page one by the browser, pages two and three once each by the reader: the loop back to two is not fetched.
    expect(server.requests.filter((p) => p === LOOP).length - before).toBe(3);
    await page.close();
  });

  it.runIf(realHosts)("uses kompas' all-on-one-page address", async () => {
    const { page, text, note } = await readerText(KOMPAS);
    expect(note).toMatch(/^2 (pages joined|halaman digabung)$/);
    expect(text).toContain("stasiun pengisian di tiga dermaga lain");
    expect(text).not.toMatch(/Tampilkan Semua|Selanjutnya/);
    await page.close();
  });
});
