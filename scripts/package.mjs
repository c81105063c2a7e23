#!/usr/bin/env node
// npm run package: store-ready zips of a fresh build, one per browser, in dist/:
//   dist/jernih-chrome-<version>.zip   (Chrome Web Store: upload as is)
//   dist/jernih-firefox-<version>.zip  (addons.mozilla.org: upload as is; web-ext build makes it)
// The Firefox build is linted first the way addons.mozilla.org does; any error or warning stops here.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const webExt = resolve(root, "node_modules/web-ext/bin/web-ext.js");
const run = (args, what) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`${what} failed`);
    process.exit(r.status ?? 1);
  }
};

run([resolve(root, "scripts/build.mjs"), "--quiet"], "build");
run([webExt, "lint", "--source-dir", "dist/firefox", "--warnings-as-errors", "--no-input"], "web-ext lint");

const { version } = JSON.parse(readFileSync(resolve(root, "manifest.json"), "utf8"));
for (const browser of ["chrome", "firefox"]) {
  const name = `jernih-${browser}-${version}.zip`;
  rmSync(resolve(root, "dist", name), { force: true });
  run([webExt, "build", "--source-dir", `dist/${browser}`, "--artifacts-dir", "dist", "--filename", name, "--overwrite-dest", "--no-input"],
    `zip for ${browser}`);
  console.log(`  ${resolve(root, "dist", name)}`);
}
