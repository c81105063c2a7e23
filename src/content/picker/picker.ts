/**
 * The element picker on the live page ("Hide an element…" in the popup).
 *
 * Its overlay lives in a CLOSED shadow root on a custom element of its own, so the page's CSS and
 * scripts can neither restyle nor read it. While picking:
 *  - the block under the pointer is outlined;
 *  - ↑ or the wheel up widens to the parent, ↓ or the wheel down narrows back; Esc cancels;
 *  - a click proposes a selector (./selector.ts) and says how many elements it matches; the
 *    selector can be edited, and is checked as typed;
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
import { countMatches, proposeSelector } from "./selector.ts";

export interface PickerDeps {
  storage: StorageLike;
  t: (key: string, subs?: string[]) => string;
  lang: string;
  categories: readonly CategoryDef[];
  /** The hider's guard: blocks it never hides are never proposed either. */
  isProtected?: (el: Element) => boolean;
}

const HOST_TAG = "jernih-picker";

const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; z-index: 2147483646; box-sizing: border-box;
  border: 2px solid #0b6b5c; background: rgb(11 107 92 / 0.18); border-radius: 3px;
  transition: top .06s, left .06s, width .06s, height .06s; display: none; }
.box.locked { border-style: solid; border-color: #b3261e; background: rgb(179 38 30 / 0.18); }
.tag { position: fixed; z-index: 2147483647; pointer-events: none; display: none;
  font: 12px/1.3 ui-monospace, Menlo, Consolas, monospace; background: #0b6b5c; color: #fff;
  padding: 1px 5px; border-radius: 3px; max-width: 60vw; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.panel { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 2147483647;
  width: min(40rem, calc(100vw - 32px)); box-sizing: border-box; pointer-events: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1b;
  background: #fff; border: 1px solid #c9c6bf; border-radius: 10px; box-shadow: 0 6px 24px rgb(0 0 0 / .25);
  padding: 10px 14px; }
.panel h2 { font-size: 14px; margin: 0 0 4px; }
.panel p { margin: 4px 0; }
.hint { color: #5c5b57; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 6px; }
label { font-size: 12px; color: #5c5b57; display: block; }
input, select { font: 13px ui-monospace, Menlo, Consolas, monospace; padding: 4px 6px; border: 1px solid #c9c6bf;
  border-radius: 5px; color: #1d1d1b; background: #fbfaf7; }
input { width: 100%; box-sizing: border-box; }
input[aria-invalid="true"] { border-color: #b3261e; }
select { font-family: inherit; }
button { font: inherit; font-size: 13px; padding: 4px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #0b6b5c; background: #fff; color: #0b6b5c; }
button.primary { background: #0b6b5c; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #5cc8b3; outline-offset: 1px; }
.msg.error { color: #b3261e; }
.count { font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .panel { background: #242528; color: #ecebe7; border-color: #3c3d41; }
  .hint, label { color: #b2b0aa; }
  input, select { background: #1b1c1e; color: #ecebe7; border-color: #3c3d41; }
  button { background: #242528; color: #5cc8b3; border-color: #5cc8b3; }
  button.primary { background: #5cc8b3; color: #1b1c1e; }
}`;

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

let active: { stop(): void } | null = null;

export function isPicking(): boolean {
  return active !== null;
}

/** Starts the picker; a second start while one runs does nothing. */
export function startPicker(deps: PickerDeps, doc: Document = document): void {
  if (active) return;
  const win = doc.defaultView!;
  const { t } = deps;

  const host = doc.createElement(HOST_TAG);
  pinHost(host, { inset: "0" });
  const root = host.attachShadow({ mode: "closed" });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls = "", text = "") => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };
  const style = el("style");
  style.textContent = STYLE;
  const box = el("div", "box");
  const tag = el("div", "tag");
  const panel = el("div", "panel");
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", t("picker_title"));
  root.append(style, box, tag, panel);
  (doc.documentElement ?? doc.body).append(host);

  let current: Element | null = null;
  /** Elements left behind when widening, so narrowing walks back down the same way. */
  const narrower: Element[] = [];
  let locked = false;
  let wheelSum = 0;

  // ---- drawing

  function describe(e: Element): string {
    const cls = Array.from(e.classList).slice(0, 2).map((c) => `.${c}`).join("");
    return `${e.localName}${e.id ? `#${e.id}` : ""}${cls}`;
  }

  function draw() {
    if (!current) {
      box.style.display = tag.style.display = "none";
      return;
    }
    const r = current.getBoundingClientRect();
    Object.assign(box.style, { display: "block", top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px` });
    box.classList.toggle("locked", locked);
    tag.textContent = describe(current);
    Object.assign(tag.style, { display: "block", top: `${Math.max(0, r.top - 20)}px`, left: `${Math.max(0, r.left)}px` });
  }

  function pickable(e: Element | null): e is Element {
    return !!e && e !== host && e !== doc.body && e !== doc.documentElement && e.namespaceURI === "http://www.w3.org/1999/xhtml";
  }

  function setCurrent(e: Element | null) {
    current = e;
    draw();
    if (locked) propose();
  }

  function widen() {
    const parent = current?.parentElement ?? null;
    if (!current || !pickable(parent)) return;
    narrower.push(current);
    setCurrent(parent);
  }

  function narrow() {
    const child = narrower.pop();
    if (child) setCurrent(child);
  }

  // ---- the panel: a hint while picking, the proposal once a block is clicked

  function showHint() {
    const h = el("p", "hint", t("picker_hint"));
    const cancel = el("button", "", t("picker_cancel"));
    cancel.type = "button";
    cancel.addEventListener("click", stop);
    const row = el("div", "row");
    row.append(cancel);
    panel.replaceChildren(el("h2", "", t("picker_title")), h, row);
  }

  let selectorInput: HTMLInputElement | null = null;

  function propose() {
    if (!current) return;
    const selector = proposeSelector(current, deps.isProtected ? { isProtected: deps.isProtected } : {});
    if (selectorInput) {
      selectorInput.value = selector;
      recount();
      return;
    }
    buildProposal(selector);
  }

  let countEl: HTMLElement;
  let hideBtn: HTMLButtonElement | undefined;
  let keepBtn: HTMLButtonElement | undefined;
  let categoryEl: HTMLSelectElement | undefined;

  function recount() {
    const value = selectorInput!.value;
    const check = checkRule("selector", value, doc);
    const n = check.ok ? countMatches(doc, check.value) : null;
    if (!check.ok || n === null) {
      countEl.textContent = t(check.ok || check.code === "invalid-selector" ? "options_checkInvalidSelector"
        : check.code === "whole-page" ? "options_checkWholePage"
        : check.code === "unsafe-selector" ? "options_checkUnsafeSelector" : "options_checkEmptySelector");
      countEl.className = "msg error";
      selectorInput!.setAttribute("aria-invalid", "true");
      hideBtn!.disabled = keepBtn!.disabled = true;
      return;
    }
    // The hider's guard never hides the article or what holds it: say so rather than save a rule that does nothing.
    const guarded = deps.isProtected ? Array.from(doc.querySelectorAll(check.value)).some((m) => deps.isProtected!(m)) : false;
    countEl.textContent = guarded ? t("picker_protected") : t("picker_matches", [String(n)]);
    countEl.className = guarded ? "msg error" : "msg count";
    if (guarded) selectorInput!.setAttribute("aria-invalid", "true");
    else selectorInput!.removeAttribute("aria-invalid");
    // Keeping a block that holds the article would keep everything in it: refused like hiding it.
    hideBtn!.disabled = keepBtn!.disabled = n === 0 || guarded;
  }

  function buildProposal(selector: string) {
    const selLabel = el("label", "", t("picker_selector"));
    selLabel.htmlFor = "jernih-picker-selector";
    selectorInput = el("input");
    selectorInput.id = "jernih-picker-selector";
    selectorInput.spellcheck = false;
    selectorInput.value = selector;
    selectorInput.setAttribute("aria-describedby", "jernih-picker-count");
    selectorInput.addEventListener("input", recount);
    countEl = el("p", "msg count");
    countEl.id = "jernih-picker-count";
    countEl.setAttribute("aria-live", "polite");

    const catLabel = el("label", "", t("picker_category"));
    catLabel.htmlFor = "jernih-picker-category";
    const cat = el("select");
    categoryEl = cat;
    cat.id = "jernih-picker-category";
    for (const c of deps.categories) {
      const o = el("option", "", c.name[deps.lang] ?? c.name.en ?? c.id);
      o.value = c.id;
      cat.append(o);
    }
    cat.value = deps.categories.some((c) => c.id === "promo") ? "promo" : (deps.categories[0]?.id ?? "");

    const hide = el("button", "primary", t("picker_hide"));
    hideBtn = hide;
    hide.type = "button";
    hide.addEventListener("click", () => void save("selector", cat.value || "custom"));
    const keep = el("button", "", t("picker_keep"));
    keepBtn = keep;
    keep.type = "button";
    keep.addEventListener("click", () => void save("keep", KEEP_CATEGORY));
    const wider = el("button", "", t("picker_wider"));
    wider.type = "button";
    wider.addEventListener("click", widen);
    const narrowerBtn = el("button", "", t("picker_narrower"));
    narrowerBtn.type = "button";
    narrowerBtn.addEventListener("click", narrow);
    const again = el("button", "", t("picker_back"));
    again.type = "button";
    again.addEventListener("click", () => {
      locked = false;
      selectorInput = null;
      hideBtn = keepBtn = categoryEl = undefined;
      showHint();
      draw();
    });
    const cancel = el("button", "", t("picker_cancel"));
    cancel.type = "button";
    cancel.addEventListener("click", stop);

    const row = el("div", "row");
    row.append(hide, keep, wider, narrowerBtn, again, cancel);
    const catRow = el("div", "row");
    catRow.append(catLabel, cat);
    panel.replaceChildren(el("h2", "", t("picker_title")), selLabel, selectorInput, countEl, catRow, row);
    recount();
    if (!hide.disabled) hide.focus();
  }

  /** Saves the proposal as a rule of `kind` for this site: "selector" hides its blocks, "keep" protects them. */
  async function save(kind: "selector" | "keep", category: string) {
    const value = selectorInput?.value ?? "";
    const check = checkRule(kind, value, doc);
    if (!check.ok) return recount();
    hideBtn!.disabled = keepBtn!.disabled = true;
    try {
      await updateSettings(deps.storage, (s) => withRule(s, { kind, value: check.value, category, site: siteKey(win.location.hostname) }));
    } catch (e) {
      countEl.textContent = t("picker_saveFailed", [e instanceof Error ? e.message : String(e)]);
      countEl.className = "msg error";
      hideBtn!.disabled = keepBtn!.disabled = false;
      return;
    }
    if (kind === "keep") {
      detach();
      toast(t("picker_kept"));
      return;
    }
    // Done: the hider hides the blocks as soon as the settings change reaches it (on any page of the
    // site, article or not). Should the block stay in view (Jernih off for the site), say so.
    const picked = current;
    detach();
    const hidden = () => !picked || !picked.isConnected || picked.getClientRects().length === 0;
    const deadline = win.performance.now() + 1500;
    const confirmHidden = () => {
      if (hidden()) toast(t("picker_saved"));
      else if (win.performance.now() > deadline) toast(t("picker_savedNotHere"));
      else win.requestAnimationFrame(confirmHidden);
    };
    win.requestAnimationFrame(confirmHidden);
  }

  function toast(text: string) {
    const note = doc.createElement(HOST_TAG);
    pinHost(note, { inset: "auto 0 0 0" });
    const r = note.attachShadow({ mode: "closed" });
    const s = el("style");
    s.textContent = STYLE;
    const p = el("div", "panel");
    p.setAttribute("role", "status");
    p.textContent = text;
    r.append(s, p);
    (doc.documentElement ?? doc.body).append(note);
    win.setTimeout(() => note.remove(), 4000);
  }

  // ---- events: captured on the window before the page's own handlers

  const fromPanel = (e: Event) => e.target === host;

  function onMove(e: MouseEvent) {
    if (locked || fromPanel(e)) return;
    const under = doc.elementFromPoint(e.clientX, e.clientY);
    if (!pickable(under) || under === current) return;
    // After widening, the pointer moving inside the wider block keeps it: only leaving it starts over.
    if (narrower.length > 0 && current?.contains(under)) return;
    narrower.length = 0;
    setCurrent(under);
  }

  function swallow(e: Event) {
    if (fromPanel(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  function onClick(e: MouseEvent) {
    if (fromPanel(e)) return;
    swallow(e);
    if (!locked) {
      const under = doc.elementFromPoint(e.clientX, e.clientY);
      if (pickable(under) && !current) setCurrent(under);
      if (!current) return;
      locked = true;
      draw();
      propose();
    }
  }

  /** Focus in the selector field or the category list: their keys are theirs. */
  const typing = () => {
    const a = root.activeElement;
    return !!a && (a.localName === "input" || a.localName === "select");
  };

  function onKey(e: KeyboardEvent) {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopImmediatePropagation();
      stop();
      return;
    }
    if (typing()) return;
    if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.key === "ArrowUp") widen();
      else narrow();
    } else if (e.key === "Enter" && !fromPanel(e) && current) {
      // Enter outside the panel: pick the outlined block, or confirm the proposal.
      // (On a panel button, Enter presses that button as usual.)
      swallow(e);
      if (!locked) {
        locked = true;
        draw();
        propose();
      } else if (hideBtn && !hideBtn.disabled) {
        void save("selector", categoryEl?.value || "custom");
      }
    }
  }

  function onWheel(e: WheelEvent) {
    if (fromPanel(e) || !current) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    // Trackpads send many small deltas: one step per notch's worth of scrolling.
    // A mouse notch (100 px in Chromium, 3 lines in Firefox) is one step, never more.
    wheelSum += e.deltaMode === 0 ? e.deltaY : e.deltaY * 40;
    if (Math.abs(wheelSum) < 40) return;
    if (wheelSum < 0) widen();
    else narrow();
    wheelSum = 0;
  }

  const redraw = () => draw();
  const listeners: [string, EventListener, AddEventListenerOptions][] = [
    ["mousemove", onMove as EventListener, { capture: true }],
    ["click", onClick as EventListener, { capture: true }],
    ["mousedown", swallow, { capture: true }],
    ["mouseup", swallow, { capture: true }],
    ["pointerdown", swallow, { capture: true }],
    ["pointerup", swallow, { capture: true }],
    ["auxclick", swallow, { capture: true }],
    ["contextmenu", swallow, { capture: true }],
    ["keydown", onKey as EventListener, { capture: true }],
    ["wheel", onWheel as EventListener, { capture: true, passive: false }],
    ["scroll", redraw, { capture: true, passive: true }],
    ["resize", redraw, { passive: true }],
  ];
  for (const [type, fn, opts] of listeners) win.addEventListener(type, fn, opts);

  function detach() {
    for (const [type, fn, opts] of listeners) win.removeEventListener(type, fn, opts);
    host.remove();
    active = null;
  }
  function stop() {
    detach();
  }

  active = { stop };
  showHint();
}

export function stopPicker(): void {
  active?.stop();
}
