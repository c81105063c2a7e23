/**
 * Every message between the parts, as one discriminated union per direction. Receivers validate
 * with `isMessage` before acting: a web page cannot post into these channels, but a malformed
 * message from a stale content script must not crash the receiver either.
 */
import type { Removal } from "../core/types.ts";

/** Sent to the content script of one tab (popup → content, background → content). */
export type ContentRequest =
  | { type: "get-state" }
  | { type: "reveal"; reveal: boolean }
  | { type: "settings-changed" };

/** What the content script knows about its page. */
export interface PageState {
  url: string;
  isArticle: boolean;
  /** Hidden elements on the live page, by category. */
  hidden: Record<string, number>;
  revealed: boolean;
  removed?: Removal[];
}

/** Sent to the background (content → background). */
export type BackgroundRequest = { type: "hidden-count"; count: number };

const TYPES = new Set(["get-state", "reveal", "settings-changed", "hidden-count"]);

export function isMessage(m: unknown): m is ContentRequest | BackgroundRequest {
  return typeof m === "object" && m !== null && TYPES.has((m as { type?: unknown }).type as string);
}
