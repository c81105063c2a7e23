import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

// Layers (DESIGN.md, "Boundaries worth keeping"), from the bottom: rules/ (data) imports nothing else
// of src/; core/ (the engine) only rules/; shared/ (settings, messages, storage) core/ and rules/;
// ui/ (DOM helpers, i18n, formatting) those three; the entry folders import the layers and never one
// another. Type-only imports too. Only the entry folders touch webextension-polyfill, and nothing
// below them uses Node modules (they run in the browser). tests/unit/layers.test.ts checks the same
// layers on resolved paths, and that these zones catch each upward import it lists.
const LAYERS = ["rules", "core", "shared", "ui"];
const ENTRIES = ["background", "content", "popup", "reader", "options", "cli"];
const ORDER = "layers, bottom first: rules → core → shared → ui → entry folders";

/** no-restricted-imports for the files of one folder of src/: the folders above it (or, for an entry folder, beside it). */
function zone(folder) {
  const at = LAYERS.indexOf(folder);
  const layer = at >= 0;
  const banned = layer ? [...LAYERS.slice(at + 1), ...ENTRIES] : ENTRIES.filter((e) => e !== folder);
  const patterns = banned.map((f) => ({
    group: [`**/${f}/**`],
    message: layer ? `src/${folder} must not import src/${f} (${ORDER}).` : `entry folders never import one another: move what src/${folder} needs from src/${f} into a layer (${ORDER}).`,
  }));
  if (!layer) return { patterns };
  return {
    paths: [{ name: "webextension-polyfill", message: "only the entry folders use the extension API: pass it in." }],
    patterns: [...patterns, { group: ["node:*", "jsdom"], message: "the layers run in the browser too: no Node modules." }],
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".eval/**", ".bench/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...[...LAYERS, ...ENTRIES].map((folder) => ({
    files: [`src/${folder}/**`],
    rules: { "no-restricted-imports": ["error", zone(folder)] },
  })),
  {
    files: LAYERS.map((l) => `src/${l}/**`),
    rules: {
      "no-restricted-globals": ["error", { name: "chrome", message: "no extension APIs below the entry folders" }, { name: "browser", message: "no extension APIs below the entry folders" }],
    },
  },
);
