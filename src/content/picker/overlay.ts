/**
 * The picker's overlay: a host element with a CLOSED shadow root, so the page's CSS and scripts can
 * neither restyle nor read it; in it the outline of the block under the pointer (and its tag name),
 * and the mouse and finger handlers that pick. With a mouse, the block under the pointer is outlined
 * and a click picks it. With a finger there is no hover: a tap picks the block under it at once, even
 * with the proposal open (a tap elsewhere picks another), and the page still scrolls under the finger.
 */
import { make, swallow, type Listener } from "./dom.ts";
import type { Selection } from "./navigation.ts";
import { STYLE } from "./style.ts";
import { followZoom } from "./zoom.ts";

const HOST_TAG = "jernih-picker";

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
export function mountOverlay(doc: Document, inset: string): { host: HTMLElement; root: ShadowRoot } {
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
export function framed(doc: Document, root: ShadowRoot, panel: HTMLElement): () => void {
  const frame = make(doc, "div", "screen");
  frame.append(panel);
  root.append(frame);
  return followZoom(doc.defaultView!, frame);
}

/** The outline over the block and a tag naming it (red once picked). */
export class Highlight {
  private readonly box: HTMLElement;
  private readonly tag: HTMLElement;

  constructor(doc: Document, root: ShadowRoot) {
    this.box = make(doc, "div", "box");
    this.tag = make(doc, "div", "tag");
    root.append(this.box, this.tag);
  }

  draw(current: Element | null, locked: boolean): void {
    const { box, tag } = this;
    if (!current) {
      box.style.display = tag.style.display = "none";
      return;
    }
    const r = current.getBoundingClientRect();
    Object.assign(box.style, { display: "block", top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px` });
    box.classList.toggle("locked", locked);
    const cls = Array.from(current.classList).slice(0, 2).map((c) => `.${c}`).join("");
    tag.textContent = `${current.localName}${current.id ? `#${current.id}` : ""}${cls}`;
    Object.assign(tag.style, { display: "block", top: `${Math.max(0, r.top - 20)}px`, left: `${Math.max(0, r.left)}px` });
  }
}

/**
 * The window listeners (capturing, before the page's own) for the mouse and the finger. The page
 * sees none of the clicks, presses and context menus the picker takes; the panel's own events pass.
 */
export function pointerListeners(doc: Document, sel: Selection, fromPanel: (e: Event) => boolean): Listener[] {
  const under = (e: MouseEvent) => doc.elementFromPoint(e.clientX, e.clientY);
  const block = (e: Event): void => {
    if (!fromPanel(e)) swallow(e);
  };
  const onMove = (e: MouseEvent): void => {
    if (sel.locked || fromPanel(e)) return;
    sel.hover(under(e));
  };
  const onClick = (e: MouseEvent): void => {
    if (fromPanel(e)) return;
    swallow(e);
    if (sel.locked) return;
    const el = under(e);
    sel.lock(sel.pickable(el) && !sel.current ? el : null);
  };
  // A finger's tap is taken from pointerup, not the click that follows: a page that cancels its
  // touches (a carousel, a swipe menu) gets no click at all. A finger that scrolls ends in pointercancel.
  const onPointerUp = (e: PointerEvent): void => {
    if (fromPanel(e)) return;
    swallow(e);
    if (e.pointerType === "mouse" || !e.isPrimary) return;
    const el = under(e);
    if (sel.pickable(el)) sel.lock(el);
  };
  const capture = { capture: true };
  return [
    ["mousemove", onMove as EventListener, capture],
    ["click", onClick as EventListener, capture],
    ["pointerup", onPointerUp as EventListener, capture],
    ...["mousedown", "mouseup", "pointerdown", "auxclick", "contextmenu"].map((type): Listener => [type, block, capture]),
  ];
}
