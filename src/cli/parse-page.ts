/**
 * How the CLI parses a page: into a document of jsdom's DOMParser, beside an empty window.
 *
 * Why not `new JSDOM(markup)`: a document with a browsing context gets a CSS object model — jsdom
 * parses every <style> of the page into a stylesheet as it is inserted (and drops it again when the
 * element is removed) — and news pages carry tens of kilobytes of CSS. A document from DOMParser has
 * no browsing context, so jsdom parses no stylesheet for it: about 40 % less parse time on the
 * corpus pages (`npm run bench`), and the same tree: tests/unit/parse-page.test.ts compares the
 * tree and Readability's article with a JSDOM parse on the fixture pages and a spread of the corpus.
 * Nothing reads the stylesheets: the extraction judges visibility by inline style and attributes
 * only, as Readability does. Scripting is off either way (jsdom runs no page script unless asked;
 * <noscript> content is parsed as elements in both). The page's address comes from the window, so
 * relative links resolve as before; the window is also what DOMPurify and `close()` need.
 */
import { JSDOM, VirtualConsole, type DOMWindow } from "jsdom";

export interface Page {
  document: Document;
  /** The window beside the document: its DOMPurify, its DOMParser. */
  window: DOMWindow;
  /** The markup the document was parsed from: for a fresh copy of the page as it was (./load.ts, reparse). */
  markup: string;
  /** Frees the page; jsdom keeps a window's memory until it is closed (a batch of thousands needs this). */
  close(): void;
}

export function parsePage(markup: string, url = "about:blank"): Page {
  // Pages' own console noise is not ours to print.
  const dom = new JSDOM("", { url, virtualConsole: new VirtualConsole() });
  const document = new dom.window.DOMParser().parseFromString(markup, "text/html") as unknown as Document;
  return { document, window: dom.window, markup, close: () => dom.window.close() };
}
