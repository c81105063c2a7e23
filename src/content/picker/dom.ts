/** Small DOM helpers for the picker's own elements (drawn in its closed shadow root). */
import { h } from "../../ui/dom.ts";

/** `<tag class=cls>text</tag>`: the shape nearly every picker element has (ui/dom.ts builds it). */
export function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls = "", text = ""): HTMLElementTagNameMap[K] {
  return h(doc, tag, { class: cls || undefined }, text);
}

export function button(doc: Document, text: string, onClick: () => void, cls = ""): HTMLButtonElement {
  const b = make(doc, "button", cls, text);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

/** A window listener the picker adds while it runs and removes when it stops. */
export type Listener = [string, EventListener, AddEventListenerOptions];

/** Keeps an event the picker uses from the page's own handlers (and from the browser's default). */
export function swallow(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}
