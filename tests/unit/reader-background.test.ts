/**
 * The background half of the reader view with a fake extension API: the keyboard command and the
 * page's context menu toggle the reader in their tab; the reader frame's requests are relayed to
 * the content script of the frame's own tab, and nobody else's are.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

type Listener = (...args: unknown[]) => unknown;
const listeners: Record<string, Listener[]> = {};
const on = (name: string) => ({ addListener: (f: Listener) => (listeners[name] ??= []).push(f) });
const sent: { tabId: number; message: unknown; options: unknown }[] = [];
const menus: unknown[] = [];
const injected: { tabId: number; files: string[] | null }[] = [];
const ORIGIN = "chrome-extension://jernih";
/** A tab showing Google's AMP viewer: its top page is no article; frame AMP_FRAME shows the AMP page from the cache. */
const VIEWER_TAB = 21;
const AMP_FRAME = 6;

vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: {
      id: "jernih",
      getURL: (p: string) => `${ORIGIN}/${p}`,
      onMessage: on("message"),
      onInstalled: on("installed"),
      onStartup: on("startup"),
    },
    i18n: { getMessage: (k: string) => (k === "reader_menu" ? "Tampilan baca" : "") },
    tabs: {
      query: async () => [{ id: 7 }],
      sendMessage: async (tabId: number, message: { type: string }, options: unknown) => {
        // The question of which frame to read (src/shared/page-features.ts articleFrame) is not what these tests count.
        if (message.type === "get-state") return { isArticle: tabId !== VIEWER_TAB };
        sent.push({ tabId, message, options });
        if (tabId === 99) throw new Error("Could not establish connection. Receiving end does not exist.");
        return { article: null, error: "none here" };
      },
    },
    scripting: {
      // The tab's probe (src/shared/page-features.ts): 1 = the hider runs there, 2 = the reader's half too.
      executeScript: async (injection: { target: { tabId: number; allFrames?: boolean }; files?: string[] }) => {
        // Every frame of the viewer's tab: its own page (no AMP cache) and the AMP page in frame 6.
        if (injection.target.allFrames) return [{ frameId: 0, result: null }, { frameId: 3, result: null }, { frameId: AMP_FRAME, result: "https://x-co-id.cdn.ampproject.org/v/s/x.co.id/a" }];
        injected.push({ tabId: injection.target.tabId, files: injection.files ?? null });
        return [{ result: injection.target.tabId === 13 ? 1 : 3 }];
      },
    },
    commands: { onCommand: on("command") },
    contextMenus: {
      removeAll: async () => void (menus.length = 0),
      create: (m: unknown) => void menus.push(m),
      onClicked: on("menu"),
    },
  },
}));

const { installReader, READER_MENU_ID } = await import("../../src/background/reader.ts");
installReader();
const fire = (name: string, ...args: unknown[]) => listeners[name]!.map((f) => f(...args));
const flush = () => new Promise((r) => setTimeout(r, 0));

