/**
 * The CLI's answers to what the engine asks of its host (src/core/host.ts): where jsdom is slow or
 * lacks what a browser has, for one parsed page.
 */
import type { ExtractHost } from "../core/host.ts";
import { sanitizeArticleElement } from "../core/sanitize.ts";
import { reparse } from "./load.ts";
import type { Page } from "./parse-page.ts";
import { walkTagQueries } from "./tag-query.ts";

/**
 * `handOver`: the page's document was parsed for this one extraction, so it is the working copy
 * itself (no deep copy of the page to pay for) and is left changed; the rare retry gets the page
 * parsed again. Without it, documents are copied.
 */
export function jsdomHost(page: Page, o: { handOver?: boolean } = {}): ExtractHost {
  return {
    workingCopy: (doc, retry) => {
      if (!o.handOver || doc !== page.document) return doc.cloneNode(true) as Document;
      return retry ? reparse(page) : doc;
    },
    // jsdom's selector engine is slow for one tag: Readability's one-tag queries from the DOM's index.
    prepareReadability: walkTagQueries,
    // Every HTML the CLI prints passes the reader view's strict sanitiser: in place, on the article
    // element (no second parse of the article). The page's own window: the element belongs to it.
    serialize: (root) => sanitizeArticleElement(root, page.window),
  };
}
