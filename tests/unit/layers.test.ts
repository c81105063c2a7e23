/**
 * The layers of src/ (DESIGN.md, "Boundaries worth keeping"), from the bottom: rules → core → shared
 * → ui → the entry folders. A module imports its own folder and the layers below it; an entry folder
 * imports the layers and never another entry folder; only entry folders use webextension-polyfill.
 * Type-only imports obey the same rule: they tie one layer's meaning to another's just as well.
 *
 * eslint.config.js enforces the same zones on the import strings as written. This test resolves
 * every import's path instead (a `../` too many, a dynamic import() or a require() cannot slip by),
 * and checks that the lint zones catch each upward import issue 17 found.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ESLint } from "eslint";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/** Bottom first: each may import those before it. */
const LAYERS = ["rules", "core", "shared", "ui"];
const ENTRIES = ["background", "content", "popup", "reader", "options", "cli"];
/** Ambient .d.ts shims for untyped packages: no layer, anyone may name them. */
const SHIMS = "types";

/** The folder of src/ a path lies in ("content" for src/content/picker/x.ts), or null outside src/. */
function folderOf(absPath: string): string | null {
  const rel = relative(SRC, absPath);
  if (rel.startsWith("..") || rel === "" || !rel.includes("/")) return null;
  return rel.split("/")[0]!;
}

/** What a folder may import besides itself; null for a folder that is no layer. */
function allowedFrom(folder: string): string[] | null {
  const at = LAYERS.indexOf(folder);
  if (at >= 0) return LAYERS.slice(0, at);
  return ENTRIES.includes(folder) ? [...LAYERS] : null;
}

/** Every module specifier of a source text (import, import type, export … from, import(), require()), with its line. */
function importsOf(text: string): { spec: string; line: number }[] {
  const lineAt = (pos: number) => text.slice(0, pos).split("\n").length;
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({ spec: f.fileName, line: lineAt(f.pos) }));
}

/** One import that breaks the layers: "src/core/x.ts:3 imports ../shared/y.ts — why". */
function violations(file: string, text: string): string[] {
  const abs = resolve(ROOT, file);
  const from = folderOf(abs);
  if (from === SHIMS) return [];
  const allowed = from === null ? null : allowedFrom(from);
  if (from === null || allowed === null) return [`${file}: src/${from ?? ""} is no layer (see DESIGN.md); name it in tests/unit/layers.test.ts`];
  const out: string[] = [];
  for (const { spec, line } of importsOf(text)) {
    const at = `${file}:${line} imports ${spec}`;
    if (spec === "webextension-polyfill" && !ENTRIES.includes(from)) out.push(`${at} — only the entry folders use the extension API`);
    if (!spec.startsWith(".")) continue;
    const to = folderOf(resolve(dirname(abs), spec));
    if (to === from || to === SHIMS || (to !== null && allowed.includes(to))) continue;
    if (to === null) out.push(`${at} — it leaves src/`);
    else if (ENTRIES.includes(from) && ENTRIES.includes(to)) out.push(`${at} — entry folder ${from} imports entry folder ${to}`);
    else out.push(`${at} — src/${from} may import only ${allowed.length ? allowed.map((l) => `src/${l}`).join(", ") : "itself"}`);
  }
  return out;
}

/** Every module under src/ (TypeScript and the CommonJS shim), relative to the repository. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(?:[cm]?ts|[cm]?js)$/.test(e.name) ? [relative(ROOT, p)] : [];
  });
}

/**
 * The upward and sideways imports issue 17 found, as they were written, and the places they were in;
 * plus the extension API where only entry folders may have it.
 */
const FOUND: { file: string; code: string }[] = [
  { file: "src/core/hide-plan.ts", code: `import { activeCustomRules, type Settings } from "../shared/settings.ts";` },
  { file: "src/rules/types.ts", code: `import type { Category } from "../core/types.ts";` },
  { file: "src/content/reader-toggle.ts", code: `import { followForReader } from "../reader/multipage.ts";` },
  { file: "src/popup/main.ts", code: `import { localize, t, uiLanguage } from "../reader/i18n.ts";` },
  { file: "src/popup/view.ts", code: `import { formatDate, shorten } from "../reader/format.ts";` },
  { file: "src/popup/view.ts", code: `import type { Translate } from "../reader/render.ts";` },
  { file: "src/ui/i18n.ts", code: `import browser from "webextension-polyfill";` },
];

