/**
 * src/shared/page-features.ts: messages for the content script's second half load it first (once),
 * the hider's own messages go straight through, and the flag the probe reads is the one the second
 * half sets.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleFrame, FEATURE_MESSAGES, FEATURES_FILE, FEATURES_FLAG, PAGE_FLAG, needsFeatures, sendToPage, type PageApi } from "../../src/shared/page-features.ts";

const world = globalThis as Record<string, unknown>;

/** A tab whose page world is this test's global object: the probe really runs against it. */
function fakeTab() {
  const calls: string[] = [];
  const api: PageApi = {
    scripting: {
      async executeScript(inj) {
        if (inj.func) {
          calls.push("probe");
          // The probe runs in the page's world: here, against this fake one.
          return [{ result: (inj.func as () => unknown).call(null) }];
        }
        calls.push(`inject ${inj.files?.join()}`);
        world[FEATURES_FLAG] = true;
        return [{}];
      },
    },
    tabs: {
      async sendMessage(_tab, message) {
        calls.push(`send ${(message as { type: string }).type}`);
        return { ok: true };
      },
    },
  };
  return { api, calls };
}

describe("sendToPage", () => {
  beforeEach(() => {
    world[PAGE_FLAG] = true;
    delete world[FEATURES_FLAG];
  });
  afterEach(() => {
    delete world[PAGE_FLAG];
    delete world[FEATURES_FLAG];
  });

  it("loads the second half before its first message, and only once", async () => {
    const { api, calls } = fakeTab();
    await sendToPage(api, 7, { type: "article-summary" });
    await sendToPage(api, 7, { type: "reader-toggle" });
    expect(calls).toEqual(["probe", `inject ${FEATURES_FILE}`, "send article-summary", "probe", "send reader-toggle"]);
  });

  it("puts nothing into a tab where the first half is not running (a blank tab), and says so", async () => {
    delete world[PAGE_FLAG];
    const { api, calls } = fakeTab();
    await expect(sendToPage(api, 7, { type: "article-summary" })).rejects.toThrow(/not running/);
    expect(calls).toEqual(["probe"]);
  });

  it("sends the hider's own messages straight to the page", async () => {
    const { api, calls } = fakeTab();
    await sendToPage(api, 7, { type: "get-state" });
    await sendToPage(api, 7, { type: "reveal", reveal: true });
    expect(calls).toEqual(["send get-state", "send reveal"]);
  });

  it("fails as the page does when the browser refuses to inject (a page extensions may not touch)", async () => {
    const { api } = fakeTab();
    api.scripting.executeScript = () => Promise.reject(new Error("Cannot access contents of the page"));
    await expect(sendToPage(api, 7, { type: "start-picker" })).rejects.toThrow(/Cannot access/);
  });
});

describe("the two halves agree", () => {
  it("every message the second half answers is routed through the loader", () => {
    const sources = ["src/content/reader-toggle.ts", "src/content/picker/index.ts"].map((f) => readFileSync(resolve(import.meta.dirname, "../..", f), "utf8")).join("\n");
    const answered = new Set([...sources.matchAll(/(?:case\s+|type\s*[!=]==\s*)"([a-z-]+)"/g)].map((m) => m[1]!));
    expect([...answered].sort()).toEqual([...FEATURE_MESSAGES].sort());
    for (const type of answered) expect(needsFeatures({ type }), type).toBe(true);
  });

  it("the probe reads the flag the second half sets, and the loader injects the file the build writes", () => {
    const probeSource = readFileSync(resolve(import.meta.dirname, "../../src/shared/page-features.ts"), "utf8");
    expect(probeSource).toContain(`["${FEATURES_FLAG}"]`);
    expect(probeSource).toContain(`["${PAGE_FLAG}"]`);
    const vite = readFileSync(resolve(import.meta.dirname, "../../vite.config.ts"), "utf8");
    expect(vite).toContain(`"${FEATURES_FILE.replace(/^\//, "").replace(/\.js$/, ".ts")}"`);
    const manifest = readFileSync(resolve(import.meta.dirname, "../../manifest.json"), "utf8");
    expect(manifest).not.toContain("features"); // not a declared content script: loaded on demand only
  });
});

describe("articleFrame: which frame of a tab the popup and the reader are about", () => {
  const VIEWER = "https://www.google.com/amp/s/www.kabar-rawa.co.id/amp/read/2";
  const cache = (path: string) => `https://www-kabar-rawa-co-id.cdn.ampproject.org/v/s/www.kabar-rawa.co.id/amp/read/${path}?amp_js_v=0.1`;
  /** A tab of frames, each with its address and whether Jernih's first half runs there; the probe runs in each as the browser would. */
  function tab(top: { isArticle: boolean; url: string }, frames: { frameId: number; href: string; ours: boolean }[]) {
    const api: PageApi = {
      scripting: {
        async executeScript(inj) {
          if (!inj.target.allFrames) throw new Error("only the probe of every frame is expected here");
          return frames.map(({ frameId, href, ours }) => {
            const saved = { flag: world[PAGE_FLAG], location: Object.getOwnPropertyDescriptor(globalThis, "location") };
            world[PAGE_FLAG] = ours;
            Object.defineProperty(globalThis, "location", { value: new URL(href), configurable: true });
            try {
              return { frameId, result: (inj.func as (s: unknown) => unknown)(...(inj.args ?? []) as [unknown]) };
            } finally {
              world[PAGE_FLAG] = saved.flag;
              if (saved.location) Object.defineProperty(globalThis, "location", saved.location);
              else delete (globalThis as { location?: unknown }).location;
            }
          });
        },
      },
      tabs: { sendMessage: async (_tab, message) => ((message as { type: string }).type === "get-state" ? { ...top, hidden: {}, revealed: false, removed: [] } : undefined) },
    };
    return api;
  }

  it("is the top frame when its page is an article, whatever frames it holds", async () => {
    const api = tab({ isArticle: true, url: "https://www.kabar-rawa.co.id/read/2" }, [{ frameId: 4, href: cache("9"), ours: true }]);
    expect(await articleFrame(api, 1)).toBe(0);
  });

  it("is the AMP page the viewer shows, among the results it loaded ahead, and not a frame without Jernih or off the cache", async () => {
    const api = tab({ isArticle: false, url: VIEWER }, [
      { frameId: 3, href: "https://ads.example/slot", ours: false },
      { frameId: 5, href: cache("1"), ours: true },
      { frameId: 7, href: cache("2"), ours: true },
      { frameId: 8, href: "https://x.cdn.ampproject.org/v/s/x.co.id/a", ours: false },
    ]);
    expect(await articleFrame(api, 1)).toBe(7);
  });

  it("is the first AMP page when the viewer's address names none, and the top frame when there is no AMP page", async () => {
    expect(await articleFrame(tab({ isArticle: false, url: "https://viewer.example/" }, [{ frameId: 5, href: cache("1"), ours: true }, { frameId: 7, href: cache("2"), ours: true }]), 1)).toBe(5);
    expect(await articleFrame(tab({ isArticle: false, url: "https://www.kabar-rawa.co.id/" }, [{ frameId: 3, href: "https://ads.example/slot", ours: false }]), 1)).toBe(0);
  });
});
