/**
 * One jsdom window for the sanitiser for the whole run: DOMPurify is set up once per window
 * (~2 ms a page when each page's own window was used), and it only needs a DOMParser to parse
 * the article's HTML into.
 */
import { JSDOM } from "jsdom";

let win: JSDOM["window"] | null = null;

export function sanitizerWindow(): JSDOM["window"] {
  return (win ??= new JSDOM("").window);
}
