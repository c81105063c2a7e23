/**
 * The background's half of the live-page hider (src/background/hider.ts) with a stand-in for the
 * browser's API: the plan is answered without waiting for the user-origin sheet (Firefox inserts
 * it only once the page has loaded), a sheet that fails to go in is reported to the page, and the
 * sheet goes in at the page's start only where the person has rules of their own (the built-in
 * rules are there already as registered sheets).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageSheet } from "../../src/core/hide-plan.ts";
import type { PagePlanReply } from "../../src/shared/messages.ts";
import { planForPage } from "../../src/shared/page-plan.ts";
import { defaultSettings } from "../../src/shared/settings.ts";

type Listener = (msg: unknown, sender: unknown) => Promise<unknown> | undefined;

const fake = {
  listener: null as Listener | null,
  /** The settings in storage (undefined: none saved). */
  settings: undefined as unknown,
  inserts: [] as string[],
  sent: [] as unknown[][],
  insertCSS: (_: { css: string }) => Promise.resolve(),
  /** The ids of the built-in sheets registered now. */
  registered: [] as string[],
  badges: [] as [number, string][],
};
const api = {
  runtime: {
    id: "jernih-test",
    onMessage: { addListener: (l: Listener) => void (fake.listener = l) },
    onInstalled: { addListener: () => {} },
    onStartup: { addListener: () => {} },
  },
  storage: {
    onChanged: { addListener: () => {} },
    local: { get: async () => ({}), set: async () => {} },
    sync: { get: async () => (fake.settings ? { settings: fake.settings } : {}), set: async () => {} },
  },
  scripting: {
    insertCSS: (d: { css: string }) => {
      fake.inserts.push(d.css);
      return fake.insertCSS(d);
    },
    removeCSS: async () => {},
    getRegisteredContentScripts: async () => fake.registered.map((id) => ({ id })),
  },
  tabs: { sendMessage: async (...args: unknown[]) => void fake.sent.push(args) },
  action: { setBadgeText: async (d: { tabId: number; text: string }) => void fake.badges.push([d.tabId, d.text]), setBadgeBackgroundColor: async () => {} },
};
const sender = { id: "jernih-test", tab: { id: 7 }, frameId: 0 };
const ask = (insert: boolean) =>
  fake.listener!({ type: "page-plan", url: "https://www.example.co.id/berita/1", sheet: "full", previous: null, insert }, sender) as Promise<PagePlanReply>;
const tick = () => new Promise((r) => setTimeout(r, 10));

beforeAll(async () => {
  // The polyfill hands out globalThis.browser when it is an extension's API, as both browsers' is.
  Object.assign(globalThis, { chrome: { runtime: { id: "jernih-test" } }, browser: api });
  const { installHider } = await import("../../src/background/hider.ts");
  installHider();
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).browser;
  delete (globalThis as Record<string, unknown>).chrome;
});

/** A background worker that starts with the built-in sheets registered as the default settings want. */
async function startWorkerWithSheets(): Promise<void> {
  const { installSheets, wantedScripts } = await import("../../src/background/sheets.ts");
  const { defaultSettings } = await import("../../src/shared/settings.ts");
  fake.registered = wantedScripts(defaultSettings()).map((s) => s.id);
  installSheets();
  await tick();
}

/** Settings with a rule of the person's own for the page's site: its sheet goes in at the start. */
async function withOwnRule(): Promise<unknown> {
  const { defaultSettings, withRule } = await import("../../src/shared/settings.ts");
  return withRule(defaultSettings(), { kind: "selector", value: ".mine", category: "promo", site: "example.co.id" });
}

