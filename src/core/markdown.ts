/**
 * An article as Markdown, for the reader's "Copy as Markdown": a heading, one line of who/where/when,
 * the source link, then the body through Turndown. Give it SANITISED html (the reader's own): Turndown
 * copies link and image URLs as they are.
 */
import TurndownService from "turndown";
import type { Article } from "./types.ts";
import { httpUrl } from "./url.ts";

export type MarkdownHeader = Pick<Article, "title" | "byline" | "siteName" | "publishedTime" | "url" | "leadImage">;

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (service) return service;
  const t = new TurndownService({
    headingStyle: "atx",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "*",
    hr: "---",
  });
  // Things that have no meaning in Markdown are dropped rather than dumped as text.
  t.remove(["script", "style", "noscript", "template", "iframe", "object", "embed", "button", "form"] as never);
  // A figure's caption goes under its image as its own paragraph, in italics.
  t.addRule("figcaption", {
    filter: "figcaption",
    replacement: (content) => (content.trim() ? `\n\n*${content.trim()}*\n\n` : ""),
  });
  // Only links a reader can follow survive as links; the rest become their text.
  t.addRule("plain-links", {
    filter: (node) => node.nodeName === "A" && !/^(?:https?:|mailto:)/i.test(node.getAttribute("href") ?? ""),
    replacement: (content) => content,
  });
  service = t;
  return t;
}

/** Escapes Markdown punctuation in a line of plain text (a title, a byline). */
export function escapeMarkdown(text: string): string {
  return turndown().escape(text.replace(/\s+/g, " ").trim());
}


/** `<url>` form needs no escaping except for the angle brackets and spaces themselves. */
const angle = (url: string) => `<${url.replace(/[<> ]/g, encodeURIComponent)}>`;

export interface MarkdownOptions {
  /** Include the lead image (when the body does not already show it). Default false. */
  leadImage?: boolean;
  /** How a date is written; default: the ISO-ish string as the page gave it. */
  formatDate?: (iso: string) => string;
}

export function articleToMarkdown(header: MarkdownHeader, safeHtml: string, opts: MarkdownOptions = {}): string {
  const parts: string[] = [`# ${escapeMarkdown(header.title || "Untitled")}`];
  const date = header.publishedTime ? (opts.formatDate?.(header.publishedTime) ?? header.publishedTime) : null;
  const meta = [header.byline, header.siteName, date].filter((x): x is string => !!x && !!x.trim());
  if (meta.length) parts.push(meta.map(escapeMarkdown).join(" · "));
  const url = httpUrl(header.url);
  if (url) parts.push(`Source: ${angle(url)}`);
  const lead = opts.leadImage ? httpUrl(header.leadImage?.src) : null;
  if (lead) {
    parts.push(`![${escapeMarkdown(header.leadImage?.alt ?? "")}](${angle(lead)})`);
    if (header.leadImage?.caption) parts.push(`*${escapeMarkdown(header.leadImage.caption)}*`);
  }
  const body = safeHtml.trim() ? turndown().turndown(safeHtml).trim() : "";
  if (body) parts.push(body);
  return parts.join("\n\n").replace(/\n{3,}/g, "\n\n") + "\n";
}
