/**
 * The bench's content-script figure (scripts/profile-time.ts): profiler samples of the extension's
 * scripts, in wall time and in the thread's running time. Profiles and traces built by hand, shaped
 * like CDP's (microseconds; each sample stands for the time since the one before it).
 */
import { describe, expect, it } from "vitest";
import { attributed, mainThreadTasks, type CpuProfile, type TraceEvent } from "../../scripts/profile-time.ts";

const EXT = "chrome-extension://abc/src/content/main.js";
const PAGE = "http://127.0.0.1/page.js";

/** Nodes: 1 root, 2 (idle), 3 an extension function, 4 a page function, 5 a page function called by the extension. */
function profile(samples: number[], timeDeltas: number[], startTime = 1_000_000): CpuProfile {
  return {
    startTime,
    samples,
    timeDeltas,
    nodes: [
      { id: 1, callFrame: { url: "", functionName: "(root)" }, children: [2, 3, 4] },
      { id: 2, callFrame: { url: "", functionName: "(idle)" } },
      { id: 3, callFrame: { url: EXT, functionName: "walkHits" }, children: [5] },
      { id: 4, callFrame: { url: PAGE, functionName: "render" } },
      { id: 5, callFrame: { url: PAGE, functionName: "callback" } },
    ],
  };
}

const isExt = (url: string) => url.startsWith("chrome-extension://");

describe("attributed", () => {
  it("counts the samples with an extension frame anywhere on the stack, each for the time since the one before", () => {
    // 100 µs apart: ext, page, page called by ext, idle, ext.
    const p = profile([3, 4, 5, 2, 3], [100, 100, 100, 100, 100]);
    const t = attributed(p, [], isExt);
    expect(t.wall).toBeCloseTo(0.3); // ms
    expect(t.cpu).toBeCloseTo(0.3); // no task known: counted whole
    expect(attributed(p, [], (u) => u === PAGE).wall).toBeCloseTo(0.2);
  });

  it("scales a sample by its task's thread time over wall time: a wait for the processor is nobody's script time", () => {
    // A 5 ms gap before the third sample: the thread was kept waiting. Its task ran a quarter of its 6.5 ms.
    const p = profile([3, 3, 3, 3], [500, 500, 5000, 500], 0);
    const tasks = [{ ts: 0, dur: 6500, tdur: 1625 }];
    const t = attributed(p, tasks, isExt);
    expect(t.wall).toBeCloseTo(6.5);
    expect(t.cpu).toBeCloseTo(6.5 * 0.25);
  });

  it("takes each sample's own task, and counts a sample outside every task whole", () => {
    // Sample times: 1000, 2000 (task A: ran all its time), 3000 (between tasks), 4000 (task B: ran half).
    const p = profile([3, 3, 3, 3], [1000, 1000, 1000, 1000], 0);
    const tasks = [{ ts: 500, dur: 2000, tdur: 2000 }, { ts: 3500, dur: 1000, tdur: 500 }];
    const t = attributed(p, tasks, isExt);
    expect(t.wall).toBeCloseTo(4);
    expect(t.cpu).toBeCloseTo(1 + 1 + 1 + 0.5);
  });

  it("never counts more than the wall time (a task whose thread time reads over its wall time)", () => {
    const p = profile([3], [1000], 0);
    expect(attributed(p, [{ ts: 0, dur: 2000, tdur: 2600 }], isExt).cpu).toBeCloseTo(1);
  });
});

describe("mainThreadTasks", () => {
  const meta = (pid: number, name: string): TraceEvent => ({ ph: "M", name: "thread_name", pid, tid: pid, ts: 0, args: { name } });
  const task = (pid: number, ts: number, dur: number, tdur: number, cat = "toplevel"): TraceEvent => (
    { ph: "X", name: "ThreadControllerImpl::RunTask", cat, pid, tid: pid, ts, dur, tdur }
  );

  it("keeps the renderer main thread that ran the profiled samples, outermost tasks only, in time order", () => {
    // Busy samples at 1000, 2000, 3000; idle at 4000.
    const p = profile([3, 4, 3, 2], [1000, 1000, 1000, 1000], 0);
    const events: TraceEvent[] = [
      meta(7, "CrRendererMain"), meta(8, "CrRendererMain"), meta(9, "CrBrowserMain"),
      // Another renderer, busy at other times; the browser process, busy all along.
      task(8, 3900, 300, 300),
      task(9, 0, 10_000, 10_000),
      // The page's: two tasks, one with a nested event, given out of order; and an event of another category.
      task(7, 2500, 1000, 800),
      task(7, 500, 2000, 1000),
      task(7, 600, 100, 100),
      task(7, 600, 100, 100, "devtools.timeline"),
    ];
    expect(mainThreadTasks(events, p)).toEqual([
      { ts: 500, dur: 2000, tdur: 1000 },
      { ts: 2500, dur: 1000, tdur: 800 },
    ]);
  });

  it("finds nothing in a trace without a renderer main thread (every sample then counts whole)", () => {
    const p = profile([3], [1000], 0);
    const tasks = mainThreadTasks([meta(9, "CrBrowserMain"), task(9, 0, 5000, 100)], p);
    expect(tasks).toEqual([]);
    expect(attributed(p, tasks, isExt).cpu).toBeCloseTo(1);
  });
});
