/**
 * A page of 10 000 sibling elements (issue 7): jsdom counts a child's siblings after every change,
 * so Readability's per-child edits were quadratic there (10 000 <div>s: ~90 s). guardDocument groups
 * such a container's children; the CLI then answers, with an article or a clear error. No timed
 * assertion: the grouping itself is checked, and the generous timeout only turns a hang into a failure.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { guardDocument, LIMITS } from "../../src/core/guard.ts";

const HANG = 120_000;
const flat = (n: number, item: (i: number) => string) =>
  `<!doctype html><html><head><title>A very long flat page</title></head><body>${Array.from({ length: n }, (_, i) => item(i)).join("\n")}</body></html>`;
const SENTENCE = (i: number) => `Paragraph ${i} tells of the river, the rain and the long harvest that the village waited for all year.`;

/** The most element children any element of the document has. */
function widest(doc: Document): number {
  let most = 0;
  const walker = doc.createTreeWalker(doc.documentElement, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) most = Math.max(most, (n as Element).childElementCount);
  return most;
}

const dir = mkdtempSync(join(tmpdir(), "jernih-flat-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a page of 10 000 sibling elements", () => {
  it("has its flat container grouped before extraction, text and order unchanged", () => {
    const doc = new JSDOM(flat(10_000, (i) => `<div>Item ${i}</div>`)).window.document;
    const text = doc.body.textContent;
    expect(widest(doc)).toBe(10_000);
    guardDocument(doc);
    expect(widest(doc)).toBeLessThanOrEqual(LIMITS.maxChildren);
    expect(doc.body.textContent).toBe(text);
    expect(doc.body.getElementsByTagName("div").length).toBeGreaterThan(10_000); // the items, inside their groups
  });

  it("leaves a container under the limit as it is", () => {
    const html = flat(LIMITS.maxChildren, (i) => `<li>Item ${i}</li>`).replace("<body>", "<body><ul>").replace("</body>", "</ul></body>");
    const doc = new JSDOM(html).window.document;
    const before = doc.documentElement.outerHTML;
    guardDocument(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("gets a clear answer from the CLI: 10 000 <div> lines are no article, 10 000 paragraphs are one", async () => {
    const lines = join(dir, "divs.html");
    const paragraphs = join(dir, "paragraphs.html");
    writeFileSync(lines, flat(10_000, (i) => `<div>Item ${i}</div>`));
    writeFileSync(paragraphs, flat(10_000, (i) => `<p>${SENTENCE(i)}</p>`));
    let out = "";
    const code = await main(["extract", "--jsonl", lines, paragraphs], { write: (s) => void (out += s) }, { write: () => {} });
    const rows = out.trim().split("\n").map((l) => JSON.parse(l) as { file: string; error?: string; text?: string });
    expect(code).toBe(1);
    expect(rows[0]!.error).toMatch(/no article found on this page: only short lines/);
    expect(rows[1]!.error).toBeUndefined();
    expect(rows[1]!.text).toContain(SENTENCE(0));
    expect(rows[1]!.text).toContain(SENTENCE(9_999));
  }, HANG);
});
