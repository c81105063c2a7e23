/**
 * A player that starts on its own, muted, in a small box below the article (→ promo): the site's
 * video network pushing its own streams ("Live Streaming" over an embedded live player and one link
 * to the stream's page, a "Streaming Video …" box after the story). An article's own embedded video
 * waits for a click; a player that plays itself without sound is there to be seen, not read.
 */
import type { Hit } from "../types.ts";
import { fitsIn, holdsProse } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { MAX_LOOSE_IN_ARTICLE } from "./headline-lists.ts";
import { holdsMark, onArticleLine, type Keep } from "./keep.ts";

/** The embed's own address asks to start at once and without sound: "?autoplay=true&mute=true", "&autoplay=1&muted=1". */
const AUTOPLAY = /[?&](?:autoplay|auto_play|autostart)=(?:1|true)(?:&|$)/i;
const MUTED = /[?&](?:mute|muted)=(?:1|true)(?:&|$)/i;
/** A title, a "powered by" line and one link to the stream's page: never a paragraph. */
const MAX_BOX_TEXT = 160;
/** Levels above the player a box is looked for: player wrapper, box, a header row at most. */
const MAX_UP = 4;

function autoplaysMuted(frame: Element): boolean {
  const src = frame.getAttribute("src") ?? "";
  return AUTOPLAY.test(src) && MUTED.test(src);
}

/**
 * Each such player after the article (never the lead media above it, never inside it), with the
 * outermost block around it that holds at most one link, a short title and nothing the page keeps.
 */
export function playerBoxHits(root: Element | Document, keep: Keep): Hit[] {
  const article = keep.article;
  if (!article) return [];
  const hits: Hit[] = [];
  for (const frame of Array.from(root.getElementsByTagName("iframe"))) {
    // After the article in document order: a video that leads the story stays with its title.
    if (!(article.compareDocumentPosition(frame) & 4 /* DOCUMENT_POSITION_FOLLOWING */) || article.contains(frame)) continue;
    if (!autoplaysMuted(frame)) continue;
    let box: Element | null = null;
    for (let e = frame.parentElement, up = 0; e && up < MAX_UP && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
      if (e.getElementsByTagName("a").length > 1 || holdsMark(e, keep) || onArticleLine(e, keep) || inFrame(e)) break;
      if (!fitsIn(e, MAX_BOX_TEXT) || holdsProse(e, MAX_LOOSE_IN_ARTICLE)) break;
      box = e;
    }
    if (box) hits.push({ el: box, category: "promo", rule: "shape:promo:player-box" });
  }
  return hits;
}
