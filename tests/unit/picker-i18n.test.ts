/**
 * Every string the picker shows (src/content/picker/*.ts) goes through the one i18n module
 * (src/ui/i18n.ts: `t(key, English fallback, subs)`): each key exists in _locales/en and _locales/id,
 * and the English written in the code is the English of _locales/en, so a browser that cannot look a
 * message up shows the same words. Placeholders ($COUNT$ in the locales) are `$1` in the fallback.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dir = resolve(root, "src/content/picker");
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(resolve(root, `_locales/${lang}/messages.json`), "utf8"));
const en = load("en");
const id = load("id");

const sources = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => ({ file: f, text: readFileSync(resolve(dir, f), "utf8") }));
/** Every t("key" …) call, and those written t("key", "English" …). */
const calls = sources.flatMap(({ file, text }) => [...text.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => `${file}: ${m[1]}`));
const withFallback = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/\bt\(\s*"([^"]+)",\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => ({ at: `${file}: ${m[1]}`, key: m[1]!, fallback: JSON.parse(`"${m[2]}"`) as string })));

/** The English message with its named placeholders written as the `$1` … they stand for. */
function english(key: string): string | undefined {
  const m = en[key];
  if (!m) return undefined;
  return Object.entries(m.placeholders ?? {}).reduce((s, [name, p]) => s.replaceAll(`$${name.toUpperCase()}$`, p.content), m.message);
}

describe("the picker's strings", () => {
  it("the scan finds the picker's strings (the panel's buttons, the hint, the count, the outcome)", () => {
    const keys = new Set(withFallback.map((c) => c.key));
    for (const k of ["picker_hide", "picker_keep", "picker_wider", "picker_narrower", "picker_hint", "picker_matches", "picker_saved", "picker_kept"]) {
      expect(keys, k).toContain(k);
    }
  });

  it("every t() call carries its English fallback", () => {
    expect(withFallback.map((c) => c.at)).toEqual(calls);
  });

  it.each(withFallback.map((c) => [c.at, c] as const))("%s: the fallback is _locales/en's text, and _locales/id translates it", (_at, { key, fallback }) => {
    expect(fallback).toBe(english(key));
    expect(id[key]?.message, `id ${key}`).toBeTruthy();
    expect(id[key]!.message).not.toBe(en[key]!.message);
  });
});
