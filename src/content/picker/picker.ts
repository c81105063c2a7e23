/**
 * The element picker on the live page ("Hide an element…" in the popup).
 *
 * Its overlay lives in a CLOSED shadow root on a custom element of its own, so the page's CSS and
 * scripts can neither restyle nor read it. While picking:
 *  - with a mouse, the block under the pointer is outlined; a click picks it;
 *  - with a finger, a tap picks the block under it (there is no hover), and a tap elsewhere on the
 *    page picks another; the page still scrolls under the finger;
 *  - ↑ or the wheel up widens to the parent, ↓ or the wheel down narrows back, and the sheet's
 *    Wider / Narrower buttons do the same; Esc or the Cancel button cancels;
 *  - the confirm sheet (./sheet.ts) proposes a selector (./selector.ts) and says how many elements it
 *    matches; the selector can be edited, and is checked as typed;
 *  - "Hide on this site" saves it as a custom rule for this site through src/shared/store.ts; the
 *    content script's hider, which follows storage.onChanged, hides the blocks at once and on every
 *    later visit. "Keep this block" saves a keep rule instead: no rule hides those blocks on this
 *    site any more (offered for what can be pointed at, i.e. what is visible; a whole category
 *    hidden on the site is shown again from the popup).
 * The page's own click, key and wheel handlers never see the events the picker uses.
 */
import type { CategoryDef } from "../../rules/types.ts";
import { checkRule, KEEP_CATEGORY, siteKey, withRule } from "../../shared/settings.ts";
import { updateSettings, type StorageLike } from "../../shared/store.ts";
import { proposeSelector } from "./selector.ts";
import { ConfirmSheet, make, showHint, type SheetDeps } from "./sheet.ts";
import { STYLE } from "./style.ts";
import { followZoom } from "./zoom.ts";

export interface PickerDeps {
  storage: StorageLike;
  t: (key: string, subs?: string[]) => string;
  lang: string;
  categories: readonly CategoryDef[];
  /** The hider's guard: blocks it never hides are never proposed either. */
  isProtected?: (el: Element) => boolean;
}

const HOST_TAG = "jernih-picker";
/** Where the hint speaks of tapping rather than pointing (the sheet's own media query, style.ts). */
const TOUCH_QUERY = "(max-width: 600px), (pointer: coarse)";

/**
 * The host element's own box, set inline with !important: an inline !important declaration beats
 * any page rule, even `* { position: static !important }`. (Inline styles set through the CSSOM are
 * not blocked by a page's Content-Security-Policy; the shadow root's <style> is ours, not the page's.)
 */
function pinHost(host: HTMLElement, extra: Record<string, string>): void {
  const props: Record<string, string> = {
    all: "initial", position: "fixed", "pointer-events": "none", "z-index": "2147483647", display: "block",
    visibility: "visible", opacity: "1", transform: "none", filter: "none", margin: "0", ...extra,
  };
  for (const [k, val] of Object.entries(props)) host.style.setProperty(k, val, "important");
}

/** A host in a closed shadow root with our stylesheet, appended beside <body>. */
function overlay(doc: Document, inset: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  pinHost(host, { inset });
  const root = host.attachShadow({ mode: "closed" });
  const style = make(doc, "style");
  style.textContent = STYLE;
  root.append(style);
  (doc.documentElement ?? doc.body).append(host);
  return { host, root };
}

/** `panel` in a frame that keeps it at its own size on the screen when the page is zoomed (./zoom.ts). */
function framed(doc: Document, root: ShadowRoot, panel: HTMLElement): () => void {
  const frame = make(doc, "div", "screen");
  frame.append(panel);
  root.append(frame);
  return followZoom(doc.defaultView!, frame);
}

let active: Picker | null = null;

export function isPicking(): boolean {
  return active !== null;
}

/** Starts the picker; a second start while one runs does nothing. */
export function startPicker(deps: PickerDeps, doc: Document = document): void {
  if (active) return;
  active = new Picker(deps, doc);
}

export function stopPicker(): void {
  active?.stop();
}

type Listener = [string, EventListener, AddEventListenerOptions];

class Picker {
  private readonly win: Window;
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly box: HTMLElement;
  private readonly tag: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly sheetDeps: SheetDeps;
  private current: Element | null = null;
  /** Elements left behind when widening, so narrowing walks back down the same way. */
  private readonly narrower: Element[] = [];
  private locked = false;
  private wheelSum = 0;
  private sheet: ConfirmSheet | null = null;
  private readonly listeners: Listener[];
  private readonly stopZoom: () => void;

