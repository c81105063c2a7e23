import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

// Module boundaries (DESIGN.md): core/ and rules/ import only shared/ (and each other), never the
// extension API; only the entry folders touch webextension-polyfill.
const noExtensionApi = {
  paths: [{ name: "webextension-polyfill", message: "core/, rules/ and shared/ stay free of extension APIs." }],
  patterns: [
    { group: ["**/content/**", "**/background/**", "**/popup/**", "**/options/**", "**/reader/**", "**/cli/**"],
      message: "core/, rules/ and shared/ must not import the entry folders." },
    { group: ["node:*", "jsdom"], message: "the core runs in the browser too: no Node modules." },
  ],
};

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
  {
    files: ["src/core/**", "src/rules/**", "src/shared/**"],
    rules: {
      "no-restricted-imports": ["error", noExtensionApi],
      "no-restricted-globals": ["error", { name: "chrome", message: "no extension APIs in the core" }, { name: "browser", message: "no extension APIs in the core" }],
    },
  },
);