describe("page-plan", () => {
  it("answers with the plan while the sheet is still going in, and puts that sheet in", async () => {
    fake.settings = await withOwnRule();
    fake.inserts.length = 0;
    fake.insertCSS = () => new Promise(() => {}); // never settles, like Firefox while the page loads
    const reply = await ask(true);
    expect(reply.plan?.phrases.length).toBeGreaterThan(0);
    expect(reply.css).toContain("display: none");
    expect(reply.inserted).toBe(true);
    expect(fake.inserts).toEqual([reply.css]);
  });

  it("tells the page when its sheet did not go in, and only then", async () => {
    fake.settings = await withOwnRule();
    fake.sent.length = 0;
    fake.insertCSS = () => Promise.resolve();
    await ask(true);
    await tick();
    expect(fake.sent).toEqual([]);
    fake.insertCSS = () => Promise.reject(new Error("Cannot access contents of the page"));
    const reply = await ask(true);
    await tick();
    expect(fake.sent).toEqual([[7, { type: "sheet-failed", css: reply.css }, { frameId: 0 }]]);
  });

  it("leaves the sheet to the page when asked without `insert`", async () => {
    fake.inserts.length = 0;
    await ask(false);
    await tick();
    expect(fake.inserts).toEqual([]);
  });

  it("puts the sheet in at the start while the built-in sheets are not seen in place (just installed)", async () => {
    fake.settings = undefined;
    fake.inserts.length = 0;
    fake.insertCSS = () => Promise.resolve();
    const reply = await ask(true);
    expect(reply.inserted).toBe(true);
    expect(fake.inserts).toEqual([reply.css]);
  });

  it("holds the sheet back where the person has no rules of their own, and does not send it: the page writes it from the plan if its styles need it", async () => {
    await startWorkerWithSheets();
    fake.settings = undefined;
    fake.inserts.length = 0;
    fake.insertCSS = () => Promise.resolve();
    const reply = await ask(true);
    await tick();
    expect(reply.css).toBeNull();
    expect([reply.inserted, reply.held]).toEqual([false, true]);
    expect(fake.inserts).toEqual([]);
    // The sheet the page writes is the one the background would have put in.
    expect(pageSheet(reply.plan!)).toContain("display: none");
    expect(pageSheet(reply.plan!)).toBe(pageSheet(planForPage(defaultSettings(), "https://www.example.co.id/berita/1")!));
    // Asked without `insert` (a settings change), the sheet comes with the reply.
    const again = await ask(false);
    expect(again.css).toBe(pageSheet(reply.plan!));
    expect(again.held).toBe(false);
  });
});

describe("page-plan for a page from the AMP cache (the frame of a search engine's AMP viewer)", () => {
  const cacheUrl = "https://www-kabar-rawa-co-id.cdn.ampproject.org/v/s/www.kabar-rawa.co.id/amp/read/1?amp_js_v=0.1";
  const frame = { id: "jernih-test", tab: { id: 9 }, frameId: 4 };
  const askFrom = (url: string) =>
    fake.listener!({ type: "page-plan", url, sheet: "full", previous: null, insert: true }, frame) as Promise<PagePlanReply>;

  it("puts the sheet in at the start, in the frame that asked: no built-in sheet is registered for the cache", async () => {
    await startWorkerWithSheets();
    const { wantedScripts } = await import("../../src/background/sheets.ts");
    for (const s of wantedScripts(defaultSettings())) expect(s.excludeMatches).toContain("*://*.cdn.ampproject.org/*");
    fake.settings = undefined;
    fake.inserts.length = 0;
    fake.insertCSS = () => Promise.resolve();
    const reply = await askFrom(cacheUrl);
    expect([reply.inserted, reply.held]).toEqual([true, false]);
    expect(fake.inserts).toEqual([reply.css]);
    // The same page at the publisher's own address holds its sheet back (the registered sheets are there).
    const own = await askFrom("https://www.kabar-rawa.co.id/amp/read/1");
    expect([own.inserted, own.held]).toEqual([false, true]);
  });

  it("answers with the publisher's site settings: switched off there, no plan", async () => {
    fake.settings = { ...defaultSettings(), sites: { "kabar-rawa.co.id": { enabled: false, alwaysReader: false } } };
    expect((await askFrom(cacheUrl)).plan).toBeNull();
    fake.settings = { ...defaultSettings(), sites: { "cdn.ampproject.org": { enabled: false, alwaysReader: false } } };
    expect((await askFrom(cacheUrl)).plan?.host).toBe("www.kabar-rawa.co.id");
  });

  it("has the badge count the AMP page's hidden blocks, and no other frame's", async () => {
    fake.badges.length = 0;
    const count = (n: number, from: object) => fake.listener!({ type: "hidden-count", count: n }, { ...frame, ...from });
    await count(5, { url: cacheUrl });
    await count(9, { url: "https://ads.example/slot" });
    await count(2, { url: "https://www.google.com/amp/s/www.kabar-rawa.co.id/amp/read/1", frameId: 0 });
    expect(fake.badges).toEqual([[9, "5"], [9, "2"]]);
  });
});
