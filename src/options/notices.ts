/** The options page's messages: notices at the top, the status line, and the message under a form field. */
import type { Problem } from "../shared/settings.ts";
import type { Fallback } from "../shared/store.ts";
import { h } from "../ui/dom.ts";
import { byId, type OptionsState } from "./state.ts";
import { fallbackText, problemText } from "./texts.ts";

/** Says that settings live on this device only (and why), or takes that notice away. */
export function showStorage(state: OptionsState, fb: Fallback | undefined): void {
  const { doc } = state;
  let el = doc.getElementById("storage-notice");
  if (!fb) {
    el?.remove();
    return;
  }
  if (!el) {
    el = h(doc, "p", { id: "storage-notice", class: "notice warn", role: "alert" });
    byId(state, "notices").append(el);
  }
  el.textContent = fallbackText(fb, state.t);
}

/** Lists what loading the stored settings repaired; none takes the notice away. */
export function showRepair(state: OptionsState, problems: Problem[]): void {
  const { doc, t } = state;
  doc.getElementById("repair-notice")?.remove();
  if (problems.length === 0) return;
  const list = h(doc, "ul", {}, ...problems.map((p) => h(doc, "li", {}, problemText(p, t))));
  const intro = t("options_repaired", "Some saved settings were damaged and have been repaired; a copy of the original was kept. What was wrong:");
  byId(state, "notices").append(h(doc, "div", { id: "repair-notice", class: "notice warn", role: "alert" }, h(doc, "p", {}, intro), list));
}

export function status(state: OptionsState, text: string): void {
  byId(state, "status").textContent = text;
}

/** The message under a field; an error also marks the field invalid for screen readers. */
export function fieldMessage(input: HTMLInputElement, msg: HTMLElement, text: string, kind: "error" | "info" | ""): void {
  msg.textContent = text;
  msg.className = `field-msg ${kind}`;
  if (kind === "error") input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}