/** Other forms of the same mistakes, each of which the lint zones see as well. */
const FORMS: { file: string; code: string }[] = [
  { file: "src/core/x.ts", code: `import {\n  a,\n  type B,\n} from "../shared/messages.ts";` },
  { file: "src/shared/x.ts", code: `export type { Translate } from "../ui/i18n.ts";` },
  { file: "src/ui/x.ts", code: `export * from "../popup/view.ts";` },
  { file: "src/content/picker/x.ts", code: `import { t } from "../../options/app.ts";` },
  { file: "src/rules/sites/x.ts", code: `import { squash } from "../../core/text.ts";` },
];

/** Imports the layers allow: none of these may be reported. */
const ALLOWED: { file: string; code: string }[] = [
  { file: "src/shared/messages.ts", code: `import type { PlanData } from "../core/hide-plan.ts";` },
  { file: "src/core/x.ts", code: `import { CATEGORIES } from "../rules/index.ts";` },
  { file: "src/popup/view.ts", code: `import { formatDate } from "../ui/format.ts";` },
  { file: "src/content/picker/x.ts", code: `import { checkRule } from "../../shared/settings.ts";\nimport { Hider } from "../hider.ts";` },
  { file: "src/reader/x.ts", code: `import { prepareArticleHtml } from "./content.ts";\nimport browser from "webextension-polyfill";` },
];

describe("layers: imports point down, entry folders never import one another", () => {
  it("holds for every module of src/", () => {
    const files = sourceFiles();
    // The scan must see the tree: a broken walk would pass with nothing to check.
    expect(files.length).toBeGreaterThan(60);
    expect(files).toContain("src/content/picker/picker.ts");
    const found = files.flatMap((f) => violations(f, readFileSync(join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });

  it("reads every form of import: import type, multi-line, export … from, import(), require()", () => {
    const text = `import type { A } from "./a.ts";\nimport {\n  b,\n} from "./b.ts";\nexport type { C } from "./c.ts";\nexport * from "./d.ts";\n` +
      `const e = await import("./e.ts");\nconst f = require("./f.cjs");\n// import g from "./comment.ts"\nconst h = "import h from './string.ts'";`;
    expect(importsOf(text)).toEqual([
      { spec: "./a.ts", line: 1 }, { spec: "./b.ts", line: 4 }, { spec: "./c.ts", line: 5 },
      { spec: "./d.ts", line: 6 }, { spec: "./e.ts", line: 7 }, { spec: "./f.cjs", line: 8 },
    ]);
  });

  it("names the file, line and import of each upward or sideways import issue 17 found", () => {
    for (const { file, code } of [...FOUND, ...FORMS]) {
      const spec = importsOf(code)[0]!.spec;
      expect(violations(file, code), `${file}: ${code}`).toEqual([expect.stringContaining(`${file}:${code.split("\n").length} imports ${spec} — `)]);
    }
    expect(violations("src/content/reader-toggle.ts", FOUND[2]!.code)[0]).toMatch(/entry folder content imports entry folder reader$/);
    expect(violations("src/core/hide-plan.ts", FOUND[0]!.code)[0]).toMatch(/src\/core may import only src\/rules$/);
  });

  it("passes the imports the layers allow, and refuses a folder that is no layer", () => {
    for (const { file, code } of ALLOWED) expect(violations(file, code), `${file}: ${code}`).toEqual([]);
    expect(violations("src/lib/x.ts", "")).toEqual([expect.stringContaining("src/lib is no layer")]);
    expect(violations("src/core/x.ts", `import x from "../../scripts/eval.mjs";`)).toEqual([expect.stringContaining("it leaves src/")]);
  });
});

describe("eslint.config.js zones", { timeout: 30_000 }, () => {
  const eslint = new ESLint({ cwd: ROOT });
  const restricted = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result!.messages.filter((m) => m.ruleId === "no-restricted-imports");
  };

  it("report each upward or sideways import issue 17 found, type-only ones included", async () => {
    for (const { file, code } of [...FOUND, ...FORMS]) {
      expect(await restricted(file, code), `${file}: ${code}`).toHaveLength(1);
    }
  });

  it("let the imports the layers allow pass", async () => {
    for (const { file, code } of ALLOWED) expect(await restricted(file, code), `${file}: ${code}`).toEqual([]);
  });
});
