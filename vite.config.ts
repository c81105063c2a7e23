/**
 * One vite config, built once per browser: `JERNIH_BROWSER=chrome|firefox vite build` writes
 * dist/<browser>/ (scripts/build.mjs runs both). vite-plugin-web-extension reads manifest.json,
 * keeps the `{{chrome}}.` / `{{firefox}}.` keys of the target browser, and bundles every entry it
 * names (background, content script, popup, options) plus the reader page, which no manifest key names.
 */
import { cp, mkdir, readdir } from "node:fs/promises";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import webExtension from "vite-plugin-web-extension";

const browser = process.env.JERNIH_BROWSER === "firefox" ? "firefox" : "chrome";
const root = import.meta.dirname;
const outDir = resolve(root, "dist", browser);

/** _locales/ and the PNG icons are referenced by manifest keys the plugin does not bundle: copy them as they are. */
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
    webExtension({
      manifest: "manifest.json",
      browser,
      additionalInputs: ["src/reader/index.html"],
      disableAutoLaunch: true,
      printSummary: false,
      // Validation fetches a schema from json.schemastore.org; builds must work offline. web-ext lint checks instead.
      skipManifestValidation: true,
    }),
    copyStaticFiles(),
  ],
});
