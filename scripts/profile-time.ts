/**
 * Time of a CDP sampling profile attributed to some scripts, for `npm run bench` part 3 (issue 7):
 * in wall time and in the thread's own running time.
 *
 * A sample stands for the time since the sample before it (`timeDeltas`). On a busy machine the
 * page's main thread is kept waiting while other processes run, and the first sample after the wait
 * stands for all of it — no script's time, and it falls on page loads far more than on a parse made
 * once the page has loaded. A trace of the main thread's tasks (category "toplevel", recorded with
 * the profile) gives each task's thread time (`tdur`) beside its wall time (`dur`): each sample
 * counts for that share of its interval.
 *
 * Also the thread time of a whole page load from the same kind of trace (`loadThreadTime`), for the
 * bench's "cost" part: what the extension costs the page's main thread in all, its own frames or not.
 */

/** The parts of a CDP `Profiler.Profile` read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber?: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The parts of a Chrome trace event read here (times in microseconds). */
export interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; frame?: string; data?: { documentLoaderURL?: string; isOutermostMainFrame?: boolean } };
}

/** A task of the page's main thread: wall time `dur` and thread time `tdur` from `ts`. */
export interface Task {
  ts: number;
  dur: number;
  tdur: number;
}

/** Samples without a JavaScript frame (waiting, native work, GC): they do not say which thread ran the page. */
const IDLE = new Set(["(idle)", "(program)", "(garbage collector)"]);

/** Each sample's time stamp (microseconds, the trace's clock). */
function sampleTimes(profile: CpuProfile): number[] {
  const out: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) out.push((t += profile.timeDeltas[i] ?? 0));
  return out;
}

/** In time order, without the events inside another: an event inside the one before it is part of that task. */
function outermost(tasks: Task[]): Task[] {
  tasks.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer: Task[] = [];
  for (const e of tasks) {
    const last = outer[outer.length - 1];
    if (!last || e.ts >= last.ts + last.dur) outer.push(e);
  }
  return outer;
}

/**
 * The outermost tasks of the page's main thread, in time order. A trace covers every process of
 * the browser: the page's main thread is the renderer main thread whose tasks hold most of the
 * profile's busy samples (the profile is of that thread alone).
 */
export function mainThreadTasks(events: readonly TraceEvent[], profile: CpuProfile): Task[] {
  const mains = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, Task[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== "X" || e.dur === undefined || e.tdur === undefined || !mains.has(key)) continue;
    if (!String(e.cat).split(",").includes("toplevel")) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push({ ts: e.ts, dur: e.dur, tdur: e.tdur });
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = sampleTimes(profile);
  const busy = times.filter((_, i) => !IDLE.has(byId.get(profile.samples[i]!)?.callFrame.functionName ?? "(idle)"));
  let best: Task[] = [];
  let bestScore = -1;
  for (const list of byThread.values()) {
    const outer = outermost(list);
    let score = 0;
    let k = 0;
    for (const t of busy) {
      while (k < outer.length && outer[k]!.ts + outer[k]!.dur < t) k++;
      if (k < outer.length && outer[k]!.ts <= t) score++;
    }
    if (score > bestScore) [best, bestScore] = [outer, score];
  }
  return best;
}

/**
 * Milliseconds of the samples whose stack holds a frame whose script URL passes `test`: `wall`,
 * each sample for the time since the one before it; `cpu`, each of those scaled by its task's
 * thread time over wall time (a sample outside every task counts whole).
 */
export function attributed(profile: CpuProfile, tasks: readonly Task[], test: (url: string) => boolean): { wall: number; cpu: number } {
  const isHit = onStack(profile, test);
  let wall = 0;
  let cpu = 0;
  forEachSample(profile, tasks, (s, d, c) => {
    if (!isHit(s)) return;
    wall += d;
    cpu += c;
  });
  return { wall: wall / 1000, cpu: cpu / 1000 };
}

/** One function's share of a profile, in thread time (ms): `self`, samples it is the innermost of ours in; `total`, samples it is on the stack of. */
export interface FunctionTime {
  self: number;
  total: number;
}

/**
 * The thread time of each of our functions (frames whose script URL passes `test`), counted as
 * `attributed` counts a sample, keyed "name file:line" (the URL's path after its origin). A native or
 * page frame under one of ours counts for ours. Where to look when the figure rises.
 */
export function functionTimes(profile: CpuProfile, tasks: readonly Task[], test: (url: string) => boolean): Record<string, FunctionTime> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = parentsOf(profile);
  const key = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || "(anonymous)"} ${f.url.replace(/^[a-z-]+:\/\/[^/]*\//, "")}:${(f.lineNumber ?? 0) + 1}`;
  };
  const ours = (id: number) => test(byId.get(id)?.callFrame.url ?? "");
  const out: Record<string, FunctionTime> = {};
  const add = (k: string, self: number, total: number) => {
    const t = (out[k] ??= { self: 0, total: 0 });
    t.self += self / 1000;
    t.total += total / 1000;
  };
  forEachSample(profile, tasks, (s, _d, c) => {
    const seen = new Set<string>();
    for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
      if (!ours(id)) continue;
      const k = key(id);
      if (!seen.has(k)) add(k, seen.size === 0 ? c : 0, c);
      seen.add(k);
    }
  });
  return out;
}

