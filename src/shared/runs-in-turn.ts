/**
 * A task that a call asks to run again: every call gets a run that starts after it, runs never
 * overlap, and the calls that come before a waiting run starts share that run.
 *
 * Why not one run shared by every call that comes while it runs: a run that has already read what
 * it needs (a content script's reload has asked the background for the page's plan) cannot see a
 * change made after that, so a call reporting that change would get an answer from before it.
 */
export function runsInTurn<T>(task: () => Promise<T>): () => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  let waiting: Promise<T> | null = null;
  return () => {
    if (waiting) return waiting;
    const run = last.then(() => {
      waiting = null;
      return task();
    });
    waiting = run;
    // A failed run does not stop the next one; its own caller gets the failure.
    last = run.catch(() => undefined);
    return run;
  };
}
