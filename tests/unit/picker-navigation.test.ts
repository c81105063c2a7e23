// @vitest-environment jsdom
/**
 * The picker's navigation (src/content/picker/navigation.ts) on a page of our own
 * (tests/fixtures/picker/page.html): which block is outlined and picked as the pointer moves and as
 * ↑ ↓, the wheel and Wider / Narrower widen and narrow it — never the page itself, never our overlay
 * or an SVG icon — and that the page's own handlers do not see the keys and the wheel the picker uses.
 * The real mouse, finger and screen are tests/e2e/picker*.test.ts.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Listener } from "../../src/content/picker/dom.ts";
import { navigationListeners, Selection, WheelSteps } from "../../src/content/picker/navigation.ts";

const PAGE = readFileSync(resolve(import.meta.dirname, "../fixtures/picker/page.html"), "utf8");
const q = (s: string) => document.querySelector(s)!;

let overlay: HTMLElement;
let sel: Selection;
let changes: number;

beforeEach(() => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(PAGE, "text/html").documentElement.innerHTML;
  overlay = document.createElement("jernih-picker");
  document.documentElement.append(overlay);
  changes = 0;
  sel = new Selection(document, overlay, () => changes++);
});

describe("widening and narrowing", () => {
  it("Wider picks the parent, one step at a time, and stops below <body>", () => {
    sel.lock(q(".share-wa"));
    const seen = [sel.current];
    for (let i = 0; i < 6; i++) {
      sel.wider();
      seen.push(sel.current);
    }
    expect(seen).toEqual([q(".share-wa"), q(".share-bar"), q("article"), q("main"), q("main"), q("main"), q("main")]);
    expect(sel.locked).toBe(true);
  });

  it("a block right under <body> cannot be widened: the picker never proposes the whole page", () => {
    sel.lock(q("footer"));
    sel.wider();
    expect(sel.current).toBe(q("footer"));
  });

  it("Narrower walks back down the way Wider went, and no further", () => {
    sel.lock(q("#weather .temp"));
    sel.wider();
    sel.wider();
    expect(sel.current).toBe(q(".detail-body"));
    sel.narrower();
    expect(sel.current).toBe(q("#weather"));
    sel.narrower();
    expect(sel.current).toBe(q("#weather .temp"));
    sel.narrower();
    expect(sel.current).toBe(q("#weather .temp"));
  });

  it("a new pick starts a new path: Narrower does not go back to the block picked before", () => {
    sel.lock(q("#weather .temp"));
    sel.wider();
    sel.lock(q(".baca-juga a"));
    sel.narrower();
    expect(sel.current).toBe(q(".baca-juga a"));
  });

  it("every change is reported, so the outline and the proposal follow it", () => {
    sel.lock(q("#weather .sky"));
    sel.wider();
    sel.narrower();
    sel.narrower(); // nothing below: nothing to redraw
    expect(changes).toBe(3);
  });
});

describe("pointing", () => {
  it("outlines the block under the pointer; once picked, moving the pointer changes nothing", () => {
    sel.hover(q("#weather .city"));
    expect(sel.current).toBe(q("#weather .city"));
    expect(sel.locked).toBe(false);
    sel.hover(q("#weather .sky"));
    expect(sel.current).toBe(q("#weather .sky"));
    sel.lock(null); // a click: the outlined block
    sel.hover(q(".share-fb"));
    expect(sel.current).toBe(q("#weather .sky"));
    expect(sel.locked).toBe(true);
  });

  it("after widening, moving inside the wider block keeps it; leaving it starts over", () => {
    sel.hover(q("#weather .temp"));
    sel.wider();
    sel.hover(q("#weather .sky"));
    expect(sel.current).toBe(q("#weather"));
    sel.hover(q(".share-fb"));
    expect(sel.current).toBe(q(".share-fb"));
    sel.narrower();
    expect(sel.current).toBe(q(".share-fb"));
  });

  it("never outlines the page, the picker's own overlay or an SVG icon", () => {
    for (const el of [document.body, document.documentElement, overlay, q(".share-wa svg"), q(".share-wa path")]) {
      sel.hover(el);
      expect(sel.current, el.localName).toBeNull();
    }
    expect(changes).toBe(0);
  });

  it("Pick again: pointing again, the outlined block kept", () => {
    sel.lock(q("#weather"));
    sel.unlock();
    expect(sel.locked).toBe(false);
    sel.hover(q(".share-fb"));
    expect(sel.current).toBe(q(".share-fb"));
  });
});

describe("keys and wheel", () => {
  let listeners: Listener[];
  const deps = { fromPanel: () => false, typing: vi.fn(() => false), confirm: vi.fn(), cancel: vi.fn() };
  const pageSaw: string[] = [];
  const pageHandler = (e: Event) => pageSaw.push(e.type);

  beforeEach(() => {
    deps.typing.mockReturnValue(false);
    deps.confirm.mockClear();
    deps.cancel.mockClear();
    pageSaw.length = 0;
    listeners = navigationListeners({ selection: sel, ...deps });
    for (const [type, fn, opts] of listeners) window.addEventListener(type, fn, opts);
    document.addEventListener("keydown", pageHandler);
    document.addEventListener("wheel", pageHandler);
  });
  afterEach(() => {
    for (const [type, fn, opts] of listeners) window.removeEventListener(type, fn, opts);
    document.removeEventListener("keydown", pageHandler);
    document.removeEventListener("wheel", pageHandler);
  });

  const press = (key: string) => {
    const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
    q("#weather").dispatchEvent(e);
    return e;
  };
  const turn = (deltaY: number, deltaMode = 0) => {
    const e = new WheelEvent("wheel", { deltaY, deltaMode, bubbles: true, cancelable: true });
    q("#weather").dispatchEvent(e);
    return e;
  };

  it("↑ widens and ↓ narrows, and the page's own key handlers never see them", () => {
    sel.hover(q("#weather .temp"));
    expect(press("ArrowUp").defaultPrevented).toBe(true);
    expect(sel.current).toBe(q("#weather"));
    press("ArrowDown");
    expect(sel.current).toBe(q("#weather .temp"));
    expect(pageSaw).toEqual([]);
    press("a"); // not the picker's: the page has it
    expect(pageSaw).toEqual(["keydown"]);
  });

  it("while typing in the selector field the arrows are the field's; Esc still cancels", () => {
    sel.lock(q("#weather .temp"));
    deps.typing.mockReturnValue(true);
    expect(press("ArrowUp").defaultPrevented).toBe(false);
    expect(sel.current).toBe(q("#weather .temp"));
    expect(deps.cancel).not.toHaveBeenCalled();
    expect(press("Escape").defaultPrevented).toBe(true);
    expect(deps.cancel).toHaveBeenCalledTimes(1);
  });

  it("Enter picks the outlined block, then confirms the proposal; with nothing outlined it is the page's", () => {
    press("Enter");
    expect(pageSaw).toEqual(["keydown"]);
    sel.hover(q("#weather"));
    press("Enter");
    expect(sel.locked).toBe(true);
    expect(deps.confirm).not.toHaveBeenCalled();
    press("Enter");
    expect(deps.confirm).toHaveBeenCalledTimes(1);
    expect(pageSaw).toEqual(["keydown"]);
  });

  it("one mouse notch up widens one step and does not scroll the page; down narrows", () => {
    sel.hover(q("#weather .sky"));
    expect(turn(-100).defaultPrevented).toBe(true);
    expect(sel.current).toBe(q("#weather"));
    turn(-3, 1); // Firefox counts a notch in lines
    expect(sel.current).toBe(q(".detail-body"));
    turn(100);
    expect(sel.current).toBe(q("#weather"));
    expect(pageSaw).toEqual([]);
  });

  it("with nothing outlined the wheel scrolls the page as usual", () => {
    expect(turn(-100).defaultPrevented).toBe(false);
    expect(pageSaw).toEqual(["wheel"]);
  });
});

describe("WheelSteps", () => {
  it("a trackpad's small deltas add up to one step per notch's worth, never more than one at a time", () => {
    const wheel = new WheelSteps();
    expect([-10, -10, -10].map((d) => wheel.step({ deltaY: d, deltaMode: 0 }))).toEqual([0, 0, 0]);
    expect(wheel.step({ deltaY: -10, deltaMode: 0 })).toBe(-1);
    expect(wheel.step({ deltaY: -10, deltaMode: 0 })).toBe(0); // counting starts over after a step
    expect(wheel.step({ deltaY: 400, deltaMode: 0 })).toBe(1); // a big flick is still one step
    expect(wheel.step({ deltaY: 10, deltaMode: 0 })).toBe(0);
  });
});
