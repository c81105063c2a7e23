/**
 * The content script's reload on a settings change (src/shared/runs-in-turn.ts): a change reported
 * while a reload runs gets a reload of its own after it, never an answer read before the change.
 */
import { describe, expect, it } from "vitest";
import { runsInTurn } from "../../src/shared/runs-in-turn.ts";

/** A task whose runs the test ends one by one; each run reads `setting` when it starts, as a reload asks for the plan. */
function fakeReload() {
  const state = { setting: 0, started: 0, running: 0, most: 0 };
  const ends: (() => void)[] = [];
  const task = () => {
    state.started++;
    state.running++;
    state.most = Math.max(state.most, state.running);
    const read = state.setting;
    return new Promise<number>((resolve) => {
      ends.push(() => {
        state.running--;
        resolve(read);
      });
    });
  };
  return { state, task, end: async () => (await settle(), ends.shift()!(), await settle()) };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("runsInTurn", () => {
  it("gives a change reported while a reload runs a reload that sees it", async () => {
    const { state, task, end } = fakeReload();
    const reload = runsInTurn(task);
    state.setting = 1;
    const first = reload();
    await settle(); // the first reload has read the settings
    state.setting = 2; // a second change, reported while the first reload runs
    const second = reload();
    await end();
    expect(await first).toBe(1);
    await end();
    expect(await second).toBe(2);
    expect(state.started).toBe(2);
    expect(state.most).toBe(1);
  });

  it("lets the messages of one change that come before its reload starts share it", async () => {
    const { state, task, end } = fakeReload();
    const reload = runsInTurn(task);
    const a = reload();
    const b = reload(); // the popup's and the background's messages, one after the other
    expect(b).toBe(a);
    await end();
    expect(state.started).toBe(1);
    // Several during one run: one more run for all of them.
    const c = reload();
    await settle();
    const [d, e] = [reload(), reload()];
    expect([d === e, d === c]).toEqual([true, false]);
    await end();
    await end();
    expect(state.started).toBe(3);
    expect(state.most).toBe(1);
  });

  it("runs the next reload after one that failed, and gives the failure to its own caller", async () => {
    let calls = 0;
    const reload = runsInTurn(async () => {
      calls++;
      if (calls === 1) throw new Error("no plan");
      return calls;
    });
    const failed = reload();
    await settle();
    const next = reload();
    await expect(failed).rejects.toThrow("no plan");
    expect(await next).toBe(2);
  });
});
