/**
 * src/content/browser-api.ts: the browser's own promise-based `browser` where it has one, `chrome`
 * with its message listeners adapted otherwise (Chromium before 148).
 */
import { describe, expect, it, vi } from "vitest";
import { contentApi, type MessageListener } from "../../src/content/browser-api.ts";

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (answer?: unknown) => void) => boolean;

function fakeChrome() {
  const listeners: ChromeListener[] = [];
  const chrome = {
    runtime: {
      id: "abc",
      sendMessage: vi.fn(async (m: unknown) => ({ echo: m })),
      onMessage: { addListener: (fn: ChromeListener) => listeners.push(fn) },
    },
  };
  /** Delivers a message the way Chromium does: the listener's return says whether sendResponse comes later. */
  const deliver = async (message: unknown) => {
    const sendResponse = vi.fn();
    const later = listeners[0]!(message, {}, sendResponse);
    await new Promise((ok) => setTimeout(ok, 0));
    return { later, sendResponse };
  };
  return { chrome, deliver };
}

describe("contentApi", () => {
  it("hands out the browser's own `browser` as it is when it is an extension's API", () => {
    const browser = { runtime: { id: "abc" } };
    const api = contentApi({ browser, chrome: fakeChrome().chrome });
    expect(api.runtime).toBe(browser.runtime);
  });

  it("uses `chrome` where there is no `browser`, or one that is not an extension's (an element with that id)", async () => {
    for (const browser of [undefined, { runtime: {} }, null]) {
      const { chrome } = fakeChrome();
      const api = contentApi({ browser, chrome });
      expect(await api.runtime.sendMessage({ type: "page-plan" })).toEqual({ echo: { type: "page-plan" } });
    }
  });

  it("answers a message through sendResponse when the listener returns a promise of the answer", async () => {
    const { chrome, deliver } = fakeChrome();
    const listener: MessageListener = (m) => ((m as { type: string }).type === "get-state" ? Promise.resolve({ hidden: 3 }) : undefined);
    contentApi({ chrome }).runtime.onMessage.addListener(listener);

    const asked = await deliver({ type: "get-state" });
    expect(asked.later).toBe(true);
    expect(asked.sendResponse).toHaveBeenCalledWith({ hidden: 3 });

    const other = await deliver({ type: "reader-toggle" }); // the second half's: another listener answers
    expect(other.later).toBe(false);
    expect(other.sendResponse).not.toHaveBeenCalled();
  });

  it("answers with nothing, and says why in the console, when the answer fails", async () => {
    const { chrome, deliver } = fakeChrome();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    contentApi({ chrome }).runtime.onMessage.addListener(() => Promise.reject(new Error("broken")));
    const { later, sendResponse } = await deliver({ type: "reveal" });
    expect(later).toBe(true);
    expect(sendResponse).toHaveBeenCalledWith(undefined);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
