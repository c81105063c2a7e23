/**
 * The element picker on the live page ("Hide an element…" in the popup): wires its parts together
 * and removes them all when it stops.
 *  - ./overlay.ts: the closed shadow root the page can neither restyle nor read, the outline, and
 *    the mouse and finger that pick;
 *  - ./navigation.ts: the picked block, widened and narrowed by ↑ ↓, the wheel and the panel's
 *    Wider / Narrower; Esc cancels;
 *  - ./panel.ts: the hint, then the proposal (./sheet.ts, ./selector.ts) and the saved rule.
 * The page's own click, key and wheel handlers never see the events the picker uses.
 */
import type { CategoryDef } from "../../rules/types.ts";
import type { StorageLike } from "../../shared/store.ts";
import type { Translate } from "../../ui/i18n.ts";
import type { Listener } from "./dom.ts";
import { navigationListeners, Selection } from "./navigation.ts";
import { framed, Highlight, mountOverlay, pointerListeners } from "./overlay.ts";
import { announceSaved, ProposalPanel, type RuleKind } from "./panel.ts";

export interface PickerDeps {
  storage: StorageLike;
  /** The UI strings: `uiStrings(browser.i18n).t` (src/ui/i18n.ts). */
  t: Translate;
  lang: string;
  categories: readonly CategoryDef[];
  /** The hider's guard: blocks it never hides are never proposed either. */
  isProtected?: (el: Element) => boolean;
  /** Tells this page's hider that a rule was saved (./panel.ts). */
  settingsSaved?: () => void;
}

/** Where the hint speaks of tapping rather than pointing (the sheet's own media query, style.ts). */
const TOUCH_QUERY = "(max-width: 600px), (pointer: coarse)";

let stopActive: (() => void) | null = null;

export function isPicking(): boolean {
  return stopActive !== null;
}

/** Starts the picker; a second start while one runs does nothing. */
export function startPicker(deps: PickerDeps, doc: Document = document): void {
  if (stopActive) return;
  stopActive = wire(deps, doc);
}

export function stopPicker(): void {
  stopActive?.();
}

/** Builds the overlay, the selection and the panel, listens on the window; returns the stop. */
function wire(deps: PickerDeps, doc: Document): () => void {
  const win = doc.defaultView!;
  const { host, root } = mountOverlay(doc, "0");
  const highlight = new Highlight(doc, root);
  const fromPanel = (e: Event) => e.target === host;
  const sel: Selection = new Selection(doc, host, () => {
    highlight.draw(sel.current, sel.locked);
    if (sel.locked && sel.current) panel.propose(sel.current);
  });
  const touch = () => win.matchMedia?.(TOUCH_QUERY).matches ?? false;
  const panel = new ProposalPanel({ ...deps, doc }, {
    wider: sel.wider,
    narrower: sel.narrower,
    again: () => sel.unlock(),
    cancel: () => stop(),
    saved: (kind: RuleKind) => {
      const picked = sel.current;
      stop();
      announceSaved(doc, deps.t, kind, picked);
    },
  }, touch);
  const stopZoom = framed(doc, root, panel.element);
  const redraw = () => highlight.draw(sel.current, sel.locked);
  const listeners: Listener[] = [
    ...pointerListeners(doc, sel, fromPanel),
    ...navigationListeners({ selection: sel, fromPanel, typing: () => panel.typing(), confirm: () => panel.confirm(), cancel: () => stop() }),
    ["scroll", redraw, { capture: true, passive: true }],
    ["resize", redraw, { passive: true }],
  ];
  for (const [type, fn, opts] of listeners) win.addEventListener(type, fn, opts);

  const stop = (): void => {
    for (const [type, fn, opts] of listeners) win.removeEventListener(type, fn, opts);
    stopZoom();
    host.remove();
    stopActive = null;
  };
  return stop;
}
