/**
 * A web page cannot drive the extension: messages between the parts are validated by shape before
 * anyone acts on them, and no part listens on the page-reachable window "message" channel at all.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isMessage } from "../../src/shared/messages.ts";

describe("isMessage", () => {
  it.each([
    [{ type: "get-state" }],
    [{ type: "reveal", reveal: true }],
    [{ type: "reveal", reveal: false }],
    [{ type: "settings-changed" }],
    [{ type: "hidden-count", count: 0 }],
    [{ type: "hidden-count", count: 12 }],
    [{ type: "reader-toggle" }],
    [{ type: "reader-toggle", open: true }],
    [{ type: "reader-article" }],
    [{ type: "article-summary" }],
    [{ type: "start-picker" }],
    [{ type: "reader-load" }],
    [{ type: "reader-close" }],
    [{ type: "selector-count", selector: ".iklan" }],
    [{ type: "hide-css", css: ".a{display:none!important}", previous: null }],
    [{ type: "hide-css", css: null, previous: ".a{}" }],
    [{ type: "page-plan", url: "https://example.com/a", sheet: "full", previous: null, insert: true }],
    [{ type: "page-plan", url: "https://example.com/a", sheet: "custom", previous: ".a{}", insert: false }],
    [{ type: "sheet-failed", css: ".a{display:none!important}" }],
    [{ type: "reader-toggle", open: true, auto: true }],
    [{ type: "reader-auto-open" }],
  ])("accepts the real message %j", (m) => {
    expect(isMessage(m)).toBe(true);
  });

  it.each([
    [null], [undefined], ["get-state"], [42], [[{ type: "get-state" }]], [{}],
    [{ type: "GET-STATE" }], [{ type: "eval", code: "alert(1)" }], [{ type: ["reveal"] }], [{ type: { toString: (): string => "reveal" } }],
    [{ type: "__proto__" }], [{ type: "constructor" }], [{ type: "toString" }],
  ])("rejects a message of unknown type %j", (m) => {
    expect(isMessage(m)).toBe(false);
  });

  it.each([
    [{ type: "reveal" }],
    [{ type: "reveal", reveal: "true" }],
    [{ type: "reveal", reveal: 1 }],
    [{ type: "hidden-count" }],
    [{ type: "hidden-count", count: -1 }],
    [{ type: "hidden-count", count: 1.5 }],
    [{ type: "hidden-count", count: "9" }],
    [{ type: "hidden-count", count: Number.NaN }],
    [{ type: "hidden-count", count: Infinity }],
    [{ type: "reader-toggle", open: "yes" }],
    [{ type: "selector-count" }],
    [{ type: "selector-count", selector: 5 }],
    [{ type: "selector-count", selector: "a".repeat(1_000_001) }],
    [{ type: "hide-css", css: { toString: (): string => "*{}" }, previous: null }],
    [{ type: "hide-css", css: 1, previous: null }],
    [{ type: "page-plan", sheet: "full", previous: null, insert: true }],
    [{ type: "page-plan", url: "https://example.com/a", sheet: "full", previous: null }],
    [{ type: "sheet-failed" }],
    [{ type: "sheet-failed", css: null }],
    [{ type: "page-plan", url: "https://example.com/a", sheet: "all", previous: null }],
    [{ type: "page-plan", url: "https://example.com/a", sheet: "full", previous: 3 }],
    [{ type: "reader-toggle", open: true, auto: "yes" }],
  ])("rejects a known type with the wrong shape %j", (m) => {
    expect(isMessage(m)).toBe(false);
  });
});

describe("no part of the extension listens to the page", () => {
  const SRC = resolve(import.meta.dirname, "../../src");
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.(ts|html)$/.test(f) ? [p] : [];
    });

  it("has no window 'message' listener (postMessage from a page reaches nothing)", () => {
    const listeners = files(SRC).filter((f) =>
      /addEventListener\(\s*["'`]message["'`]|\bonmessage\s*=|\.onmessage\b/.test(readFileSync(f, "utf8")));
    expect(listeners).toEqual([]);
  });

  it("has no externally_connectable entry and no onMessageExternal listener", () => {
    const manifest = readFileSync(resolve(SRC, "../manifest.json"), "utf8");
    expect(manifest).not.toMatch(/externally_connectable/);
    const external = files(SRC).filter((f) => /onMessageExternal|onConnectExternal/.test(readFileSync(f, "utf8")));
    expect(external).toEqual([]);
  });
});
