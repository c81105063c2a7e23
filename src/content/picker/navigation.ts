/**
 * What the picker has picked, and the keys and the wheel that move it (./picker.ts wires them).
 *
 * `Selection` holds the one outlined block and whether it is picked ("locked": the proposal panel
 * is open for it). Widening walks up to the parent, never to <body> or <html> (a rule hiding those
 * would hide the page); narrowing walks back down the same way, since a block has many children but
 * one parent. Keys and wheel: ↑ or the wheel up widens, ↓ or the wheel down narrows, Esc cancels,
 * Enter picks the outlined block or confirms the proposal. The page's own handlers never see them.
 */
import { swallow, type Listener } from "./dom.ts";

const XHTML = "http://www.w3.org/1999/xhtml";

export class Selection {
  current: Element | null = null;
  locked = false;
  /** Elements left behind when widening, so narrowing walks back down the same way. */
  private readonly below: Element[] = [];

  /**
   * `overlay` is the picker's own host element (never picked); `changed` runs after every change of
   * the block or of its locked state (to redraw the outline and the proposal).
   */
  constructor(private readonly doc: Document, private readonly overlay: Element | null, private readonly changed: () => void) {}

  /** Whether `e` may be picked: an HTML element of the page, not the page itself, not our overlay. */
  pickable(e: Element | null): e is Element {
    const { doc } = this;
    return !!e && e !== this.overlay && e !== doc.body && e !== doc.documentElement && e.namespaceURI === XHTML;
  }

  /** The pointer is over `under` while nothing is picked: outline it. */
  hover(under: Element | null): void {
    if (this.locked || !this.pickable(under) || under === this.current) return;
    // After widening, the pointer moving inside the wider block keeps it: only leaving it starts over.
    if (this.below.length > 0 && this.current?.contains(under)) return;
    this.below.length = 0;
    this.set(under);
  }

  /** Picks `e` (or, given null, the block already outlined). */
  lock(e: Element | null): void {
    if (e) {
      this.below.length = 0;
      this.current = e;
    }
    if (!this.current) return;
    this.locked = true;
    this.changed();
  }

  /** "Pick again": back to pointing, the outlined block kept. */
  unlock(): void {
    this.locked = false;
    this.changed();
  }

  readonly wider = (): void => {
    const parent = this.current?.parentElement ?? null;
    if (!this.current || !this.pickable(parent)) return;
    this.below.push(this.current);
    this.set(parent);
  };

  readonly narrower = (): void => {
    const child = this.below.pop();
    if (child) this.set(child);
  };

  private set(e: Element): void {
    this.current = e;
    this.changed();
  }
}

/**
 * Wheel turns to steps: trackpads send many small deltas, so one step per notch's worth of
 * scrolling; a mouse notch (100 px in Chromium, 3 lines in Firefox) is one step, never more.
 */
export class WheelSteps {
  private sum = 0;

  /** -1 (up: wider), 1 (down: narrower) or 0 (not a notch yet). */
  step(e: Pick<WheelEvent, "deltaY" | "deltaMode">): -1 | 0 | 1 {
    this.sum += e.deltaMode === 0 ? e.deltaY : e.deltaY * 40;
    if (Math.abs(this.sum) < 40) return 0;
    const step = this.sum < 0 ? -1 : 1;
    this.sum = 0;
    return step;
  }
}

export interface NavigationDeps {
  selection: Selection;
  /** The event happened in the picker's own panel: its buttons and fields handle it. */
  fromPanel(e: Event): boolean;
  /** Focus is in the selector field or the category list: their keys are theirs. */
  typing(): boolean;
  /** Enter on a picked block: what the panel's "Hide on this site" does, when it may. */
  confirm(): void;
  cancel(): void;
}

/** The window listeners (capturing, before the page's own) for the keys and the wheel. */
export function navigationListeners(deps: NavigationDeps): Listener[] {
  const { selection: sel } = deps;
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape") {
      swallow(e);
      return deps.cancel();
    }
    if (deps.typing()) return;
    if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      swallow(e);
      if (e.key === "ArrowUp") sel.wider();
      else sel.narrower();
    } else if (e.key === "Enter" && !deps.fromPanel(e) && sel.current) {
      // Enter outside the panel: pick the outlined block, or confirm the proposal.
      // (On a panel button, Enter presses that button as usual.)
      swallow(e);
      if (!sel.locked) sel.lock(null);
      else deps.confirm();
    }
  };
  const wheel = new WheelSteps();
  const onWheel = (e: WheelEvent): void => {
    if (deps.fromPanel(e) || !sel.current) return;
    swallow(e);
    const step = wheel.step(e);
    if (step < 0) sel.wider();
    else if (step > 0) sel.narrower();
  };
  return [
    ["keydown", onKey as EventListener, { capture: true }],
    ["wheel", onWheel as EventListener, { capture: true, passive: false }],
  ];
}
