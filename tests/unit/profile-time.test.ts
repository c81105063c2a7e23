/**
 * The bench's content-script figure (scripts/profile-time.ts): profiler samples of the extension's
 * scripts, in wall time and in the thread's running time. Profiles and traces built by hand, shaped
 * like CDP's (microseconds; each sample stands for the time since the one before it).
 */
import { describe, expect, it } from "vitest";
import { attributed, functionTimes, loadThreadTime, mainThreadTasks, markedTaskThreadTime, pageLoad, type CpuProfile, type TraceEvent } from "../../scripts/profile-time.ts";

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

describe("functionTimes", () => {
  /** Nodes: 1 root, 2 ext "start" (line 10), 3 ext "walk" under it (line 20), 4 a native frame under walk, 5 a page function. */
  const nested = (samples: number[], timeDeltas: number[]): CpuProfile => ({
    startTime: 0,
    samples,
    timeDeltas,
    nodes: [
      { id: 1, callFrame: { url: "", functionName: "(root)" }, children: [2, 5] },
      { id: 2, callFrame: { url: EXT, functionName: "start", lineNumber: 9 }, children: [3] },
      { id: 3, callFrame: { url: EXT, functionName: "walk", lineNumber: 19 }, children: [4] },
      { id: 4, callFrame: { url: "", functionName: "querySelectorAll" } },
      { id: 5, callFrame: { url: PAGE, functionName: "render" } },
    ],
  });

  it("gives each of our functions its self and total time; a native frame under ours counts for ours", () => {
    // start alone, walk, querySelectorAll under walk, the page's own: 1 ms each.
    const t = functionTimes(nested([2, 3, 4, 5], [1000, 1000, 1000, 1000]), [], isExt);
    expect(Object.keys(t).sort()).toEqual(["start src/content/main.js:10", "walk src/content/main.js:20"]);
    expect(t["start src/content/main.js:10"]).toEqual({ self: 1, total: 3 });
    expect(t["walk src/content/main.js:20"]).toEqual({ self: 2, total: 2 });
  });

  it("counts a sample in thread time, as attributed does, and sums to attributed's figure", () => {
    const p = nested([3, 3, 3, 3], [500, 500, 5000, 500]);
    const tasks = [{ ts: 0, dur: 6500, tdur: 1625 }];
    const t = functionTimes(p, tasks, isExt);
    expect(t["walk src/content/main.js:20"]!.self).toBeCloseTo(attributed(p, tasks, isExt).cpu);
    expect(t["start src/content/main.js:10"]!.total).toBeCloseTo(6.5 * 0.25);
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

describe("loadThreadTime", () => {
  const URL_ = "https://www.kompas.com/read/x";
  const FRAME = "F1";
  const mark = (name: string, ts: number, pid = 7, extra: Partial<TraceEvent> = {}): TraceEvent => (
    { ph: "R", name, cat: "blink.user_timing", pid, tid: pid, ts, args: { frame: FRAME }, ...extra }
  );
  const nav = (ts: number, url: string, pid = 7): TraceEvent =>
    mark("navigationStart", ts, pid, { args: { frame: FRAME, data: { documentLoaderURL: url, isOutermostMainFrame: true } } });
  const task = (ts: number, dur: number, tdur: number | undefined, pid = 7, cat = "toplevel"): TraceEvent => (
    { ph: "X", name: "ThreadControllerImpl::RunTask", cat, pid, tid: pid, ts, dur, tdur }
  );
  // The page navigates at 10 000 µs and its load event ends at 50 000 µs: the window ends at 1 050 000.
  const base: TraceEvent[] = [
    nav(10_000, URL_), nav(12_000, ""), mark("loadEventEnd", 50_000),
    task(5_000, 1_000, 900), // before navigation start
    task(20_000, 4_000, 3_000), task(20_500, 1_000, 800), // an outer task and one inside it
    task(30_000, 2_000, 1_000, 7, "toplevel,mojom"),
    task(31_000, 500, 400, 7, "devtools.timeline"), // not a toplevel task
    task(1_046_000, 5_000, 2_000), // starts in the window, ends after it: counts whole
    task(1_051_000, 1_000, 1_000), // after the window
    task(25_000, 9_000, 9_000, 8), // another renderer
  ];

  it("sums the thread time of the outermost toplevel tasks of the page's thread, from navigation until load + 1 s", () => {
    const t = loadThreadTime(base, URL_)!;
    expect(t.ms).toBeCloseTo((3_000 + 1_000 + 2_000) / 1000);
    expect(t.wallMs).toBeCloseTo((4_000 + 2_000 + 5_000) / 1000);
    expect(t.loadMs).toBeCloseTo(40);
    expect(t).toMatchObject({ tasks: 3, untimed: 0 });
    expect(loadThreadTime(base, URL_, 0)!.ms).toBeCloseTo(4);
    // A window that ends where a task starts leaves it out.
    expect(loadThreadTime(base, URL_, 1001)!.ms).toBeCloseTo(6);
  });

  it("finds the page's thread by its navigation, not by which renderer is busiest", () => {
    const other = [nav(10_000, "https://elsewhere.example/"), mark("loadEventEnd", 40_000, 8), ...base];
    other[0]!.pid = other[0]!.tid = 8;
    expect(loadThreadTime(other, "https://elsewhere.example/")!.ms).toBeCloseTo(9);
    expect(loadThreadTime(other, URL_)!.ms).toBeCloseTo(6);
  });

  it("counts a task without a thread time as untimed, and gives null for a load not in the trace", () => {
    const t = loadThreadTime([...base, task(40_000, 3_000, undefined)], URL_)!;
    expect(t).toMatchObject({ tasks: 4, untimed: 1 });
    expect(t.ms).toBeCloseTo(6);
    expect(loadThreadTime(base, "https://www.kompas.com/other")).toBeNull();
    expect(loadThreadTime(base.filter((e) => e.name !== "loadEventEnd"), URL_)).toBeNull();
  });

  it("takes the first load event of the page's frame after its navigation, not an earlier one or another frame's", () => {
    const events = [
      mark("loadEventEnd", 8_000), // before the navigation: a document before this one
      mark("loadEventEnd", 30_000, 7, { args: { frame: "IFRAME" } }),
      ...base, mark("loadEventEnd", 900_000),
    ];
    expect(pageLoad(events, URL_)).toEqual({ thread: "7:7", navigationStart: 10_000, loadEventEnd: 50_000 });
  });
});

describe("markedTaskThreadTime", () => {
  const ev = (e: Partial<TraceEvent>): TraceEvent => ({ ph: "X", name: "ThreadControllerImpl::RunTask", cat: "toplevel", pid: 7, tid: 7, ts: 0, ...e });
  const mark = ev({ ph: "R", name: "bench-parse-3", cat: "blink.user_timing", ts: 10_500 });

  it("gives the thread time of the outermost toplevel task of the mark's thread that holds the mark", () => {
    const events = [
      ev({ ts: 10_000, dur: 5_000, tdur: 3_000 }), // the task that ran the parse
      ev({ ts: 10_400, dur: 1_000, tdur: 900 }), // an event inside it
      ev({ ts: 9_000, dur: 500, tdur: 500 }), // before
      ev({ ts: 10_000, dur: 9_000, tdur: 9_000, pid: 8, tid: 8 }), // another thread
      ev({ ts: 10_000, dur: 9_000, tdur: 9_000, cat: "devtools.timeline" }), // not a toplevel task
      mark,
    ];
    expect(markedTaskThreadTime(events, "bench-parse-3")).toBeCloseTo(3);
  });

  it("gives null without the mark, or without a task around it", () => {
    expect(markedTaskThreadTime([ev({ ts: 10_000, dur: 5_000, tdur: 3_000 })], "bench-parse-3")).toBeNull();
    expect(markedTaskThreadTime([mark, ev({ ts: 11_000, dur: 5_000, tdur: 3_000 })], "bench-parse-3")).toBeNull();
  });
});