function parentsOf(profile: CpuProfile): Map<number, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return parent;
}

/** Whether a sample's stack holds a frame whose URL passes `test` (by node, remembered). */
function onStack(profile: CpuProfile, test: (url: string) => boolean): (id: number) => boolean {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = parentsOf(profile);
  const hit = new Map<number, boolean>();
  const isHit = (id: number): boolean => {
    const known = hit.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const v = test(byId.get(id)?.callFrame.url ?? "") || (up !== undefined && isHit(up));
    hit.set(id, v);
    return v;
  };
  return isHit;
}

/**
 * Each sample's node, its wall time `d` (since the sample before it) and its thread time `c` (`d`
 * scaled by its task's thread time over wall time; a sample outside every task counts whole), µs.
 */
function forEachSample(profile: CpuProfile, tasks: readonly Task[], f: (node: number, d: number, c: number) => void): void {
  const times = sampleTimes(profile);
  let k = 0;
  profile.samples.forEach((s, i) => {
    const d = profile.timeDeltas[i] ?? 0;
    const t = times[i]!;
    // Tasks and samples are both in time order.
    while (k < tasks.length && tasks[k]!.ts + tasks[k]!.dur < t) k++;
    const task = tasks[k];
    f(s, d, task && task.ts <= t && task.dur > 0 ? d * Math.min(1, task.tdur / task.dur) : d);
  });
}

/*
 * The full cost of a page load, for the bench's "cost" part: not samples of some scripts but the
 * whole thread time of the page's renderer main thread (style, layout, parsing, every world's
 * scripts), from a trace of categories "toplevel" and "blink.user_timing".
 */

/** One load of a page in a trace: its renderer main thread ("pid:tid") and marks in microseconds. */
export interface PageLoad {
  thread: string;
  navigationStart: number;
  loadEventEnd: number;
}

const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/**
 * The load of `url`: the outermost main frame's navigationStart that names it, and the first
 * loadEventEnd of that frame on the same thread after it. The frame's initial about:blank document
 * marks a navigationStart of its own (without a URL) and no load, so it is passed over. Null when
 * the trace holds no such navigation or no load event after it.
 */
export function pageLoad(events: readonly TraceEvent[], url: string): PageLoad | null {
  const nav = events.find((e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL === url
    && e.args.data.isOutermostMainFrame !== false);
  if (!nav) return null;
  const thread = threadOf(nav);
  let load: number | null = null;
  for (const e of events) {
    if (e.name !== "loadEventEnd" || threadOf(e) !== thread || e.args?.frame !== nav.args?.frame || e.ts < nav.ts) continue;
    if (load === null || e.ts < load) load = e.ts;
  }
  return load === null ? null : { thread, navigationStart: nav.ts, loadEventEnd: load };
}

/**
 * Thread time of one load of `url`: the sum of `tdur` of the outermost "toplevel" tasks of its
 * renderer main thread that start from navigation start until `afterMs` after the load event
 * (a task that starts in the window counts whole). `wallMs` sums the same tasks' `dur`; `untimed`
 * counts tasks of the window without a thread time (they add nothing). Null when the load is not
 * in the trace.
 */
export function loadThreadTime(events: readonly TraceEvent[], url: string, afterMs = 1000):
  { ms: number; wallMs: number; loadMs: number; tasks: number; untimed: number } | null {
  const load = pageLoad(events, url);
  if (!load) return null;
  const end = load.loadEventEnd + afterMs * 1000;
  const list: Task[] = [];
  for (const e of events) {
    if (e.ph !== "X" || e.dur === undefined || threadOf(e) !== load.thread) continue;
    if (String(e.cat).split(",").includes("toplevel")) list.push({ ts: e.ts, dur: e.dur, tdur: e.tdur ?? NaN });
  }
  const inWindow = outermost(list).filter((t) => t.ts >= load.navigationStart && t.ts < end);
  const timed = inWindow.filter((t) => !Number.isNaN(t.tdur));
  const sum = (xs: Task[], k: "dur" | "tdur") => xs.reduce((n, t) => n + t[k], 0) / 1000;
  return {
    ms: sum(timed, "tdur"), wallMs: sum(inWindow, "dur"), loadMs: (load.loadEventEnd - load.navigationStart) / 1000,
    tasks: inWindow.length, untimed: inWindow.length - timed.length,
  };
}

/**
 * Thread time (ms) of the outermost "toplevel" task that was running when the user-timing mark
 * `name` (`performance.mark(name)`, category "blink.user_timing") was set: the whole of a piece of
 * work done in one task, measured without a profiler. Null when the mark or its task is not in the trace.
 */
export function markedTaskThreadTime(events: readonly TraceEvent[], name: string): number | null {
  const mark = events.find((e) => e.name === name && String(e.cat).split(",").includes("blink.user_timing"));
  if (!mark) return null;
  let task: TraceEvent | null = null;
  for (const e of events) {
    if (e.ph !== "X" || e.dur === undefined || threadOf(e) !== threadOf(mark) || !String(e.cat).split(",").includes("toplevel")) continue;
    if (e.ts <= mark.ts && mark.ts <= e.ts + e.dur && (!task || e.dur > task.dur!)) task = e;
  }
  return task?.tdur === undefined ? null : task.tdur / 1000;
}
