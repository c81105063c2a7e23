/**
 * One way to translate a string (issue 17 found five): src/ui/i18n.ts is the only module that asks
 * the extension's i18n API for a message, and the only one that declares a `Translate` type. Every
 * other part goes through `uiStrings(browser.i18n).t(key, englishText, subs)`, and that English
 * text is the one in _locales/en, with an Indonesian translation in _locales/id.
 *
 * A source scan like tests/unit/layers.test.ts: TypeScript's parser, so comments and strings about
 * getMessage do not count, and `i18n["getMessage"]` or `const { getMessage } = i18n` do.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");
const I18N = "src/ui/i18n.ts";

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, `_locales/${lang}/messages.json`), "utf8"));
const en = load("en");
const id = load("id");

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(?:[cm]?ts|[cm]?js)$/.test(e.name) ? [relative(ROOT, p)] : [];
  });
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((c) => walk(c, visit));
}

/** Each text parsed once: the tests below walk the same files. */
const parsed = new Map<string, ts.SourceFile>();
function parse(file: string, text: string): ts.SourceFile {
  let src = parsed.get(text);
  if (!src) parsed.set(text, (src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false)));
  return src;
}
const lineOf = (src: ts.SourceFile, n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1;

/** Every use of `getMessage` in code, as "file:line: the line" (a name, a quoted member, a destructured name). */
function getMessageUses(file: string, text: string): string[] {
  const src = parse(file, text);
  const lines = text.split("\n");
  const out: string[] = [];
  walk(src, (n) => {
    if ((ts.isIdentifier(n) || ts.isStringLiteralLike(n)) && n.text === "getMessage") {
      const line = lineOf(src, n);
      out.push(`${file}:${line}: ${lines[line - 1]!.trim()}`);
    }
  });
  return out;
}

/** Types, interfaces and classes named Translate, and imports or exports that rename something to it. */
function translateTypes(file: string, text: string): string[] {
  const src = parse(file, text);
  const out: string[] = [];
  walk(src, (n) => {
    const declared = (ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isClassDeclaration(n) || ts.isEnumDeclaration(n)) && n.name?.text === "Translate";
    const renamed = (ts.isImportSpecifier(n) || ts.isExportSpecifier(n)) && n.name.text === "Translate" && n.propertyName !== undefined && n.propertyName.getText(src) !== "Translate";
    if (declared || renamed) out.push(`${file}:${lineOf(src, n)}`);
  });
  return out;
}

/** Each `t("key", "English", …)` or `x.t("key", "English", …)`: the key and the English text, where both are written out. */
function translations(file: string, text: string): { at: string; key: string; english: string }[] {
  const src = parse(file, text);
  const out: { at: string; key: string; english: string }[] = [];
  walk(src, (n) => {
    if (!ts.isCallExpression(n)) return;
    const callee = n.expression;
    const named = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
    const [key, english] = n.arguments;
    if (named !== "t" || !key || !english || !ts.isStringLiteralLike(key) || !ts.isStringLiteralLike(english)) return;
    out.push({ at: `${file}:${lineOf(src, n)}`, key: key.text, english: english.text });
  });
  return out;
}

/** A message as `t`'s English text writes it: named placeholders replaced by their $1, $2. */
function asWritten(m: Messages[string]): string {
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? `$${name}$`);
}

const files = sourceFiles();
const texts = new Map(files.map((f) => [f, readFileSync(join(ROOT, f), "utf8")]));
const read = (f: string) => texts.get(f)!;

describe("one i18n module", { timeout: 30_000 }, () => {
  it("no module under src/ but src/ui/i18n.ts uses getMessage", () => {
    // The scan must see the tree, and see i18n.ts's own call: a broken walk would pass with nothing to check.
    expect(files.length).toBeGreaterThan(60);
    expect(getMessageUses(I18N, read(I18N))).toContainEqual(expect.stringContaining("i18n.getMessage(key, subs)"));
    const found = files.filter((f) => f !== I18N).flatMap((f) => getMessageUses(f, read(f)));
    expect(found).toEqual([]);
  });

  it("sees getMessage however it is reached, and not in comments or text", () => {
    const forms = [
      `const msg = (key: string) => browser.i18n.getMessage(key) || key;`,
      `chrome.i18n["getMessage"]("options_saved");`,
      `const { getMessage } = browser.i18n;`,
      `const t = (k: string, s?: string[]) => i18n?.getMessage?.(k, s);`,
    ];
    for (const code of forms) expect(getMessageUses("src/x.ts", code), code).toHaveLength(1);
    expect(getMessageUses("src/x.ts", `// calls getMessage\n/** getMessage */\nconst s = "no getMessage here";`)).toEqual([]);
  });

  it("declares the Translate type once, in src/ui/i18n.ts", () => {
    expect(translateTypes(I18N, read(I18N))).toHaveLength(1);
    expect(files.filter((f) => f !== I18N).flatMap((f) => translateTypes(f, read(f)))).toEqual([]);
    // What issue 17 found, and its other spellings.
    const forms = [
      `export type Translate = (key: string, subs?: (string | number)[]) => string;`,
      `interface Translate { (key: string): string }`,
      `import type { Translator as Translate } from "./x.ts";`,
      `export { t as Translate };`,
    ];
    for (const code of forms) expect(translateTypes("src/x.ts", code), code).toHaveLength(1);
    expect(translateTypes("src/x.ts", `import type { Translate } from "../ui/i18n.ts";\nexport type { Translate };`)).toEqual([]);
  });

  it("every English text written next to a key is that key's English message, and the key has an Indonesian one", () => {
    const calls = files.flatMap((f) => translations(f, read(f)));
    // The options page, reader, popup, content script and background all write their English out.
    expect(calls.length).toBeGreaterThan(60);
    for (const dir of ["src/options/", "src/reader/", "src/popup/", "src/content/", "src/background/"]) {
      expect(calls.some((c) => c.at.startsWith(dir)), dir).toBe(true);
    }
    const wrong = calls.flatMap(({ at, key, english }) => {
      const m = en[key];
      if (!m) return [`${at}: ${key} is not in _locales/en`];
      if (!id[key]?.message) return [`${at}: ${key} has no Indonesian text in _locales/id`];
      return asWritten(m) === english ? [] : [`${at}: ${key} says ${JSON.stringify(english)}, _locales/en says ${JSON.stringify(asWritten(m))}`];
    });
    expect(wrong).toEqual([]);
  });

  it("reads the key and English text of each form of call, and nothing else", () => {
    const code = `t("a_one", "One");\nstate.t("a_two", "Two $1", [n]);\nt(key, "Three");\nt("a_four", text);\nfoo("a_five", "Five");`;
    expect(translations("src/x.ts", code)).toEqual([
      { at: "src/x.ts:1", key: "a_one", english: "One" },
      { at: "src/x.ts:2", key: "a_two", english: "Two $1" },
    ]);
    expect(asWritten({ message: "Would hide $COUNT$ on $SITE$.", placeholders: { count: { content: "$1" }, site: { content: "$2" } } }))
      .toBe("Would hide $1 on $2.");
  });
});
