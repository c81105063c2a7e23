/**
 * The guard in front of the CLI's extraction: a saved page's bytes to a parsed, checked document.
 * Hostile input (issue 7, src/core/guard.ts): empty or binary files, huge or absurdly deep pages and
 * framesets get a clear ExtractError instead of a hang or a stack overflow.
 */
import { readFile } from "node:fs/promises";
import { checkBytes, guardDocument, slimMarkup } from "../core/guard.ts";
import { decodePage } from "./decode.ts";
import { capDepth } from "./deep-markup.ts";
import { parsePage, type Page } from "./parse-page.ts";

export async function loadDocument(file: string, url?: string): Promise<Page> {
  const bytes = await readFile(file);
  checkBytes(bytes);
  const page = parsePage(capDepth(slimMarkup(decodePage(bytes))), url);
  try {
    guardDocument(page.document);
  } catch (e) {
    page.close();
    throw e;
  }
  return page;
}

/**
 * A new document of the same page (as it was parsed, whatever was done to it since), beside the
 * page's own window: it lives and goes with the page.
 */
export function reparse(page: Page): Document {
  // The window carries the page's address: the copy resolves links as the page does.
  const doc = new page.window.DOMParser().parseFromString(page.markup, "text/html") as unknown as Document;
  guardDocument(doc); // passed once already; it also groups a flat container's children again
  return doc;
}
