#!/usr/bin/env node
// npm run build: the extension for both browsers, dist/chrome/ and dist/firefox/, then where they
// are and how to load them. One vite config (vite.config.ts), run once per browser.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const vite = resolve(root, "node_modules/vite/bin/vite.js");
const quiet = process.argv.includes("--quiet");

for (const browser of ["chrome", "firefox"]) {
  const r = spawnSync(process.execPath, [vite, "build", "--logLevel", quiet ? "error" : "warn"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, JERNIH_BROWSER: browser },
  });
  if (r.status !== 0) {
    console.error(`build for ${browser} failed`);
    process.exit(r.status ?? 1);
  }
  if (!existsSync(resolve(root, "dist", browser, "manifest.json"))) {
    console.error(`build for ${browser} wrote no manifest.json`);
    process.exit(1);
  }
}

console.log(`
Jernih is built.
  Chrome / Chromium / Edge: ${resolve(root, "dist/chrome")}
    chrome://extensions → turn on "Developer mode" → "Load unpacked" → choose that folder.
  Firefox (140 or newer):   ${resolve(root, "dist/firefox")}
    about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → choose manifest.json in that folder
    (a temporary add-on stays until Firefox restarts; \`npm run package\` makes the zips for the stores).`);
