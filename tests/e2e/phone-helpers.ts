/**
 * Helpers for the phone tests (reader-phone, picker-touch): a finger's tap and a scroll, in either
 * driver, on a browser launched with `{ phone: true }` (tests/e2e/harness: 390×844 with touch).
 * Playwright and puppeteer both offer `page.touchscreen.tap(x, y)` (Chromium: touch events through
 * its mobile emulation; Firefox: WebDriver BiDi touch pointer actions); the wheel is spelled apart.
 */
import type { HarnessPage } from "./harness/index.ts";
import type { FrameLike } from "./reader-helpers.ts";

interface Touchscreen { tap(x: number, y: number): Promise<void> }
interface Mouse {
  move(x: number, y: number): Promise<void>;
  wheel(a: number | { deltaY: number }, b?: number): Promise<void>;
}

export interface Point { x: number; y: number }

/** A tap at a point of the page's viewport. */
export async function tap(page: HarnessPage, at: Point): Promise<void> {
  await (page.raw as unknown as { touchscreen: Touchscreen }).touchscreen.tap(Math.round(at.x), Math.round(at.y));
}

/** Turns the wheel over a point (positive: down the page), the way a phone's scroll arrives in a test. */
export async function wheel(page: HarnessPage, at: Point, deltaY: number): Promise<void> {
  const mouse = (page.raw as unknown as { mouse: Mouse }).mouse;
  await mouse.move(Math.round(at.x), Math.round(at.y));
  // playwright: wheel(deltaX, deltaY); puppeteer: wheel({ deltaY }).
  if ("context" in (page.raw as object)) await mouse.wheel(0, deltaY);
  else await mouse.wheel({ deltaY });
}

/**
 * The centre of the first element matching `selector` in a page or frame, in viewport pixels
 * (the reader's frame covers the whole viewport, so its points are the page's). Null when the
 * element is missing or has no box.
 */
export function centreOf(target: HarnessPage | FrameLike, selector: string): Promise<Point | null> {
  return (target as FrameLike).evaluate((s: string) => {
    const el = document.querySelector(s);
    const r = el?.getBoundingClientRect();
    if (!r || r.width === 0 || r.height === 0) return null;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

/** Controls (buttons, links, labels of radios, fields) under `scope` that show, and are shorter than 44 px. */
export function shortControls(target: HarnessPage | FrameLike, scope: string): Promise<string[]> {
  return (target as FrameLike).evaluate((s: string) => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>(`${s} :is(button, a[href], label, input:not([type=radio]), select)`));
    return controls
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => `${el.localName}#${el.id} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().height)}px`);
  }, scope);
}

interface CdpSession { send(method: string, params?: object): Promise<Record<string, unknown>>; detach(): Promise<void> }
interface PwPageLike { context(): { newCDPSession(p: unknown): Promise<CdpSession> } }
interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: unknown } };
  realm: unknown;
  constructor: { from(value: unknown, realm: unknown): { evaluate<R, A>(fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<R> } };
  dispose(): Promise<void>;
}

/**
 * Runs `fn` on the CLOSED shadow root of the first `hostSelector` in the page, as a person's eyes
 * would read the overlay (the page's own scripts cannot): Chromium through the DevTools protocol
 * (DOM.describeNode pierces closed roots), Firefox through WebDriver BiDi (a node's serialisation
 * carries its shadow root, closed or not). `fn` is serialised: it sees only its arguments.
 */
export async function inClosedShadow<R, A>(page: HarnessPage, hostSelector: string, fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<R> {
  if ("context" in (page.raw as object)) {
    const cdp = await (page.raw as unknown as PwPageLike).context().newCDPSession(page.raw);
    try {
      const { root } = (await cdp.send("DOM.getDocument", { depth: 0 })) as { root: { nodeId: number } };
      const { nodeId } = (await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: hostSelector })) as { nodeId: number };
      if (!nodeId) throw new Error(`no ${hostSelector} in the page`);
      const { node } = (await cdp.send("DOM.describeNode", { nodeId, depth: 1, pierce: true })) as { node: { shadowRoots?: { backendNodeId: number }[] } };
      const shadow = node.shadowRoots?.[0];
      if (!shadow) throw new Error(`${hostSelector} has no shadow root`);
      const { object } = (await cdp.send("DOM.resolveNode", { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
      const res = (await cdp.send("Runtime.callFunctionOn", {
        objectId: object.objectId, functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
        arguments: [{ value: arg }], returnByValue: true, awaitPromise: true,
      })) as { result: { value: R }; exceptionDetails?: { text: string } };
      if (res.exceptionDetails) throw new Error(`in ${hostSelector}'s shadow root: ${res.exceptionDetails.text}`);
      return res.result.value;
    } finally {
      await cdp.detach().catch(() => {});
    }
  }
  const host = (await (page.raw as unknown as { $(s: string): Promise<BidiHandle | null> }).$(hostSelector));
  if (!host) throw new Error(`no ${hostSelector} in the page`);
  try {
    const shadow = host.remoteValue().value?.shadowRoot;
    if (!shadow) throw new Error(`${hostSelector} has no shadow root`);
    return await host.constructor.from(shadow, host.realm).evaluate(fn, arg);
  } finally {
    await host.dispose().catch(() => {});
  }
}
