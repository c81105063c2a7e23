#!/usr/bin/env node
// npm run setup: everything a fresh machine needs, then the build.
//  1. the browsers the end-to-end tests drive (Debian's chromium and firefox-esr), when missing and
//     apt-get can install them (root); elsewhere it says what to install and goes on;
//  2. the npm dependencies, exactly as locked (npm ci);
//  3. npm run build, which prints where to load the extension from.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const sh = (cmd) => execSync(cmd, { stdio: "inherit" });
const has = (bin) => existsSync(`/usr/bin/${bin}`);

const missing = ["chromium", "firefox-esr"].filter((b) => !has(b));
if (missing.length) {
  const root = process.getuid?.() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.log(`installing ${missing.join(" and ")} from Debian's packages for the browser tests…`);
    sh("apt-get update -qq");
    sh(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(" ")}`);
  } else {
    console.warn(`note: the browser tests need ${missing.join(" and ")} in /usr/bin ` +
      `(Debian: sudo apt-get install ${missing.join(" ")}); skipping that step.`);
  }
}
sh("npm ci --no-audit --no-fund");
sh("npm run --silent build");