describe("background reader", () => {
  beforeEach(() => {
    sent.length = 0;
    injected.length = 0;
  });

  it("toggles the reader in the tab of the keyboard command, or the active tab", async () => {
    fire("command", "toggle-reader", { id: 3 });
    fire("command", "toggle-reader");
    fire("command", "some-other-command", { id: 4 });
    await flush();
    expect(sent).toEqual([
      { tabId: 3, message: { type: "reader-toggle" }, options: { frameId: 0 } },
      { tabId: 7, message: { type: "reader-toggle" }, options: { frameId: 0 } },
    ]);
  });

  it("puts 'Reader view' in the page's context menu, in the UI language, and toggles from it", async () => {
    fire("installed", {});
    await flush();
    expect(menus).toEqual([expect.objectContaining({ id: READER_MENU_ID, title: "Tampilan baca", contexts: ["page"] })]);
    fire("menu", { menuItemId: READER_MENU_ID }, { id: 5 });
    fire("menu", { menuItemId: "someone-elses" }, { id: 5 });
    await flush();
    expect(sent).toEqual([{ tabId: 5, message: { type: "reader-toggle" }, options: { frameId: 0 } }]);
  });

  it("relays the reader frame's requests to its own tab's top frame", async () => {
    const frame = { id: "jernih", url: `${ORIGIN}/src/reader/index.html`, tab: { id: 11 }, frameId: 4 };
    const [article] = fire("message", { type: "reader-load" }, frame) as Promise<unknown>[];
    expect(await article).toEqual({ article: null, error: "none here" });
    await fire("message", { type: "reader-close" }, frame)[0];
    expect(sent).toEqual([
      { tabId: 11, message: { type: "reader-article" }, options: { frameId: 0 } },
      { tabId: 11, message: { type: "reader-toggle", open: false }, options: { frameId: 0 } },
    ]);
  });

  it("answers for a page that does not respond with words, not an exception", async () => {
    const frame = { id: "jernih", url: `${ORIGIN}/src/reader/index.html`, tab: { id: 99 } };
    const answer = await (fire("message", { type: "reader-load" }, frame)[0] as Promise<{ article: unknown; error: string }>);
    expect(answer.article).toBeNull();
    expect(answer.error).toMatch(/did not answer/);
  });

  it("loads the reader's half into a tab that has only the hider before asking it", async () => {
    fire("command", "toggle-reader", { id: 13 });
    await flush();
    expect(injected).toEqual([{ tabId: 13, files: null }, { tabId: 13, files: ["/src/content/features.js"] }]);
    expect(sent).toEqual([{ tabId: 13, message: { type: "reader-toggle" }, options: { frameId: 0 } }]);
  });

  it("opens the reader for a page of an 'always reader' site that asks, from its top frame only", async () => {
    const page = { id: "jernih", url: "https://berita.example/a", tab: { id: 12 }, frameId: 0 };
    await fire("message", { type: "reader-auto-open" }, page)[0];
    expect(sent).toEqual([{ tabId: 12, message: { type: "reader-toggle", open: true, auto: true }, options: { frameId: 0 } }]);
    expect(fire("message", { type: "reader-auto-open" }, { ...page, frameId: 3 })).toEqual([undefined]);
    expect(fire("message", { type: "reader-auto-open" }, { ...page, tab: undefined })).toEqual([undefined]);
    expect(sent.length).toBe(1);
  });

  it("ignores the same requests from anyone but the reader page of this extension", () => {
    const cases = [
      { id: "jernih", url: `${ORIGIN}/src/popup/index.html`, tab: { id: 1 } }, // another page of ours
      { id: "other-extension", url: `${ORIGIN}/src/reader/index.html`, tab: { id: 1 } },
      { id: "jernih", url: "https://evil.example/", tab: { id: 1 } }, // a content script's page
      { id: "jernih", url: `${ORIGIN}/src/reader/index.html` }, // not in a tab
    ];
    for (const sender of cases) expect(fire("message", { type: "reader-load" }, sender)).toEqual([undefined]);
    expect(fire("message", { type: "hidden-count", count: 2 }, cases[0])).toEqual([undefined]);
    expect(sent).toEqual([]);
  });
});

describe("background reader in Google's AMP viewer (the article in a frame from the AMP cache)", () => {
  beforeEach(() => {
    sent.length = 0;
    injected.length = 0;
  });

  it("opens the reader over the AMP page's frame from the keyboard command, and tells it its frame", async () => {
    fire("command", "toggle-reader", { id: VIEWER_TAB });
    await flush();
    await flush();
    expect(sent).toEqual([{ tabId: VIEWER_TAB, message: { type: "reader-toggle", frame: AMP_FRAME }, options: { frameId: AMP_FRAME } }]);
  });

  it("opens it over the frame the context menu was opened in when that frame is an AMP cache page, over the tab's page otherwise", async () => {
    const amp = "https://www-kabar-co-id.cdn.ampproject.org/v/s/www.kabar.co.id/amp/1";
    fire("menu", { menuItemId: READER_MENU_ID, frameId: AMP_FRAME, frameUrl: amp }, { id: VIEWER_TAB });
    fire("menu", { menuItemId: READER_MENU_ID, frameId: 3, frameUrl: "https://ads.example/slot" }, { id: 5 });
    await flush();
    expect(sent).toEqual([
      { tabId: VIEWER_TAB, message: { type: "reader-toggle", frame: AMP_FRAME }, options: { frameId: AMP_FRAME } },
      { tabId: 5, message: { type: "reader-toggle" }, options: { frameId: 0 } },
    ]);
  });

  it("relays the reader frame's requests to the frame of its tab it names", async () => {
    const reader = { id: "jernih", url: `${ORIGIN}/src/reader/index.html?frame=${AMP_FRAME}`, tab: { id: VIEWER_TAB }, frameId: 9 };
    await fire("message", { type: "reader-load", frame: AMP_FRAME }, reader)[0];
    await fire("message", { type: "reader-close", frame: AMP_FRAME }, reader)[0];
    expect(sent).toEqual([
      { tabId: VIEWER_TAB, message: { type: "reader-article" }, options: { frameId: AMP_FRAME } },
      { tabId: VIEWER_TAB, message: { type: "reader-toggle", open: false, frame: AMP_FRAME }, options: { frameId: AMP_FRAME } },
    ]);
    // A frame that is no frame number is no request.
    expect(fire("message", { type: "reader-load", frame: -1 }, reader)).toEqual([undefined]);
  });
});
