/**
 * The built extension loads in both browsers, with its pages, icons and locale, and the harness
 * reaches the extension API (the badge) for a tab — the ground every other e2e test stands on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, DIST, launch, requireBuild, startServer, type ExtensionBrowser, type ExtensionGlobals, type TestServer } from "./harness/index.ts";

describe.each(BROWSERS)("built extension in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  beforeAll(async () => {
    requireBuild();
    server = await startServer({
      routes: { "/plain.html": "<!doctype html><title>plain</title><p>Hello from a plain page.</p>" },
    });
    b = await launch(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("is installed under its manifest name and version", async () => {
    const manifest = await b.extensionEval(() => {
      const g = globalThis as unknown as ExtensionGlobals;
      const m = (g.browser ?? g.chrome!).runtime.getManifest();
      return { name: m.name, version: m.version, mv: m.manifest_version };
    });
    const built = JSON.parse(readFileSync(join(DIST, kind === "chromium" ? "chrome" : "firefox", "manifest.json"), "utf8"));
    expect(manifest.mv).toBe(3);
    expect(manifest.version).toBe(built.version);
    expect(manifest.name).toMatch(/Jernih/); // __MSG_extName__ resolved from _locales
  });

  it("serves its extension pages and icons", async () => {
    for (const path of ["src/popup/index.html", "src/options/index.html", "src/reader/index.html"]) {
      const page = await b.openExtensionPage(path);
      expect(await page.evaluate(() => document.readyState)).toBe("complete");
      await page.close();
    }
    const icon = await b.extensionEval(async (url: string) => {
      const r = await fetch(url);
      return { ok: r.ok, type: r.headers.get("content-type") ?? "" };
    }, b.extensionUrl("icons/jernih-48.png"));
    expect(icon.ok).toBe(true);
  });

  it("asks for the content script's first half to be compiled whole (it runs on every page), and not the second", async () => {
    const dir = join(DIST, kind === "chromium" ? "chrome" : "firefox", "src/content");
    expect(readFileSync(join(dir, "main.js"), "utf8").split("\n")[0]).toBe("//# allFunctionsCalledOnLoad");
    expect(readFileSync(join(dir, "features.js"), "utf8")).not.toContain("allFunctionsCalledOnLoad");
  });

  it("in Chromium, loads the first half as a module from the extension (Firefox runs it as the content script)", () => {
    const built = JSON.parse(readFileSync(join(DIST, kind === "chromium" ? "chrome" : "firefox", "manifest.json"), "utf8"));
    const shared = (built.web_accessible_resources as { resources: string[] }[]).flatMap((r) => r.resources);
    if (kind === "chromium") {
      expect(built.content_scripts[0].js).toEqual(["src/content/loader.js"]);
      expect(shared).toContain("src/content/main.js");
      expect(readFileSync(join(DIST, "chrome/src/content/loader.js"), "utf8")).toContain('getURL("src/content/main.js")');
    } else {
      expect(built.content_scripts[0].js).toEqual(["src/content/main.js"]);
      expect(shared).not.toContain("src/content/main.js");
    }
  });

  it("leaves webextension-polyfill out of the content script's first half (the browser's own API is used)", () => {
    const dir = join(DIST, kind === "chromium" ? "chrome" : "firefox", "src/content");
    expect(readFileSync(join(dir, "main.js"), "utf8")).not.toContain("api-metadata.json");
    expect(readFileSync(join(dir, "features.js"), "utf8")).toContain("api-metadata.json"); // the second half still has it
  });

  it("finds a page's tab and reads its (empty) badge", async () => {
    const page = await b.newPage();
    await page.goto(server.url("/plain.html?build-test"));
    const tabId = await b.tabIdOf(page);
    expect(tabId).toBeGreaterThanOrEqual(0);
    expect(await page.innerText()).toContain("Hello from a plain page.");
    expect(await b.badgeText(tabId)).toBe("");
    await page.close();
  });
});
