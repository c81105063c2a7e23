/**
 * The shapes that look at their own candidates (a class word, a marked link, a button, a player,
 * a paragraph), not at the link counts: run the same way at DOMContentLoaded (LoadingShapes.finish)
 * and on what scripts add (shapeHits), so the two paths cannot drift apart.
 */
import type { Category, Hit } from "../types.ts";
import { adjacentPostHits } from "./adjacent-posts.ts";
import { appPlugHits } from "./app-plugs.ts";
import { appealHits } from "./appeals.ts";
import { ctaBoxHits } from "./call-to-action.ts";
import { hashtagLineHits } from "./hashtag-lines.ts";
import { inviteHits } from "./invites.ts";
import type { Keep } from "./keep.ts";
import { playerBoxHits } from "./player-boxes.ts";
import { pushPromptHits } from "./push-prompts.ts";
import { reactionHits } from "./reactions.ts";
import { relatedLinkHits } from "./related-links.ts";
import { shareButtonHits } from "./share-buttons.ts";
import { signupFormHits } from "./signup-forms.ts";
import { slotHits } from "./slots.ts";

export function namedBlockHits(root: Element | Document, keep: Keep, categories: ReadonlySet<Category>): Hit[] {
  const hits: Hit[] = [];
  if (categories.has("promo") || categories.has("related")) hits.push(...slotHits(root, keep, categories));
  if (categories.has("related")) hits.push(...relatedLinkHits(root, keep), ...adjacentPostHits(root, keep));
  if (categories.has("promo")) {
    hits.push(...ctaBoxHits(root, keep), ...playerBoxHits(root, keep), ...hashtagLineHits(root, keep), ...signupFormHits(root, keep), ...pushPromptHits(root, keep), ...appealHits(root, keep), ...appPlugHits(root, keep));
  }
  if (categories.has("social")) hits.push(...inviteHits(root, keep), ...shareButtonHits(root, keep));
  if (categories.has("comments")) hits.push(...reactionHits(root, keep));
  return hits;
}
