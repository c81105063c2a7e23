/**
 * The proposal panel: a hint while picking, then the confirm sheet (./sheet.ts) for the picked block
 * — the proposed selector (./selector.ts), how many elements it matches, Hide / Keep / Wider /
 * Narrower / Pick again / Cancel. The stylesheet (./style.ts) draws it as a panel at the bottom centre
 * of a desktop window and as a sheet across the bottom of a phone's screen.
 *  - "Hide on this site" saves the selector as a custom rule for this site through src/shared/store.ts
 *    and tells this page's hider (`settingsSaved`), which hides the blocks at once; the background
 *    tells every other tab, and the rule holds on every later visit.
 *  - "Keep this block" saves a keep rule instead: no rule hides those blocks on this site any more
 *    (offered for what can be pointed at, i.e. what is visible; a whole category hidden on the site
 *    is shown again from the popup).
 */
import { siteHostOf } from "../../core/amp-cache.ts";
import { checkRule, KEEP_CATEGORY, siteKey, withRule } from "../../shared/settings.ts";
import { updateSettings, type StorageLike } from "../../shared/store.ts";
import type { Translate } from "../../ui/i18n.ts";
import { make } from "./dom.ts";
import { framed, mountOverlay } from "./overlay.ts";
import { proposeSelector } from "./selector.ts";
import { ConfirmSheet, showHint, type SheetDeps } from "./sheet.ts";

export type RuleKind = "selector" | "keep";

export interface PanelDeps extends SheetDeps {
  storage: StorageLike;
  /**
   * Tells this page's hider the settings changed, so the saved rule takes effect here without waiting
   * for the background's news (a round trip through every tab, which can come after the person looks).
   */
  settingsSaved?: () => void;
}

export interface PanelActions {
  wider(): void;
  narrower(): void;
  /** "Pick again": back to pointing (the panel shows its hint again by itself). */
  again(): void;
  cancel(): void;
  /** The rule is saved: the picker's work is done. */
  saved(kind: RuleKind): void;
}

export class ProposalPanel {
  /** The panel itself, for the picker to put on the screen. */
  readonly element: HTMLElement;
  private sheet: ConfirmSheet | null = null;

  /** `touch`: whether the hint speaks of tapping rather than pointing (asked each time it is shown). */
  constructor(private readonly deps: PanelDeps, private readonly actions: PanelActions, private readonly touch: () => boolean) {
    this.element = make(deps.doc, "div", "panel");
    this.element.setAttribute("role", "dialog");
    this.element.setAttribute("aria-label", deps.t("picker_title", "Hide an element"));
    this.showHint();
  }

  /** While nothing is picked: what to do, and Cancel. */
  showHint(): void {
    this.sheet = null;
    showHint(this.element, this.deps, this.touch(), this.actions.cancel);
  }

  /** Proposes a selector for `block`; an open sheet follows the block as it is widened or narrowed. */
  propose(block: Element): void {
    const { isProtected } = this.deps;
    const selector = proposeSelector(block, isProtected ? { isProtected } : {});
    if (this.sheet) return this.sheet.setSelector(selector);
    const { actions } = this;
    this.sheet = new ConfirmSheet(this.element, this.deps, {
      hide: (category) => void this.save("selector", category),
      keep: () => void this.save("keep", KEEP_CATEGORY),
      wider: actions.wider,
      narrower: actions.narrower,
      again: () => {
        this.showHint();
        actions.again();
      },
      cancel: actions.cancel,
    }, selector);
  }

  /** Enter on the page: what "Hide on this site" does, when the proposal may be saved. */
  confirm(): void {
    const { sheet } = this;
    if (sheet && !sheet.hideButton.disabled) void this.save("selector", sheet.category.value || "custom");
  }

  /** Focus in the selector field or the category list: their keys are theirs. */
  typing(): boolean {
    const a = (this.element.getRootNode() as Document | ShadowRoot).activeElement;
    return !!a && (a.localName === "input" || a.localName === "select");
  }

  /** Saves the proposal as a rule of `kind` for this site: "selector" hides its blocks, "keep" protects them. */
  private async save(kind: RuleKind, category: string): Promise<void> {
    const { sheet, deps } = this;
    if (!sheet) return;
    const check = checkRule(kind, sheet.input.value, deps.doc);
    if (!check.ok) return sheet.recount();
    sheet.setBusy(true);
    try {
      // An AMP page in a viewer's frame is its publisher's: the rule is for the publisher's site.
      const site = siteKey(siteHostOf(deps.doc.defaultView!.location.href));
      await updateSettings(deps.storage, (s) => withRule(s, { kind, value: check.value, category, site }));
    } catch (e) {
      sheet.say(deps.t("picker_saveFailed", "Could not save the rule: $1", [e instanceof Error ? e.message : String(e)]), true, false);
      sheet.setBusy(false);
      return;
    }
    deps.settingsSaved?.();
    this.actions.saved(kind);
  }
}

/**
 * After saving, with the picker gone: says what came of it. The hider hides the blocks as soon as
 * the settings change reaches it (on any page of the site, article or not); should the picked block
 * stay in view (Jernih off for the site), say so.
 */
export function announceSaved(doc: Document, t: Translate, kind: RuleKind, picked: Element | null): void {
  if (kind === "keep") {
    toast(doc, t("picker_kept", "Kept: Jernih will not hide this block on this site. You can remove this rule in Jernih's settings."));
    return;
  }
  const win = doc.defaultView!;
  const hidden = () => !picked || !picked.isConnected || picked.getClientRects().length === 0;
  const deadline = win.performance.now() + 1500;
  const check = () => {
    if (hidden()) toast(doc, t("picker_saved", "Hidden. You can remove this rule in Jernih's settings."));
    else if (win.performance.now() > deadline) {
      toast(doc, t("picker_savedNotHere", "Saved for this site, but this block still shows here: Jernih may be switched off for this site."));
    } else win.requestAnimationFrame(check);
  };
  win.requestAnimationFrame(check);
}

/** A note at the bottom of the screen, in an overlay of its own, for a few seconds. */
function toast(doc: Document, text: string): void {
  const { host, root } = mountOverlay(doc, "auto 0 0 0");
  const p = make(doc, "div", "panel");
  p.setAttribute("role", "status");
  p.textContent = text;
  const stopZoom = framed(doc, root, p);
  doc.defaultView!.setTimeout(() => {
    stopZoom();
    host.remove();
  }, 4000);
}
