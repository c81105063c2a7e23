/**
 * What a page shows, read in the page, for the live-page hider's tests on fixtures annotated with
 * `data-clutter` (must go), `data-para` and `data-keep` (must stay): see tests/fixtures/live/README.md.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { expect } from "vitest";
import { FIXTURES_LIVE, type HarnessPage } from "./harness/index.ts";

export interface Block {
  expected: string;
  text: string;
  visible: boolean;
  /** Category of the outermost element the hider marked for this block (itself or a box around it), or null. */
  marked: string | null;
  /** Text of what must stay that the marked element holds too ("" when none). */
  takesAlong: string;
  /** The marked element and the rule that marked it, e.g. `div#wrapper by shape:related:headline-list`. */
  markedBy: string;
}

export interface Kept {
  text: string;
  visible: boolean;
  /** Texts and images inside it that are not shown. */
  hiddenParts: string[];
}

export interface Seen {
  clutter: Block[];
  kept: Kept[];
  /** Outermost elements the hider marked, with their category. */
  marked: { category: string; text: string; forClutter: boolean }[];
  text: string;
}

export function look(page: HarnessPage): Promise<Seen> {
  return page.evaluate(() => {
    const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
    const KEEP = "[data-keep], [data-para]";
    const clutterEls = Array.from(document.querySelectorAll("[data-clutter]"));
    const outermost = Array.from(document.querySelectorAll("[data-jernih-hidden]")).filter((el) => !el.parentElement?.closest("[data-jernih-hidden]"));
    return {
      clutter: clutterEls.map((el) => {
        // The outermost block the hider marked around it (itself included): what the reader loses with it.
        let owner: Element | null = null;
        for (let e: Element | null = el; e; e = e.parentElement) if (e.hasAttribute("data-jernih-hidden")) owner = e;
        return {
          expected: el.getAttribute("data-clutter") ?? "",
          text: norm(el.textContent),
          visible: el.checkVisibility(),
          marked: owner?.getAttribute("data-jernih-hidden") ?? null,
          takesAlong: owner ? Array.from(owner.querySelectorAll(KEEP)).map((k) => norm(k.textContent).slice(0, 60)).join(" | ") : "",
          markedBy: owner ? `${owner.tagName.toLowerCase()}${owner.id ? `#${owner.id}` : ""}${owner.classList.length ? `.${Array.from(owner.classList).join(".")}` : ""} by ${owner.getAttribute("data-jernih-rule")}` : "",
        };
      }),
      kept: Array.from(document.querySelectorAll(KEEP)).map((el) => {
        const hiddenParts: string[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (norm(n.textContent) && !n.parentElement!.closest("script, style") && !n.parentElement!.checkVisibility()) hiddenParts.push(norm(n.textContent));
        }
        for (const img of Array.from(el.querySelectorAll("img"))) if (!img.checkVisibility()) hiddenParts.push(`<img ${img.getAttribute("src")}>`);
        return { text: norm(el.textContent), visible: el.checkVisibility(), hiddenParts };
      }),
      marked: outermost.map((el) => ({
        category: el.getAttribute("data-jernih-hidden") ?? "",
        text: norm(el.textContent).slice(0, 80),
        forClutter: clutterEls.some((c) => el === c || el.contains(c)),
      })),
      text: norm(document.body.innerText),
    };
  });
}

/** Every clutter block hidden with its category and gone from the text; everything that must stay shown whole. */
export function expectClean(seen: Seen): void {
  expect(seen.kept.length).toBeGreaterThan(0);
  for (const c of seen.clutter) {
    expect({ text: c.text, visible: c.visible, marked: c.marked, takesAlong: c.takesAlong }, c.markedBy)
      .toEqual({ text: c.text, visible: false, marked: c.expected, takesAlong: "" });
    if (c.text) expect(seen.text).not.toContain(c.text.slice(0, 40)); // (an icon button has no text to look for)
  }
  for (const k of seen.kept) {
    expect({ text: k.text.slice(0, 80), visible: k.visible, hiddenParts: k.hiddenParts }).toEqual({ text: k.text.slice(0, 80), visible: true, hiddenParts: [] });
  }
  // Nothing else is hidden: every block the hider marked is (or holds) an annotated clutter block.
  expect(seen.marked.filter((m) => !m.forClutter)).toEqual([]);
}

/** What the popup's counts should be: one per marked block, by its category. */
export function countsOf(seen: Seen): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of seen.marked) counts[m.category] = (counts[m.category] ?? 0) + 1;
  return counts;
}

/**
 * A slow page: the fixture `path` (under tests/fixtures/live) is sent in parts, cut where it says
 * `<!-- jernih-test:pause`, with a pause before each part, so the browser parses, runs scripts and
 * paints frames in between.
 */
export function streamed(path: string, pauseMs: number) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const parts = readFileSync(`${FIXTURES_LIVE}/${path}`, "utf8").split(/(?=<!-- jernih-test:pause)/);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    let i = 0;
    const next = () => {
      res.write(parts[i++]);
      if (i < parts.length) setTimeout(next, pauseMs);
      else res.end();
    };
    next();
  };
}
