/**
 * Chromium's content-script loader (src/content/loader.ts): it imports the first half from the
 * extension, and a message that comes before the first half is in waits for it and gets its answer;
 * once it is in, the loader's listener (the only one in Chromium) passes messages to it at once.
 * The extension's file is stood in for by a module (a data: URL) that takes a moment to arrive.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

type Listener = (msg: unknown, sender: unknown, reply: (answer?: unknown) => void) => boolean;
const world = globalThis as Record<string, unknown>;
const PAGE_URL = "https://www.contoh.example/berita/satu";

/** A first half that is in after `ms` and answers "get-state" (as main.ts puts its answer on the world). */
let loads = 0;
function firstHalfModule(ms: number): string {
  // Each load its own module (an import of the same URL would be the module already evaluated).
  const src = `// load ${++loads}
await new Promise((ok) => setTimeout(ok, ${ms}));
globalThis.__jernihAnswer = (m) => (m && m.type === "get-state" ? Promise.resolve({ phase: "article" }) : undefined);`;
  return `data:text/javascript,${encodeURIComponent(src)}`;
}

async function startLoader(ms: number): Promise<{ listener: Listener; asked: string[]; sent: unknown[] }> {
  const asked: string[] = [];
  const sent: unknown[] = [];
  let listener: Listener | null = null;
  world.location = { href: PAGE_URL };
  world.chrome = {
    runtime: {
      getURL: (path: string) => (asked.push(path), firstHalfModule(ms)),
      sendMessage: (m: unknown) => (sent.push(m), Promise.resolve({ plan: null })),
      onMessage: { addListener: (fn: Listener) => void (listener = fn) },
    },
  };
  vi.resetModules();
  await import("../../src/content/loader.ts");
  return { listener: listener!, asked, sent };
}

afterEach(() => {
  delete world.chrome;
  delete world.__jernihAnswer;
  delete world.__jernihPage;
  delete world.__jernihPlan;
  delete world.location;
});

describe("the content-script loader", () => {
  it("imports the built first half from the extension and marks the page as having it", async () => {
    const { asked } = await startLoader(0);
    expect(asked).toEqual(["src/content/main.js"]);
    expect(world.__jernihPage).toBe(true);
  });

  it("asks for the page's plan at once, before the first half is in, and leaves the reply to it", async () => {
    const { sent } = await startLoader(50);
    expect(world.__jernihAnswer).toBeUndefined(); // not in yet
    expect(sent).toEqual([{ type: "page-plan", url: PAGE_URL, sheet: "full", previous: null, insert: true }]);
    expect(await world.__jernihPlan).toEqual({ plan: null });
  });

  it("has a message that comes before the first half wait for it, and answers with the first half's answer", async () => {
    const { listener } = await startLoader(50);
    expect(world.__jernihAnswer).toBeUndefined(); // not in yet
    const answered = new Promise((ok) => expect(listener({ type: "get-state" }, {}, ok)).toBe(true));
    expect(await answered).toEqual({ phase: "article" });
  });

  it("answers a message the first half does not take with nothing, rather than leaving it hanging", async () => {
    const { listener } = await startLoader(20);
    const answered = new Promise((ok) => expect(listener({ type: "reader-toggle" }, {}, ok)).toBe(true));
    expect(await answered).toBeUndefined();
  });

  it("once the first half is in, answers with it at once, and leaves the messages it does not take to others", async () => {
    const { listener } = await startLoader(0);
    await vi.waitFor(() => expect(world.__jernihAnswer).toBeTypeOf("function"));
    await new Promise((ok) => setTimeout(ok, 0));
    const answered = new Promise((ok) => expect(listener({ type: "get-state" }, {}, ok)).toBe(true));
    expect(await answered).toEqual({ phase: "article" });
    const reply = vi.fn();
    expect(listener({ type: "reader-toggle" }, {}, reply)).toBe(false);
    expect(reply).not.toHaveBeenCalled();
  });
});
