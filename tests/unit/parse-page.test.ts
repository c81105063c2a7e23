/**
 * The CLI's parse (src/cli/parse-page.ts): a window-less document, so jsdom parses no stylesheet,
 * with the same tree as `new JSDOM(markup)` and the same Readability article. On every fixture
 * page of tests/fixtures, and on a spread of the corpus pages (read in place) where they are here.
 */
import { Readability } from "@mozilla/readability";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { loadDocument, reparse } from "../../src/cli/load.ts";
import { parsePage } from "../../src/cli/parse-page.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []);
}
/** Every 40th corpus page, so each set and size is represented without parsing hundreds of pages twice. */
const corpusSample = existsSync(CORPUS)
  ? readdirSync(CORPUS).flatMap((set) => (existsSync(join(CORPUS, set, "pages")) ? htmlFiles(join(CORPUS, set, "pages")) : [])).sort().filter((_, i) => i % 40 === 0)
  : [];

const URL_OF_PAGE = "https://news.example/2026/11/berita.html";
const jsdomOf = (markup: string) => new JSDOM(markup, { url: URL_OF_PAGE, virtualConsole: new VirtualConsole() });

describe("parsePage", () => {
  it("parses no stylesheet, where a JSDOM of the same markup parses each <style>", () => {
    const markup = "<!doctype html><html><head><style>.a{color:red}</style><style>p{margin:0}</style></head><body><p class=a>Teks</p></body></html>";
    const page = parsePage(markup, URL_OF_PAGE);
    const dom = jsdomOf(markup);
    expect(page.document.querySelectorAll("style")).toHaveLength(2);
    expect(page.document.styleSheets).toHaveLength(0);
    expect(dom.window.document.styleSheets).toHaveLength(2); // the control: what the plain parse does
    page.close();
    dom.window.close();
  });

  it("resolves the page's links against its address, and reads inline style as before", () => {
    const page = parsePage('<p><a href="../lain.html">lain</a><img src="/foto.jpg"><span style="display:none">x</span></p>', URL_OF_PAGE);
    expect(page.document.URL).toBe(URL_OF_PAGE);
    expect((page.document.querySelector("a") as HTMLAnchorElement).href).toBe("https://news.example/2026/lain.html");
    expect((page.document.querySelector("img") as HTMLImageElement).src).toBe("https://news.example/foto.jpg");
    expect((page.document.querySelector("span") as HTMLElement).style.display).toBe("none");
    page.close();
  });

  it("runs no script of the page and parses <noscript> as elements, as the plain parse does", () => {
    const markup = '<body><script>document.body.setAttribute("ran", "1")</script><noscript><img src="x.jpg"></noscript></body>';
    const page = parsePage(markup, URL_OF_PAGE);
    expect(page.document.body.hasAttribute("ran")).toBe(false);
    expect(page.document.querySelector("noscript img")).not.toBeNull();
    page.close();
  });

  it("a fresh copy of a loaded page (for extract's retry) is the page as it was parsed, at its address", async () => {
    const file = join(FIXTURES, "live/news/medcom-style.html");
    const page = await loadDocument(file, URL_OF_PAGE);
    const before = page.document.documentElement.outerHTML;
    page.document.body.replaceChildren(); // what extract does to a handed-over page, and worse
    const copy = reparse(page);
    expect(copy.documentElement.outerHTML).toBe(before);
    expect(copy.URL).toBe(URL_OF_PAGE);
    expect(copy.styleSheets).toHaveLength(0);
    page.close();
  });

  const pages = [...htmlFiles(FIXTURES), ...corpusSample];
  it.each(pages.map((f) => [f.replace(/^.*\/(fixtures|corpus)\//, "$1/"), f]))("%s: the same tree and the same Readability article", (_name, file) => {
    const markup = readFileSync(file, "utf8");
    const page = parsePage(markup, URL_OF_PAGE);
    const dom = jsdomOf(markup);
    expect(page.document.documentElement.outerHTML).toBe(dom.window.document.documentElement.outerHTML);
    expect(new Readability(page.document).parse()).toEqual(new Readability(dom.window.document).parse());
    page.close();
    dom.window.close();
  });
});
