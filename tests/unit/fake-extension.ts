/**
 * A stand-in for the browser that runs the extension's real entry points, each in its own jsdom
 * window, as the browser runs them: the background page, extension pages (the popup) and a tab's
 * content script, each a bundle of its entry module (esbuild, as vite bundles them) with its own
 * `browser` object. The parts are wired the way the browser wires them: runtime and tab messages,
 * storage and its change events, `scripting` into a tab's window, badges.
 *
 * `platform: "android"` leaves out what Firefox for Android lacks (MDN browser-compat-data,
 * node_modules/@mdn/browser-compat-data: `menus`/`contextMenus`, `commands`, `windows`; and a tab
 * carries no `openerTabId`). Whatever goes wrong is collected in `problems`: an exception thrown by
 * a listener, a script error in a window, console.error/console.warn of any part.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { JSDOM, VirtualConsole } from "jsdom";

const ROOT = join(import.meta.dirname, "../..");
const bundles = new Map<string, Promise<string>>();

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const MESSAGES = JSON.parse(readFileSync(join(ROOT, "_locales/en/messages.json"), "utf8")) as Record<string, Message>;

/** browser.i18n.getMessage on the English messages: named placeholders, then $1…$9. */
function getMessage(key: string, subs?: string | string[]): string {
  const m = MESSAGES[key];
  if (!m) return "";
  const args = subs === undefined ? [] : ([] as string[]).concat(subs);
  const named = m.message.replace(/\$(\w+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? "");
  return named.replace(/\$(\d)/g, (_, i: string) => args[Number(i) - 1] ?? "");
}

/**
 * The entry module as one classic script (what the extension's build makes of it). Its import() of
 * a module from the extension (Chromium's loader) becomes a call of the window's `require`, through
 * which the fake serves the module (see openTab): jsdom runs no modules.
 */
export function bundle(entry: string): Promise<string> {
  let code = bundles.get(entry);
  if (!code) {
    code = build({
      entryPoints: [join(ROOT, entry)], bundle: true, format: "iife", platform: "browser", target: "es2022", write: false, logLevel: "silent",
      supported: { "dynamic-import": false },
    }).then((r) => r.outputFiles[0]!.text);
    bundles.set(entry, code);
  }
  return code;
}

type Listener = (...args: unknown[]) => unknown;
export type Platform = "desktop" | "android";
/**
 * The extension API's name in a content script: `browser` (Firefox, Chromium 148+), or only `chrome`
 * (Chromium before 148: the same API, whose message listeners answer through sendResponse).
 */
export type Namespace = "browser" | "chrome";

/** One part of the extension: a window, its `browser` object and its listeners. */
export interface Part {
  kind: "background" | "page" | "content";
  url: string;
  window: JSDOM["window"];
  tabId?: number;
  listeners: Record<string, Listener[]>;
  closed: boolean;
}

interface Tab {
  id: number;
  url: string;
  active: boolean;
  content: Part | null;
}

const NO_RECEIVER = "Could not establish connection. Receiving end does not exist.";
const hop = () => new Promise((r) => setTimeout(r, 0));

export class FakeExtension {
  readonly id = "jernih@jernih.app";
  readonly base = "moz-extension://3f1c7a52-android-test";
  readonly problems: string[] = [];
  readonly badges = new Map<number, string>();
  readonly sheets = new Map<string, unknown>();
  readonly insertedCss: { tabId: number; css: string }[] = [];
  readonly opened: string[] = [];
  /** Every runtime message, in the order sent, and which part sent it. */
  readonly sent: { from: Part["kind"]; message: unknown }[] = [];
  readonly menus: unknown[] = [];
  private readonly parts: Part[] = [];
  private readonly tabs = new Map<number, Tab>();
  private readonly areas = { local: new Map<string, unknown>(), sync: new Map<string, unknown>() };

  constructor(
    readonly platform: Platform,
    readonly contentNamespace: Namespace = "browser",
  ) {}

  /** Starts the background page (Firefox: background scripts in a page); `event`: the extension was just installed, or the browser started. */
  async startBackground(event: "installed" | "startup" = "installed"): Promise<Part> {
    const part = await this.start("background", `${this.base}/_generated_background_page.html`, "<!doctype html><body></body>", "src/background/main.ts");
    this.fire(part, event, ...(event === "installed" ? [{ reason: "install" }] : []));
    return part;
  }

  /**
   * Opens a web page in a new tab (the active one) with the content script's first half running in
   * it: itself (Firefox, `browser`), or imported by Chromium's loader (`chrome`; manifest.json).
   */
  async openTab(id: number, url: string, html: string): Promise<Part> {
    for (const t of this.tabs.values()) t.active = false;
    const tab: Tab = { id, url, active: true, content: null };
    this.tabs.set(id, tab);
    const chromium = this.contentNamespace === "chrome";
    const firstHalf = await bundle("src/content/main.ts");
    tab.content = await this.start("content", url, html, chromium ? "src/content/loader.ts" : "src/content/main.ts", id, (window) => {
      // The module the loader imports from the extension: the built first half, and nothing else.
      const served = `${this.base}/src/content/main.js`;
      const serve = (path: string) => {
        if (path !== served) throw new Error(`no such module in the extension: ${path}`);
        window.eval(firstHalf);
        return {};
      };
      Object.assign(window, { require: serve });
    });
    return tab.content;
  }

  /** Opens an extension page (e.g. "src/popup/index.html"), its own HTML and entry module. */
  openPage(path: string, entry: string): Promise<Part> {
    const html = readFileSync(join(ROOT, path.split("?")[0]!), "utf8");
    return this.start("page", `${this.base}/${path}`, html, entry);
  }

  /** Calls a part's listeners of a browser event, as the browser would; an exception is a problem. */
  fire(part: Part, event: string, ...args: unknown[]): unknown[] {
    const results: unknown[] = [];
    for (const f of part.listeners[event] ?? []) {
      try {
        results.push(f(...args));
      } catch (e) {
        this.problems.push(`${part.kind} ${event} listener threw: ${String(e)}`);
      }
    }
    return results;
  }

  private async start(kind: Part["kind"], url: string, html: string, entry: string, tabId?: number, prepare?: (w: JSDOM["window"]) => void): Promise<Part> {
    const console = new VirtualConsole();
    const part = { kind, url, tabId, listeners: {}, closed: false } as Part;
    const note = (what: string) => (...args: unknown[]) => this.problems.push(`${kind} ${what}: ${args.map(String).join(" ")}`);
    console.on("jsdomError", note("script error"));
    console.on("error", note("console.error"));
    console.on("warn", note("console.warn"));
    const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true, virtualConsole: console });
    part.window = dom.window;
    const close = dom.window.close.bind(dom.window);
    dom.window.close = () => {
      part.closed = true;
      close();
    };
    const api = this.api(part);
    Object.assign(dom.window, kind === "content" && this.contentNamespace === "chrome" ? { chrome: api } : { browser: api, chrome: { runtime: { id: this.id } } });
    this.parts.push(part);
    prepare?.(dom.window);
    dom.window.eval(await bundle(entry));
    return part;
  }

  private event(part: Part, name: string) {
    const list = (part.listeners[name] ??= []);
    return {
      addListener: (f: Listener) => void list.push(f),
      removeListener: (f: Listener) => void list.splice(list.indexOf(f) >>> 0, 1),
      hasListener: (f: Listener) => list.includes(f),
    };
  }

  /**
   * Delivers a message to the first listener (of `to`) that answers, as both browsers do: with a
   * promise (not in `chrome`, see Namespace), or by returning true and calling sendResponse later.
   */
  private async deliver(to: Part[], message: unknown, sender: object): Promise<unknown> {
    await hop();
    const copy = structuredClone(message);
    for (const part of to) {
      let sendResponse: (answer?: unknown) => void = () => {};
      const responded = new Promise((ok) => (sendResponse = ok));
      // Chromium before 148 takes no promise from a listener: only true and sendResponse answer.
      const promises = !(part.kind === "content" && this.contentNamespace === "chrome");
      for (const answer of this.fire(part, "message", copy, sender, sendResponse)) {
        if (promises && answer && typeof (answer as Promise<unknown>).then === "function") return structuredClone(await answer);
        if (answer === true) return structuredClone(await responded);
      }
    }
    throw new Error(NO_RECEIVER);
  }

  private senderOf(part: Part): object {
    const tab = part.tabId === undefined ? undefined : this.tabInfo(this.tabs.get(part.tabId)!);
    return tab ? { id: this.id, url: part.url, tab, frameId: 0 } : { id: this.id, url: part.url };
  }

  private tabInfo(t: Tab) {
    // No openerTabId: Firefox for Android has none (and a fresh tab has none anywhere).
    return { id: t.id, url: t.url, active: t.active, index: t.id, incognito: false, highlighted: t.active, pinned: false };
  }

  private api(part: Part): Record<string, unknown> {
    const api: Record<string, unknown> = {
      runtime: this.runtimeApi(part),
      i18n: { getMessage, getUILanguage: () => "en" },
      storage: this.storageApi(part),
      tabs: this.tabsApi(part),
      scripting: this.scriptingApi(),
      action: {
        setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void this.badges.set(tabId, text),
        setBadgeBackgroundColor: async () => {},
        getBadgeText: async ({ tabId }: { tabId: number }) => this.badges.get(tabId) ?? "",
      },
    };
    if (this.platform === "desktop") Object.assign(api, this.desktopOnlyApi(part));
    return api;
  }

  /** What desktop browsers have and Firefox for Android does not. */
  private desktopOnlyApi(part: Part): Record<string, unknown> {
    const contextMenus = {
      create: (item: { id: string }) => {
        if (this.menus.some((m) => (m as { id: string }).id === item.id)) throw new Error(`Cannot create item with duplicate id ${item.id}`);
        this.menus.push(item);
      },
      removeAll: async () => void (this.menus.length = 0),
      onClicked: this.event(part, "menu"),
    };
    return { contextMenus, menus: contextMenus, commands: { onCommand: this.event(part, "command") }, windows: {} };
  }

  private runtimeApi(part: Part) {
    return {
      id: this.id,
      getURL: (path: string) => `${this.base}/${path.replace(/^\//, "")}`,
      onMessage: this.event(part, "message"),
      onInstalled: this.event(part, "installed"),
      onStartup: this.event(part, "startup"),
      // Extension pages hear runtime messages (the sender's own page excepted); content scripts do not.
      sendMessage: (message: unknown) => {
        this.sent.push({ from: part.kind, message: structuredClone(message) });
        return this.deliver(this.parts.filter((p) => p !== part && p.kind !== "content" && !p.closed), message, this.senderOf(part));
      },
      openOptionsPage: async () => void this.opened.push(`${this.base}/src/options/index.html`),
    };
  }

  private tabsApi(part: Part) {
    const tab = (id: number) => {
      const t = this.tabs.get(id);
      if (!t) throw new Error(`Invalid tab ID: ${id}`);
      return t;
    };
    return {
      query: async (q: { active?: boolean }) => [...this.tabs.values()].filter((t) => q.active === undefined || t.active === q.active).map((t) => this.tabInfo(t)),
      get: async (id: number) => this.tabInfo(tab(id)),
      getCurrent: async () => undefined, // the popup is in no tab
      create: async ({ url }: { url: string }) => (this.opened.push(url), { id: 1000 + this.opened.length, url }),
      reload: async (id: number) => void tab(id),
      sendMessage: async (id: number, message: unknown) => {
        const content = tab(id).content;
        return this.deliver(content && !content.closed ? [content] : [], message, this.senderOf(part));
      },
    };
  }

  private scriptingApi() {
    const contentOf = (target: { tabId: number }) => {
      const content = this.tabs.get(target.tabId)?.content;
      if (!content) throw new Error(`Missing host permission for the tab ${target.tabId}`);
      return content;
    };
    return {
      // A function runs serialised in the tab, as in the browser: only its source crosses over.
      executeScript: async (inj: { target: { tabId: number }; func?: () => unknown; files?: string[] }) => {
        const win = contentOf(inj.target).window;
        if (inj.func) return [{ frameId: 0, result: structuredClone(win.eval(`(${inj.func.toString()})()`)) }];
        for (const file of inj.files ?? []) {
          if (file !== "/src/content/features.js") throw new Error(`Unable to load script: ${file}`);
          win.eval(await bundle("src/content/features.ts"));
        }
        return [{ frameId: 0, result: undefined }];
      },
      insertCSS: async ({ target, css }: { target: { tabId: number }; css: string }) => void this.insertedCss.push({ tabId: contentOf(target).tabId!, css }),
      removeCSS: async () => {},
      registerContentScripts: async (list: { id: string }[]) => list.forEach((s) => this.sheets.set(s.id, s)),
      updateContentScripts: async (list: { id: string }[]) => list.forEach((s) => this.sheets.set(s.id, s)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => this.sheets.delete(id)),
      getRegisteredContentScripts: async () => [...this.sheets.values()],
    };
  }

  private storageApi(part: Part) {
    const area = (name: "local" | "sync") => {
      const map = this.areas[name];
      const keysOf = (k: unknown): string[] => (k == null ? [...map.keys()] : typeof k === "string" ? [k] : Array.isArray(k) ? k : Object.keys(k as object));
      return {
        get: async (k?: unknown) => Object.fromEntries(keysOf(k).filter((key) => map.has(key)).map((key) => [key, structuredClone(map.get(key))])),
        set: async (items: Record<string, unknown>) => this.change(name, Object.entries(structuredClone(items))),
        remove: async (k: string | string[]) => this.change(name, keysOf(k).map((key) => [key, undefined])),
      };
    };
    return { local: area("local"), sync: area("sync"), onChanged: this.event(part, "storage") };
  }

  private change(name: "local" | "sync", entries: [string, unknown][]): void {
    const map = this.areas[name];
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of entries) {
      changes[key] = { oldValue: map.get(key), newValue: value };
      if (value === undefined) map.delete(key);
      else map.set(key, value);
    }
    // Every part hears a change, a moment later.
    void hop().then(() => this.parts.filter((p) => !p.closed).forEach((p) => this.fire(p, "storage", structuredClone(changes), name)));
  }
}
