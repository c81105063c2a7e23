/**
 * The picker's panel (./panel.ts keeps it, in the overlay's closed shadow root): a hint while picking, then
 * the confirm sheet once a block is picked — the proposed selector (editable, checked as typed),
 * how many elements it matches on the page, the category, and buttons for everything the keys and
 * the wheel do (Wider, Narrower, Pick again, Cancel), so a finger alone can do it all.
 */
import type { CategoryDef } from "../../rules/types.ts";
import { checkRule } from "../../shared/settings.ts";
import type { Translate } from "../../ui/i18n.ts";
import { button, make } from "./dom.ts";
import { countMatches } from "./selector.ts";

export interface SheetDeps {
  doc: Document;
  t: Translate;
  lang: string;
  categories: readonly CategoryDef[];
  /** The hider's guard: blocks it never hides are refused here too. */
  isProtected?: (el: Element) => boolean;
}

export interface SheetActions {
  hide(category: string): void;
  keep(): void;
  wider(): void;
  narrower(): void;
  again(): void;
  cancel(): void;
}

/** While picking: what to do (for a finger or for a mouse and keys), and Cancel. */
export function showHint(panel: HTMLElement, deps: SheetDeps, touch: boolean, cancel: () => void): void {
  const { doc, t } = deps;
  const row = make(doc, "div", "row");
  row.append(button(doc, t("picker_cancel", "Cancel"), cancel));
  const hint = touch
    ? t("picker_hint_touch", "Tap the block to hide. Then Wider and Narrower adjust what is picked · Cancel: leave the page as it is")
    : t("picker_hint", "Point at the block to hide and click it · ↑ or wheel up: wider · ↓ or wheel down: narrower · Esc: cancel");
  panel.replaceChildren(make(doc, "h2", "", t("picker_title", "Hide an element")), make(doc, "p", "hint", hint), row);
}

/** What the sheet says of a selector it cannot use, in the options page's words. */
function refusal(t: Translate, code: string | null): string {
  if (code === null || code === "invalid-selector") return t("options_checkInvalidSelector", "Not a valid CSS selector.");
  if (code === "whole-page") return t("options_checkWholePage", "This selector would hide the whole page.");
  if (code === "unsafe-selector") return t("options_checkUnsafeSelector", "A selector cannot contain { } ; or /*.");
  return t("options_checkEmptySelector", "Type a CSS selector, e.g. .baca-juga");
}

/** The confirm sheet for one proposal; `setSelector` follows the picked block as it is widened or narrowed. */
export class ConfirmSheet {
  readonly input: HTMLInputElement;
  readonly category: HTMLSelectElement;
  readonly hideButton: HTMLButtonElement;
  private readonly keepButton: HTMLButtonElement;
  private readonly count: HTMLElement;

  constructor(panel: HTMLElement, private readonly deps: SheetDeps, actions: SheetActions, selector: string) {
    const { doc, t } = deps;
    const label = make(doc, "label", "", t("picker_selector", "Selector"));
    label.htmlFor = "jernih-picker-selector";
    this.input = make(doc, "input");
    this.input.id = "jernih-picker-selector";
    this.input.spellcheck = false;
    this.input.value = selector;
    this.input.setAttribute("aria-describedby", "jernih-picker-count");
    this.input.addEventListener("input", () => this.recount());
    this.count = make(doc, "p", "msg count");
    this.count.id = "jernih-picker-count";
    this.count.setAttribute("aria-live", "polite");
    this.category = this.categoryList();
    const catLabel = make(doc, "label", "", t("picker_category", "Category"));
    catLabel.htmlFor = this.category.id;

    this.hideButton = button(doc, t("picker_hide", "Hide on this site"), () => actions.hide(this.category.value || "custom"), "primary");
    this.keepButton = button(doc, t("picker_keep", "Keep this block"), () => actions.keep());
    const row = make(doc, "div", "row");
    row.append(
      this.hideButton, this.keepButton, button(doc, t("picker_wider", "Wider"), actions.wider), button(doc, t("picker_narrower", "Narrower"), actions.narrower),
      button(doc, t("picker_back", "Pick again"), actions.again), button(doc, t("picker_cancel", "Cancel"), actions.cancel),
    );
    const catRow = make(doc, "div", "row");
    catRow.append(catLabel, this.category);
    panel.replaceChildren(make(doc, "h2", "", t("picker_title", "Hide an element")), label, this.input, this.count, catRow, row);
    this.recount();
    if (!this.hideButton.disabled) this.hideButton.focus();
  }

  private categoryList(): HTMLSelectElement {
    const { doc, categories, lang } = this.deps;
    const cat = make(doc, "select");
    cat.id = "jernih-picker-category";
    for (const c of categories) {
      const o = make(doc, "option", "", c.name[lang] ?? c.name.en ?? c.id);
      o.value = c.id;
      cat.append(o);
    }
    cat.value = categories.some((c) => c.id === "promo") ? "promo" : (categories[0]?.id ?? "");
    return cat;
  }

  setSelector(selector: string): void {
    this.input.value = selector;
    this.recount();
  }

  /** Checks the selector and says how many elements it matches; the buttons only when saving makes sense. */
  recount(): void {
    const { doc, t, isProtected } = this.deps;
    const check = checkRule("selector", this.input.value, doc);
    const n = check.ok ? countMatches(doc, check.value) : null;
    if (!check.ok || n === null) {
      this.say(refusal(t, check.ok ? null : check.code), true);
      this.setBusy(true);
      return;
    }
    // The hider's guard never hides the article or what holds it: say so rather than save a rule that does nothing.
    const guarded = isProtected ? Array.from(doc.querySelectorAll(check.value)).some((m) => isProtected(m)) : false;
    const said = guarded
      ? t("picker_protected", "This block holds the article itself, which Jernih never hides. Pick a smaller block (Narrower, ↓ or wheel down).")
      : t("picker_matches", "Matches $1 element(s) on this page.", [String(n)]);
    this.say(said, guarded);
    // Keeping a block that holds the article would keep everything in it: refused like hiding it.
    this.setBusy(n === 0 || guarded);
  }

  /** A line under the selector; `invalid` marks the selector itself as the problem. */
  say(text: string, error: boolean, invalid = error): void {
    this.count.textContent = text;
    this.count.className = error ? "msg error" : "msg count";
    if (invalid) this.input.setAttribute("aria-invalid", "true");
    else this.input.removeAttribute("aria-invalid");
  }

  setBusy(busy: boolean): void {
    this.hideButton.disabled = this.keepButton.disabled = busy;
  }
}
