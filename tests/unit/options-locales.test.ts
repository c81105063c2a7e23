/**
 * Every string the options page and the picker show exists in English and Indonesian, with the same
 * placeholders, so neither language ever shows a blank label or a raw "$COUNT$".
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(resolve(root, `_locales/${lang}/messages.json`), "utf8"));
const en = load("en");
const id = load("id");
/** The options page and the picker are folders of modules (one per section or part): all of them are read. */
const modules = (dir: string) => readdirSync(resolve(root, dir)).filter((f) => f.endsWith(".ts")).map((f) => `${dir}/${f}`);
const source = ["src/options/index.html", ...modules("src/options"), ...modules("src/content/picker")]
  .map((f) => readFileSync(resolve(root, f), "utf8"))
  .join("\n");

/** Keys named in the source: data-i18n="…" and t("…"). */
const used = [...new Set([...source.matchAll(/(?:data-i18n="|t\(\s*")((?:options|picker)_[A-Za-z]+)"/g)].map((m) => m[1]!))];

describe("options and picker strings", () => {
  it("the source names keys (the scan works)", () => {
    expect(used.length).toBeGreaterThan(40);
  });

  it.each(used)("%s exists in en and id", (key) => {
    expect(en[key]?.message, `en ${key}`).toBeTruthy();
    expect(id[key]?.message, `id ${key}`).toBeTruthy();
  });

  it("every options_/picker_ key has the same placeholders in both languages, each used in its message", () => {
    for (const key of Object.keys(en).filter((k) => /^(options|picker)_/.test(k))) {
      const names = (m: Messages) => Object.keys(m[key]?.placeholders ?? {}).sort();
      expect(names(id), key).toEqual(names(en));
      for (const [lang, m] of [["en", en], ["id", id]] as const) {
        for (const name of names(m)) expect(m[key]!.message, `${lang} ${key}`).toContain(`$${name.toUpperCase()}$`);
        expect(m[key]!.message.replace(/\$[A-Z]+\$/g, ""), `${lang} ${key}`).not.toMatch(/\$[A-Za-z0-9]/);
      }
    }
  });

  it("the Indonesian texts are translations, not copies (beyond names and symbols)", () => {
    const same = Object.keys(en).filter((k) => /^(options|picker)_/.test(k) && en[k]!.message === id[k]?.message && /[a-z]{4}/i.test(en[k]!.message));
    expect(same).toEqual([]);
  });
});
