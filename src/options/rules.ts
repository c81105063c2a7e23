/**
 * The options page's "Your own rules" section: the rule form, checked as typed and counted on the
 * tab the page was opened from, and the list of every rule. `ruleItem` is the sites section's too.
 */
import { checkRule, KEEP_CATEGORY, siteKey, withoutRule, withRule, type CustomRule, type RuleCheck } from "../shared/settings.ts";
import { h } from "../ui/dom.ts";
import { fieldMessage } from "./notices.ts";
import { parseSiteInput } from "./site-input.ts";
import { byId, catName, type OptionsState } from "./state.ts";
import { checkText, kindName } from "./texts.ts";

/** The form's fields (index.html). */
interface RuleForm {
  kind: HTMLSelectElement;
  value: HTMLInputElement;
  valueMsg: HTMLElement;
  site: HTMLInputElement;
  siteMsg: HTMLElement;
  category: HTMLSelectElement;
}

function form(state: OptionsState): RuleForm {
  return {
    kind: byId(state, "rule-kind"), value: byId(state, "rule-value"), valueMsg: byId(state, "rule-value-msg"),
    site: byId(state, "rule-site"), siteMsg: byId(state, "rule-site-msg"), category: byId(state, "rule-category"),
  };
}

/** One rule, with its kind, category, site (in the list of all rules) and a Remove button. */
export function ruleItem(state: OptionsState, r: CustomRule, showSite: boolean): HTMLLIElement {
  const { doc, t } = state;
  const remove = h(doc, "button", {
    type: "button", class: "small", "data-key": `rm-${r.id}-${showSite ? "all" : "site"}`,
    "aria-label": t("options_removeRuleLabel", "Remove rule $1", [r.value]),
  }, t("options_remove", "Remove"));
  remove.addEventListener("click", () => void state.commit((s) => withoutRule(s, r.id)));
  return h(doc, "li", { "data-rule-id": r.id, class: "rule" },
    h(doc, "code", {}, r.value),
    h(doc, "span", { class: "tag" }, kindName(r.kind, t)),
    // A keep rule holds whatever the categories say: it has none to show.
    r.kind !== "keep" && h(doc, "span", { class: "tag" }, catName(state, r.category)),
    showSite && h(doc, "span", { class: "tag site" }, r.site ?? t("options_allSites", "All sites")),
    remove,
  );
}

export function render(state: OptionsState): void {
  const { doc, deps, settings, t } = state;
  const rules = settings.customRules.map((r) => ruleItem(state, r, true));
  byId(state, "rules").replaceChildren(...(rules.length ? rules : [h(doc, "li", { class: "empty" }, t("options_noRules", "No rules yet."))]));

  const select = byId<HTMLSelectElement>(state, "rule-category");
  const chosen = select.value;
  select.replaceChildren(...deps.categories.map((c) => h(doc, "option", { value: c.id }, catName(state, c.id))));
  if (chosen) select.value = chosen;
}

/** Counts what a valid selector would hide (or keep) on the opener tab; a newer keystroke's count wins. */
function preview(state: OptionsState, f: RuleForm, kind: CustomRule["kind"], selector: string): void {
  const { tab } = state.deps;
  if (kind === "phrase" || !tab) return;
  const { t } = state;
  const seq = state.preview.seq;
  state.preview.done = tab.count(selector).then((reply) => {
    if (seq !== state.preview.seq) return; // a newer keystroke owns the message now
    if (reply?.ok) {
      const subs = [String(reply.count), reply.host || tab.host];
      const text = kind === "keep"
        ? t("options_matchCountKeep", "Would keep $1 element(s) on $2.", subs)
        : t("options_matchCount", "Would hide $1 element(s) on $2.", subs);
      fieldMessage(f.value, f.valueMsg, text, "info");
    } else if (reply) {
      fieldMessage(f.value, f.valueMsg, t("options_checkInvalidSelector", "Not a valid CSS selector."), "error");
    } else {
      fieldMessage(f.value, f.valueMsg, t("options_matchUnavailable", "Could not count the matches on the tab this page was opened from."), "info");
    }
  });
}

/** Checks the rule field as typed (an empty field says nothing until the form is sent). */
function checkValue(state: OptionsState, f: RuleForm, showEmpty: boolean): RuleCheck {
  const kind = f.kind.value as CustomRule["kind"];
  const check = checkRule(kind, f.value.value, state.doc);
  state.preview.seq++;
  if (!check.ok) {
    const quiet = check.code === "empty" && !showEmpty;
    fieldMessage(f.value, f.valueMsg, quiet ? "" : checkText(check, kind, state.t), quiet ? "" : "error");
    return check;
  }
  fieldMessage(f.value, f.valueMsg, "", "");
  preview(state, f, kind, check.value);
  return check;
}

function checkSite(state: OptionsState, f: RuleForm): string | null {
  const site = parseSiteInput(f.site.value);
  const bad = site === null;
  fieldMessage(f.site, f.siteMsg, bad ? state.t("options_checkBadSite", "Not a site name; write it like detik.com") : "", bad ? "error" : "");
  return site;
}

/** Adds the form's rule, unless a field is wrong or the same rule exists. */
function submit(state: OptionsState, f: RuleForm): void {
  const { t } = state;
  const check = checkValue(state, f, true);
  const site = checkSite(state, f);
  if (!check.ok || site === null) {
    (check.ok ? f.site : f.value).focus();
    return;
  }
  const kind = f.kind.value as CustomRule["kind"];
  const siteOrAll = site || null;
  if (state.settings.customRules.some((r) => r.kind === kind && r.value === check.value && r.site === siteOrAll)) {
    fieldMessage(f.value, f.valueMsg, t("options_checkDuplicate", "This rule already exists."), "error");
    return;
  }
  const category = kind === "keep" ? KEEP_CATEGORY : f.category.value || state.deps.categories[0]?.id || "custom";
  void state.commit((s) => withRule(s, { kind, value: check.value, category, site: siteOrAll }), t("options_ruleAdded", "Rule added.")).then((ok) => {
    if (!ok) return;
    f.value.value = "";
    fieldMessage(f.value, f.valueMsg, "", "");
    f.value.focus();
  });
}

/** Wires the rule form once; the tab's site is proposed for new rules. */
export function setup(state: OptionsState): void {
  const f = form(state);
  if (state.deps.tab?.host) f.site.value = siteKey(state.deps.tab.host);
  // A keep rule has no category: its list is off while "keep" is the kind.
  const followKind = () => (f.category.disabled = f.kind.value === "keep");
  f.value.addEventListener("input", () => void checkValue(state, f, false));
  f.kind.addEventListener("change", () => {
    followKind();
    void checkValue(state, f, false);
  });
  f.site.addEventListener("input", () => void checkSite(state, f));
  byId(state, "rule-form").addEventListener("submit", (e) => {
    e.preventDefault();
    submit(state, f);
  });
}
