/**
 * src/content/browser-api.cjs: the browser's own promise-based API where it has one, the polyfill
 * otherwise — the polyfill's own rule, checked before its module is loaded at all.
 */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { describe, expect, it } from "vitest";

const SOURCE = readFileSync(new URL("../../src/content/browser-api.cjs", import.meta.url), "utf8");

function load(globals: Record<string, unknown>) {
  const required: string[] = [];
  const polyfill = { from: "polyfill" };
  const module = { exports: {} as unknown };
  const run = runInContext(`(function (module, exports, require) {${SOURCE}\n})`, createContext({ ...globals }));
  run(module, module.exports, (id: string) => {
    required.push(id);
    return polyfill;
  });
  return { api: module.exports, required, polyfill };
}

describe("browser-api.cjs", () => {
  it("hands out the browser's own `browser` when it is an extension's API, without loading the polyfill", () => {
    const browser = { runtime: { id: "abc" } };
    const { api, required } = load({ browser });
    expect(api).toBe(browser);
    expect(required).toEqual([]);
  });

  it("loads the polyfill where there is no `browser` (Chromium before its `browser` namespace), or one that is not an extension's", () => {
    for (const globals of [{ chrome: { runtime: { id: "abc" } } }, { browser: { runtime: {} } }, { browser: null }]) {
      const { api, required, polyfill } = load(globals);
      expect(required).toEqual(["webextension-polyfill"]);
      expect(api).toBe(polyfill);
    }
  });
});