  constructor(private readonly deps: PickerDeps, private readonly doc: Document) {
    this.win = doc.defaultView!;
    ({ host: this.host, root: this.root } = overlay(doc, "0"));
    this.box = make(doc, "div", "box");
    this.tag = make(doc, "div", "tag");
    this.panel = make(doc, "div", "panel");
    this.panel.setAttribute("role", "dialog");
    this.panel.setAttribute("aria-label", deps.t("picker_title"));
    this.root.append(this.box, this.tag);
    this.stopZoom = framed(doc, this.root, this.panel);
    this.sheetDeps = { doc, t: deps.t, lang: deps.lang, categories: deps.categories, ...(deps.isProtected ? { isProtected: deps.isProtected } : {}) };
    this.listeners = this.eventListeners();
    for (const [type, fn, opts] of this.listeners) this.win.addEventListener(type, fn, opts);
    this.showHint();
  }

  // ---- drawing and the picked block

  private draw(): void {
    const { box, tag, current } = this;
    if (!current) {
      box.style.display = tag.style.display = "none";
      return;
    }
    const r = current.getBoundingClientRect();
    Object.assign(box.style, { display: "block", top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px` });
    box.classList.toggle("locked", this.locked);
    const cls = Array.from(current.classList).slice(0, 2).map((c) => `.${c}`).join("");
    tag.textContent = `${current.localName}${current.id ? `#${current.id}` : ""}${cls}`;
    Object.assign(tag.style, { display: "block", top: `${Math.max(0, r.top - 20)}px`, left: `${Math.max(0, r.left)}px` });
  }

  private pickable(e: Element | null): e is Element {
    const { doc } = this;
    return !!e && e !== this.host && e !== doc.body && e !== doc.documentElement && e.namespaceURI === "http://www.w3.org/1999/xhtml";
  }

  private setCurrent(e: Element | null): void {
    this.current = e;
    this.draw();
    if (this.locked) this.propose();
  }

  private readonly widen = (): void => {
    const parent = this.current?.parentElement ?? null;
    if (!this.current || !this.pickable(parent)) return;
    this.narrower.push(this.current);
    this.setCurrent(parent);
  };

  private readonly narrow = (): void => {
    const child = this.narrower.pop();
    if (child) this.setCurrent(child);
  };

  /** Picks `e` (or the block already outlined) and opens the confirm sheet. */
  private lock(e: Element | null): void {
    if (e) {
      this.narrower.length = 0;
      this.current = e;
    }
    if (!this.current) return;
    this.locked = true;
    this.draw();
    this.propose();
  }

  // ---- the panel: a hint while picking, the confirm sheet once a block is picked

  private showHint(): void {
    showHint(this.panel, this.sheetDeps, this.win.matchMedia?.(TOUCH_QUERY).matches ?? false, this.stop);
  }

  private propose(): void {
    if (!this.current) return;
    const selector = proposeSelector(this.current, this.deps.isProtected ? { isProtected: this.deps.isProtected } : {});
    if (this.sheet) return this.sheet.setSelector(selector);
    this.sheet = new ConfirmSheet(this.panel, this.sheetDeps, {
      hide: (category) => void this.save("selector", category),
      keep: () => void this.save("keep", KEEP_CATEGORY),
      wider: this.widen,
      narrower: this.narrow,
      again: () => {
        this.locked = false;
        this.sheet = null;
        this.showHint();
        this.draw();
      },
      cancel: this.stop,
    }, selector);
  }

  /** Saves the proposal as a rule of `kind` for this site: "selector" hides its blocks, "keep" protects them. */
  private async save(kind: "selector" | "keep", category: string): Promise<void> {
    const sheet = this.sheet;
    if (!sheet) return;
    const check = checkRule(kind, sheet.input.value, this.doc);
    if (!check.ok) return sheet.recount();
    sheet.setBusy(true);
    try {
      const site = siteKey(this.win.location.hostname);
      await updateSettings(this.deps.storage, (s) => withRule(s, { kind, value: check.value, category, site }));
    } catch (e) {
      sheet.say(this.deps.t("picker_saveFailed", [e instanceof Error ? e.message : String(e)]), true, false);
      sheet.setBusy(false);
      return;
    }
    const picked = this.current;
    this.detach();
    if (kind === "keep") return this.toast(this.deps.t("picker_kept"));
    this.confirmHidden(picked);
  }

  /**
   * Done: the hider hides the blocks as soon as the settings change reaches it (on any page of the
   * site, article or not). Should the block stay in view (Jernih off for the site), say so.
   */
  private confirmHidden(picked: Element | null): void {
    const { win, deps } = this;
    const hidden = () => !picked || !picked.isConnected || picked.getClientRects().length === 0;
    const deadline = win.performance.now() + 1500;
    const check = () => {
      if (hidden()) this.toast(deps.t("picker_saved"));
      else if (win.performance.now() > deadline) this.toast(deps.t("picker_savedNotHere"));
      else win.requestAnimationFrame(check);
    };
    win.requestAnimationFrame(check);
  }

  private toast(text: string): void {
    const { host, root } = overlay(this.doc, "auto 0 0 0");
    const p = make(this.doc, "div", "panel");
    p.setAttribute("role", "status");
    p.textContent = text;
    const stopZoom = framed(this.doc, root, p);
    this.win.setTimeout(() => {
      stopZoom();
      host.remove();
    }, 4000);
  }

  // ---- events: captured on the window before the page's own handlers

  private readonly fromPanel = (e: Event) => e.target === this.host;

  private readonly swallow = (e: Event): void => {
    if (this.fromPanel(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  private readonly onMove = (e: MouseEvent): void => {
    if (this.locked || this.fromPanel(e)) return;
    const under = this.doc.elementFromPoint(e.clientX, e.clientY);
    if (!this.pickable(under) || under === this.current) return;
    // After widening, the pointer moving inside the wider block keeps it: only leaving it starts over.
    if (this.narrower.length > 0 && this.current?.contains(under)) return;
    this.narrower.length = 0;
    this.setCurrent(under);
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (this.fromPanel(e)) return;
    this.swallow(e);
    if (this.locked) return;
    const under = this.doc.elementFromPoint(e.clientX, e.clientY);
    this.lock(this.pickable(under) && !this.current ? under : null);
  };

  /**
   * A finger's tap picks the block under it at once, even with the sheet open (a tap elsewhere picks
   * another). Taken from pointerup, not the click that follows: a page that cancels its touches (a
   * carousel, a swipe menu) gets no click at all. A finger that scrolls ends in pointercancel instead.
   */
  private readonly onPointerUp = (e: PointerEvent): void => {
    if (this.fromPanel(e)) return;
    this.swallow(e);
    if (e.pointerType === "mouse" || !e.isPrimary) return;
    const under = this.doc.elementFromPoint(e.clientX, e.clientY);
    if (this.pickable(under)) this.lock(under);
  };

  /** Focus in the selector field or the category list: their keys are theirs. */
  private typing(): boolean {
    const a = this.root.activeElement;
    return !!a && (a.localName === "input" || a.localName === "select");
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopImmediatePropagation();
      return this.stop();
    }
    if (this.typing()) return;
    if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.key === "ArrowUp") this.widen();
      else this.narrow();
    } else if (e.key === "Enter" && !this.fromPanel(e) && this.current) {
      // Enter outside the panel: pick the outlined block, or confirm the proposal.
      // (On a panel button, Enter presses that button as usual.)
      this.swallow(e);
      if (!this.locked) this.lock(null);
      else if (this.sheet && !this.sheet.hideButton.disabled) void this.save("selector", this.sheet.category.value || "custom");
    }
  };

  private readonly onWheel = (e: WheelEvent): void => {
    if (this.fromPanel(e) || !this.current) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    // Trackpads send many small deltas: one step per notch's worth of scrolling.
    // A mouse notch (100 px in Chromium, 3 lines in Firefox) is one step, never more.
    this.wheelSum += e.deltaMode === 0 ? e.deltaY : e.deltaY * 40;
    if (Math.abs(this.wheelSum) < 40) return;
    if (this.wheelSum < 0) this.widen();
    else this.narrow();
    this.wheelSum = 0;
  };

  private eventListeners(): Listener[] {
    const redraw = () => this.draw();
    const capture = { capture: true };
    return [
      ["mousemove", this.onMove as EventListener, capture],
      ["click", this.onClick as EventListener, capture],
      ["mousedown", this.swallow, capture],
      ["mouseup", this.swallow, capture],
      ["pointerdown", this.swallow, capture],
      ["pointerup", this.onPointerUp as EventListener, capture],
      ["auxclick", this.swallow, capture],
      ["contextmenu", this.swallow, capture],
      ["keydown", this.onKey as EventListener, capture],
      ["wheel", this.onWheel as EventListener, { capture: true, passive: false }],
      ["scroll", redraw, { capture: true, passive: true }],
      ["resize", redraw, { passive: true }],
    ];
  }

  private detach(): void {
    for (const [type, fn, opts] of this.listeners) this.win.removeEventListener(type, fn, opts);
    this.stopZoom();
    this.host.remove();
    active = null;
  }

  readonly stop = (): void => this.detach();
}
