#!/usr/bin/env node
// Renders icons/jernih.svg to the PNG sizes the manifest names, with headless Chromium (no
// ImageMagick needed). Run after editing the SVG: `node icons/render.mjs`; the PNGs are committed.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { chromium } from "playwright-core";

const dir = import.meta.dirname;
const svg = await readFile(resolve(dir, "jernih.svg"), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const body = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${body}`);
    await page.screenshot({ path: resolve(dir, `jernih-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log("icons/jernih-{16,32,48,128}.png written");
