/**
 * manifest.json: one file for both browsers, MV3, and permissions each with a reason. The reasons
 * below are the README's; a permission added without one fails here until it is justified.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (p: string) => JSON.parse(readFileSync(new URL(p, root), "utf8"));
const source = read("manifest.json") as Record<string, unknown>;

/** What vite-plugin-web-extension does with `{{browser}}.` prefixes. */
function forBrowser(m: Record<string, unknown>, browser: "chrome" | "firefox"): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(m)) {
    const prefixed = /^\{\{(\w+)\}\}\.(.+)$/.exec(key);
    if (!prefixed) out[key] = value;
    else if (prefixed[1] === browser) out[prefixed[2]!] = value;
  }
  return out;
}

const PERMISSION_REASONS: Record<string, string> = {
  storage: "settings (categories, sites, the user's rules) in storage.sync, with a local fallback",
  scripting: "scripting.insertCSS/removeCSS put the hiding stylesheet in at USER origin; executeScript puts the reader view's half into a tab when asked for, and finds the frame of an article in the AMP viewer",
  contextMenus: "the page's context-menu item that opens the reader view",
  "http://*/*": "the content script and the user-origin stylesheet on every news site",
  "https://*/*": "the content script and the user-origin stylesheet on every news site",
};

describe("manifest.json", () => {
  const chrome = forBrowser(source, "chrome");
  const firefox = forBrowser(source, "firefox");

  it("is Manifest V3 in both browsers, with the background each one runs", () => {
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toMatchObject({ service_worker: "src/background/main.ts" });
    expect(firefox.background).toMatchObject({ scripts: ["src/background/main.ts"] });
    const gecko = (firefox.browser_specific_settings as { gecko: { id: string; strict_min_version: string } }).gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    // scripting.insertCSS with origin "USER" needs Firefox 102; data_collection_permissions needs 140.
    expect(Number.parseInt(gecko.strict_min_version, 10)).toBeGreaterThanOrEqual(140);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it("runs the content script at document_start on http(s) pages only: top frames, and every frame from the AMP cache", () => {
    type Script = { matches: string[]; exclude_matches?: string[]; run_at: string; js: string[]; all_frames: boolean };
    for (const m of [chrome, firefox]) {
      const [page, amp, ...rest] = m.content_scripts as Script[];
      expect(rest).toEqual([]);
      for (const cs of [page!, amp!]) expect(cs.run_at).toBe("document_start");
      expect(page!.matches.sort()).toEqual(["http://*/*", "https://*/*"]);
      expect(page!.all_frames).toBe(false);
      // A page of the cache gets the script once, as a top frame or in a viewer's frame.
      expect(page!.exclude_matches).toEqual(["*://*.cdn.ampproject.org/*"]);
      expect(amp).toEqual({ matches: ["*://*.cdn.ampproject.org/*"], js: page!.js, run_at: "document_start", all_frames: true });
    }
  });

  it("has Chromium load the first half as a module (compiled off the page's main thread), Firefox run it itself", () => {
    type Script = { js: string[] };
    type Resources = { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    expect((chrome.content_scripts as Script[])[0]!.js).toEqual(["src/content/loader.ts"]);
    expect((firefox.content_scripts as Script[])[0]!.js).toEqual(["src/content/main.ts"]);
    const loader = readFileSync(new URL("src/content/loader.ts", root), "utf8");
    expect(loader).toContain("import(");
    expect(loader).toContain('getURL("src/content/main.js")');
    // The module must be reachable from the page's content script, at an address the page cannot guess.
    const modules = (chrome.web_accessible_resources as Resources).filter((r) => r.resources.includes("src/content/main.js"));
    expect(modules).toEqual([{ resources: ["src/content/main.js"], matches: ["http://*/*", "https://*/*"], use_dynamic_url: true }]);
    expect((firefox.web_accessible_resources as Resources).flatMap((r) => r.resources)).not.toContain("src/content/main.js");
  });

  it("asks only for permissions with a reason", () => {
    const asked = [...(source.permissions as string[]), ...(source.host_permissions as string[])];
    for (const p of asked) expect(PERMISSION_REASONS, `no reason given for "${p}"`).toHaveProperty([p]);
    expect(source.optional_permissions ?? []).toEqual([]);
  });

  it("names its pages, icons and locale strings, and they exist", () => {
    for (const page of ["src/popup/index.html", "src/options/index.html", "src/reader/index.html"]) {
      expect(existsSync(new URL(page, root)), page).toBe(true);
    }
    const icons = source.icons as Record<string, string>;
    expect(Object.keys(icons).sort()).toEqual(["128", "16", "32", "48"]);
    for (const [size, file] of Object.entries(icons)) {
      const png = readFileSync(new URL(file, root));
      expect(png.readUInt32BE(16), file).toBe(Number(size)); // IHDR width
    }
    const keys = JSON.stringify(source).match(/__MSG_(\w+)__/g)!.map((k) => k.slice(6, -2));
    for (const locale of ["en", "id"]) {
      const messages = read(`_locales/${locale}/messages.json`) as Record<string, { message: string }>;
      for (const k of keys) expect(messages[k]?.message, `${locale}: ${k}`).toBeTruthy();
    }
    expect(source.default_locale).toBe("en");
  });
});
