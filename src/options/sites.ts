/**
 * The options page's "Sites" section: one card per site with its own settings (and the sites added
 * here or the opener tab's, while they still have the defaults): its switches, its rules, the
 * categories shown again there, and Forget.
 */
import { knownSites, siteSettingsFor, withoutSite, withShownCategory, withSite, type SiteSettings } from "../shared/settings.ts";
import { h } from "../ui/dom.ts";
import { fieldMessage } from "./notices.ts";
import { ruleItem } from "./rules.ts";
import { parseSiteInput } from "./site-input.ts";
import { byId, byKey, catName, type OptionsState } from "./state.ts";

/** A category shown again on a site (the popup's "Show on this site"), and the button that hides it there again. */
function shownItem(state: OptionsState, key: string, id: string): HTMLLIElement {
  const { doc, t } = state;
  const again = h(doc, "button", {
    type: "button", class: "small", "data-key": `hide-again-${key}-${id}`, "data-hide-again": id,
    "aria-label": t("options_hideAgainLabel", "Hide $1 again on $2", [catName(state, id), key]),
  }, t("options_hideAgain", "Hide again"));
  again.addEventListener("click", () => void state.commit((s) => withShownCategory(s, key, id, false)));
  return h(doc, "li", { class: "rule", "data-shown": id }, h(doc, "span", {}, catName(state, id)), again);
}

/** A switch of a site's own settings, saved at once. */
function siteSwitch(state: OptionsState, key: string, field: "enabled" | "alwaysReader", label: string): HTMLDivElement {
  const { doc, settings } = state;
  const name = field === "enabled" ? "enabled" : "reader";
  const box = h(doc, "input", { type: "checkbox", role: "switch", id: `site-${key}-${name}`, "data-key": `site-${key}-${name}`, [`data-site-${name}`]: key });
  box.checked = (settings.sites[key] ?? siteSettingsFor(settings, key))[field];
  const patch = (): Partial<SiteSettings> => (field === "enabled" ? { enabled: box.checked } : { alwaysReader: box.checked });
  box.addEventListener("change", () => void state.commit((s) => withSite(s, key, patch())));
  return h(doc, "div", { class: "switch-row" }, box, h(doc, "label", { for: box.id }, label));
}

function siteCard(state: OptionsState, key: string): HTMLLIElement {
  const { doc, settings, t } = state;
  const rules = settings.customRules.filter((r) => r.site === key);
  const shown = settings.sites[key]?.shown ?? [];
  const forget = h(doc, "button", {
    type: "button", class: "small danger", "data-key": `forget-${key}`,
    "aria-label": t("options_forgetSiteLabel", "Forget this site: $1 (its choices and rules)", [key]),
  }, t("options_forgetSite", "Forget this site"));
  forget.addEventListener("click", () => {
    state.extraSites.delete(key);
    void state.commit((s) => withoutSite(s, key));
  });
  return h(doc, "li", { class: "card", "data-site": key },
    h(doc, "h3", {}, key),
    siteSwitch(state, key, "enabled", t("options_siteEnabled", "Clean this site")),
    siteSwitch(state, key, "alwaysReader", t("options_siteReader", "Always open the reader view")),
    rules.length > 0 && h(doc, "h4", {}, t("options_siteRules", "Rules for this site")),
    rules.length > 0 && h(doc, "ul", { class: "rules" }, ...rules.map((r) => ruleItem(state, r, false))),
    shown.length > 0 && h(doc, "h4", {}, t("options_siteShown", "Shown again on this site")),
    shown.length > 0 && h(doc, "ul", { class: "rules" }, ...shown.map((id) => shownItem(state, key, id))),
    forget,
  );
}

export function render(state: OptionsState): void {
  const { doc } = state;
  const keys = [...new Set([...knownSites(state.settings), ...state.extraSites])].sort();
  byId(state, "known-sites").replaceChildren(...keys.map((k) => h(doc, "option", { value: k })));
  const cards = keys.map((key) => siteCard(state, key));
  byId(state, "sites").replaceChildren(...(cards.length ? cards : [h(doc, "li", { class: "empty" }, state.t("options_noSites", "No site has its own settings yet."))]));
}

/** Wires the "Add site" form once: the site gets a card (with the defaults) and focus. */
export function setup(state: OptionsState): void {
  byId(state, "site-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const input = byId<HTMLInputElement>(state, "site-name");
    const site = parseSiteInput(input.value);
    if (!site) {
      fieldMessage(input, byId(state, "site-name-msg"), state.t("options_checkBadSite", "Not a site name; write it like detik.com"), "error");
      input.focus();
      return;
    }
    fieldMessage(input, byId(state, "site-name-msg"), "", "");
    input.value = "";
    state.extraSites.add(site);
    state.render();
    byKey(state.doc, `site-${site}-enabled`)?.focus();
  });
}
