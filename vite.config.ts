/**
 * One vite config, built once per browser: `JERNIH_BROWSER=chrome|firefox vite build` writes
 * dist/<browser>/ (scripts/build.mjs runs both). vite-plugin-web-extension reads manifest.json,
 * keeps the `{{chrome}}.` / `{{firefox}}.` keys of the target browser, and bundles every entry it
 * names (background, content script, popup, options) plus the reader page, which no manifest key names.
 */
import { cp, mkdir, readdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import webExtension from "vite-plugin-web-extension";
import { staticSheets } from "./src/core/hide-plan.ts";

const browser = process.env.JERNIH_BROWSER === "firefox" ? "firefox" : "chrome";
const root = import.meta.dirname;
const outDir = resolve(root, "dist", browser);

/**
 * _locales/ and the PNG icons are referenced by manifest keys the plugin does not bundle: copy them as
 * they are. The built-in hiding sheets (hide/*.css, see staticSheets in src/core/hide-plan.ts) are written
 * from the rule data, for the background to register as content-script CSS.
 */
function copyStaticFiles(): Plugin {
  return {
    name: "jernih-copy-static",
    apply: "build",
    async closeBundle() {
      await cp(resolve(root, "_locales"), resolve(outDir, "_locales"), { recursive: true });
      await mkdir(resolve(outDir, "icons"), { recursive: true });
      for (const f of await readdir(resolve(root, "icons"))) {
        if (f.endsWith(".png")) await cp(resolve(root, "icons", f), resolve(outDir, "icons", f));
      }
      await mkdir(resolve(outDir, "hide"), { recursive: true });
      for (const [file, sheet] of staticSheets()) await writeFile(resolve(outDir, file), sheet.css);
    },
  };
}

/**
 * Third-party code we bundle writes `innerHTML` in three places: Readability (restoring a page from its
 * own cached HTML; a noscript's image) and DOMPurify (a fallback for browsers without DOMParser). The
 * add-on store's linter flags every such write it cannot prove safe. Here each one becomes an inert
 * DOMParser parse whose nodes are moved in — the same result, and nothing runs or loads while parsing.
 * The expected number of writes per file is pinned: a library update that adds or moves one fails the
 * build instead of slipping through.
 */
const INNER_HTML_WRITES: { file: RegExp; count: number }[] = [
  { file: /@mozilla\/readability\/Readability\.js$/, count: 2 },
  { file: /dompurify\/dist\/purify\.es\.mjs$/, count: 1 },
];
const SET_HTML_HELPER = `
function __jernihSetHTML(el, html) {
  var parsed = new DOMParser().parseFromString("<!doctype html><body>" + String(html), "text/html");
  var doc = el.ownerDocument;
  el.replaceChildren.apply(el, Array.from(parsed.body.childNodes, function (n) { return doc.importNode(n, true); }));
}
`;

function inertInnerHtmlInLibraries(): Plugin {
  return {
    name: "jernih-inert-inner-html",
    enforce: "pre",
    transform(code, id) {
      const lib = INNER_HTML_WRITES.find((l) => l.file.test(id.split("?")[0]!));
      if (!lib) return null;
      let n = 0;
      const out = code.replace(/([\w$]+(?:\.[\w$]+)*)\.innerHTML\s*=\s*([^;\n]+);/g, (_m, target: string, value: string) => {
        n++;
        return `__jernihSetHTML(${target}, ${value});`;
      });
      if (n !== lib.count) this.error(`expected ${lib.count} innerHTML writes in ${id}, found ${n}: review vite.config.ts`);
      return { code: `${out}\n${SET_HTML_HELPER}`, map: null };
    },
  };
}

/**
 * The content script's first half runs on every page the reader opens, and nearly every function in
 * it is called there: V8's per-file compile hint (`//# allFunctionsCalledOnLoad` as the file's first
 * line; Chromium 136 and later, a plain comment elsewhere) has it compiled whole with the script,
 * instead of each function pre-parsed first and parsed again on its first call. Measured on the
 * corpus pages: docs/BENCHMARKS.md ("compile hint").
 */
function compileHintForContentScript(): Plugin {
  return {
    name: "jernih-compile-hint",
    apply: "build",
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === "chunk" && file.isEntry && file.facadeModuleId?.endsWith("/src/content/main.ts")) {
          file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
        }
      }
    },
  };
}

export default defineConfig({
  // The root is the repository, so built pages keep their paths: dist/<browser>/src/popup/index.html.
  root,
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    // Extension code is loaded from disk, never over a network: readable output helps store review.
    minify: false,
    sourcemap: false,
    target: browser === "firefox" ? "firefox140" : "chrome111",
  },
  plugins: [
    inertInnerHtmlInLibraries(),
    compileHintForContentScript(),
    webExtension({
      manifest: "manifest.json",
      browser,
      // The content script's second half: put into a tab on demand (src/shared/page-features.ts).
      // In Chromium the first half too: src/content/loader.ts imports it as a module.
      additionalInputs: ["src/reader/index.html", "src/content/features.ts", ...(browser === "chrome" ? ["src/content/main.ts"] : [])],
      disableAutoLaunch: true,
      printSummary: false,
      // Validation fetches a schema from json.schemastore.org; builds must work offline. web-ext lint checks instead.
      skipManifestValidation: true,
    }),
    copyStaticFiles(),
  ],
});
