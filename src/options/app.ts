/**
 * The options page, free of extension APIs: everything it needs from the browser comes in through
 * `OptionsDeps` (main.ts builds them), so tests run it on jsdom with a fake storage.
 *
 * Every change is saved at once through src/shared/store.ts; content scripts see it through
 * `storage.onChanged` and re-apply their rules without a reload.
 */
import type { CategoryDef } from "../rules/types.ts";
import type { SelectorCountReply } from "../shared/messages.ts";
import {
  checkRule, defaultSettings, KEEP_CATEGORY, knownSites, readSettingsFile, siteKey, siteSettingsFor, toSettingsFile,
  withCategory, withoutRule, withoutSite, withRule, withShownCategory, withSite,
  type CustomRule, type Problem, type RuleCheck, type Settings,
} from "../shared/settings.ts";
import { loadSettings, saveSettings, type Fallback, type SaveResult, type StorageLike } from "../shared/store.ts";

export type Translate = (key: string, subs?: (string | number)[]) => string;

export interface OptionsDeps {
  storage: StorageLike;
  t: Translate;
  /** "en" or "id": which text of categories.json to show. */
  lang: string;
  categories: readonly CategoryDef[];
  /** The tab the page was opened from (`?tab=<id>`), to count what a selector would hide there. */
  tab: { host: string; count(selector: string): Promise<SelectorCountReply | null> } | null;
  download(fileName: string, text: string): void;
  /** Calls back when the stored settings change (another tab, the picker). */
  onSettingsChanged(listener: () => void): void;
}

export interface OptionsController {
  settings(): Settings;
  /** Settles when the selector preview of the rule field has been shown (for tests). */
  idle(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, val] of Object.entries(attrs)) {
    if (val === undefined || val === false) continue;
    el.setAttribute(k, val === true ? "" : val);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Fills `data-i18n` elements with their message (keeps the HTML's English when a key is missing). */
export function localize(root: ParentNode, t: Translate): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const text = t(el.dataset.i18n!);
    if (text) el.textContent = text;
  }
}

/** Accepts "detik.com", "WWW.Detik.com" or a pasted URL; null when it is not a host name. */
export function parseSiteInput(raw: string): string | null {
  let text = raw.trim();
  if (!text) return "";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  }
  // Settings are per host name: a port ("127.0.0.1:8080") does not make another site.
  const key = siteKey(text.replace(/:\d{1,5}$/, ""));
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(key) ? key : null;
}

export function problemText(p: Problem, t: Translate): string {
  switch (p.code) {
    case "not-settings": return t("options_problemNotSettings");
    case "foreign-file": return t("options_problemForeign");
    case "newer-version": return t("options_problemNewer", [String(p.version ?? "?")]);
    case "unknown-version": return t("options_problemUnknownVersion");
    case "bad-field": return t("options_problemBadField", [p.path ?? "?"]);
  }
}

function checkText(check: Exclude<RuleCheck, { ok: true }>, kind: CustomRule["kind"], t: Translate): string {
  switch (check.code) {
    case "empty": return t(kind === "phrase" ? "options_checkEmptyPhrase" : "options_checkEmptySelector");
    case "too-short": return t("options_checkTooShort", ["3"]);
    case "too-long": return t("options_checkTooLong", ["500"]);
    case "invalid-selector": return t("options_checkInvalidSelector");
    case "unsafe-selector": return t("options_checkUnsafeSelector");
    case "whole-page": return t(kind === "keep" ? "options_checkWholePageKeep" : "options_checkWholePage");
  }
}

function fallbackText(fb: Fallback, t: Translate): string {
  if (fb.reason === "quota") return t("options_fallbackQuota");
  if (fb.reason === "no-sync") return t("options_fallbackNoSync");
  return t("options_fallbackError");
}

// ---------------------------------------------------------------------------------------------

export async function mountOptions(doc: Document, deps: OptionsDeps): Promise<OptionsController> {
  const { t, storage } = deps;
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  localize(doc, t);
  doc.documentElement.lang = deps.lang;
  doc.title = t("options_pageTitle") || doc.title;

  const catName = (id: string) => {
    const c = deps.categories.find((x) => x.id === id);
    return c ? (c.name[deps.lang] ?? c.name.en ?? id) : id;
  };

  let settings: Settings = defaultSettings();
  /** Sites added in this session or the tab's host: shown even while they still have default settings. */
  const extraSites = new Set<string>();
  if (deps.tab?.host) extraSites.add(siteKey(deps.tab.host));

  // ---- notices

  function showStorage(fb: Fallback | undefined) {
    let el = doc.getElementById("storage-notice");
    if (!fb) {
      el?.remove();
      return;
    }
    if (!el) {
      el = h(doc, "p", { id: "storage-notice", class: "notice warn", role: "alert" });
      $("notices").append(el);
    }
    el.textContent = fallbackText(fb, t);
  }

  function showRepair(problems: Problem[]) {
    doc.getElementById("repair-notice")?.remove();
    if (problems.length === 0) return;
    const list = h(doc, "ul", {}, ...problems.map((p) => h(doc, "li", {}, problemText(p, t))));
    $("notices").append(h(doc, "div", { id: "repair-notice", class: "notice warn", role: "alert" }, h(doc, "p", {}, t("options_repaired")), list));
  }

  function status(text: string) {
    $("status").textContent = text;
  }

  // ---- saving

  async function commit(change: (s: Settings) => Settings, done?: string): Promise<boolean> {
    const next = change(settings);
    let saved: SaveResult;
    try {
      saved = await saveSettings(storage, next);
    } catch (e) {
      status(t("options_saveFailed", [e instanceof Error ? e.message : String(e)]));
      return false;
    }
    settings = next;
    showStorage(saved.area === "local" ? saved : undefined);
    render();
    status(done ?? t("options_saved"));
    return true;
  }

  // ---- rendering (focus is kept on the element with the same data-key across renders)

  /** Keys hold site names and rule ids: compared as strings rather than put into a selector. */
  function byKey(key: string): HTMLElement | undefined {
    return [...doc.querySelectorAll<HTMLElement>("[data-key]")].find((el) => el.dataset.key === key);
  }

  function render() {
    const focusKey = (doc.activeElement as HTMLElement | null)?.dataset?.key;
    renderCategories();
    renderRules();
    renderSites();
    if (focusKey) byKey(focusKey)?.focus();
  }

  function renderCategories() {
    const items = deps.categories.map((c) => {
      const id = `cat-${c.id}`;
      const box = h(doc, "input", {
        type: "checkbox", role: "switch", id, "data-key": id, "data-category": c.id,
        "aria-describedby": `${id}-desc ${id}-ex`,
      });
      box.checked = settings.categories[c.id] ?? c.default;
      box.addEventListener("change", () => void commit((s) => withCategory(s, c.id, box.checked)));
      return h(doc, "li", { class: "card" },
        h(doc, "div", { class: "switch-row" }, box, h(doc, "label", { for: id }, catName(c.id))),
        h(doc, "p", { id: `${id}-desc`, class: "desc" }, c.description[deps.lang] ?? c.description.en ?? ""),
        h(doc, "p", { id: `${id}-ex`, class: "example" }, t("options_example", [c.example[deps.lang] ?? c.example.en ?? ""])),
      );
    });
    $("categories").replaceChildren(...items);

    const select = $<HTMLSelectElement>("rule-category");
    const chosen = select.value;
    select.replaceChildren(...deps.categories.map((c) => h(doc, "option", { value: c.id }, catName(c.id))));
    if (chosen) select.value = chosen;
  }

  const kindName = (kind: CustomRule["kind"]) =>
    t(kind === "phrase" ? "options_kindPhrase" : kind === "keep" ? "options_kindKeep" : "options_kindSelector");

  function ruleItem(r: CustomRule, showSite: boolean) {
    const remove = h(doc, "button", {
      type: "button", class: "small", "data-key": `rm-${r.id}-${showSite ? "all" : "site"}`,
      "aria-label": t("options_removeRuleLabel", [r.value]),
    }, t("options_remove"));
    remove.addEventListener("click", () => void commit((s) => withoutRule(s, r.id)));
    return h(doc, "li", { "data-rule-id": r.id, class: "rule" },
      h(doc, "code", {}, r.value),
      h(doc, "span", { class: "tag" }, kindName(r.kind)),
      // A keep rule holds whatever the categories say: it has none to show.
      r.kind !== "keep" && h(doc, "span", { class: "tag" }, catName(r.category)),
      showSite && h(doc, "span", { class: "tag site" }, r.site ?? t("options_allSites")),
      remove,
    );
  }

  function renderRules() {
    const list = $("rules");
    list.replaceChildren(
      ...(settings.customRules.length ? settings.customRules.map((r) => ruleItem(r, true)) : [h(doc, "li", { class: "empty" }, t("options_noRules"))]),
    );
  }

  function renderSites() {
    const keys = [...new Set([...knownSites(settings), ...extraSites])].sort();
    $("known-sites").replaceChildren(...keys.map((k) => h(doc, "option", { value: k })));
    if (keys.length === 0) {
      $("sites").replaceChildren(h(doc, "li", { class: "empty" }, t("options_noSites")));
      return;
    }
    $("sites").replaceChildren(...keys.map((key) => {
      const site = siteSettingsFor(settings, key);
      const own = settings.sites[key];
      const enabled = h(doc, "input", { type: "checkbox", role: "switch", id: `site-${key}-enabled`, "data-key": `site-${key}-enabled`, "data-site-enabled": key });
      enabled.checked = (own ?? site).enabled;
      enabled.addEventListener("change", () => void commit((s) => withSite(s, key, { enabled: enabled.checked })));
      const reader = h(doc, "input", { type: "checkbox", role: "switch", id: `site-${key}-reader`, "data-key": `site-${key}-reader`, "data-site-reader": key });
      reader.checked = (own ?? site).alwaysReader;
      reader.addEventListener("change", () => void commit((s) => withSite(s, key, { alwaysReader: reader.checked })));
      const rules = settings.customRules.filter((r) => r.site === key);
      const shown = own?.shown ?? [];
      const forget = h(doc, "button", { type: "button", class: "small danger", "data-key": `forget-${key}`, "aria-label": t("options_forgetSiteLabel", [key]) }, t("options_forgetSite"));
      forget.addEventListener("click", () => {
        extraSites.delete(key);
        void commit((s) => withoutSite(s, key));
      });
      return h(doc, "li", { class: "card", "data-site": key },
        h(doc, "h3", {}, key),
        h(doc, "div", { class: "switch-row" }, enabled, h(doc, "label", { for: enabled.id }, t("options_siteEnabled"))),
        h(doc, "div", { class: "switch-row" }, reader, h(doc, "label", { for: reader.id }, t("options_siteReader"))),
        rules.length > 0 && h(doc, "h4", {}, t("options_siteRules")),
        rules.length > 0 && h(doc, "ul", { class: "rules" }, ...rules.map((r) => ruleItem(r, false))),
        shown.length > 0 && h(doc, "h4", {}, t("options_siteShown")),
        shown.length > 0 && h(doc, "ul", { class: "rules" }, ...shown.map((id) => shownItem(key, id))),
        forget,
      );
    }));
  }

  /** A category shown again on a site (the popup's "Show on this site"), and the button that hides it there again. */
  function shownItem(key: string, id: string) {
    const again = h(doc, "button", {
      type: "button", class: "small", "data-key": `hide-again-${key}-${id}`, "data-hide-again": id,
      "aria-label": t("options_hideAgainLabel", [catName(id), key]),
    }, t("options_hideAgain"));
    again.addEventListener("click", () => void commit((s) => withShownCategory(s, key, id, false)));
    return h(doc, "li", { class: "rule", "data-shown": id }, h(doc, "span", {}, catName(id)), again);
  }

  // ---- the rule form: checked as typed, counted on the tab it was opened from

  const kindEl = $<HTMLSelectElement>("rule-kind");
  const valueEl = $<HTMLInputElement>("rule-value");
  const valueMsg = $("rule-value-msg");
  const siteEl = $<HTMLInputElement>("rule-site");
  const siteMsg = $("rule-site-msg");
  if (deps.tab?.host) siteEl.value = siteKey(deps.tab.host);

  function fieldMessage(input: HTMLInputElement, msg: HTMLElement, text: string, kind: "error" | "info" | "") {
    msg.textContent = text;
    msg.className = `field-msg ${kind}`;
    if (kind === "error") input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }

  let previewSeq = 0;
  let previewDone: Promise<void> = Promise.resolve();

  function checkValue(showEmpty: boolean): RuleCheck {
    const kind = kindEl.value as CustomRule["kind"];
    const check = checkRule(kind, valueEl.value, doc);
    const seq = ++previewSeq;
    if (!check.ok) {
      fieldMessage(valueEl, valueMsg, check.code === "empty" && !showEmpty ? "" : checkText(check, kind, t), check.code === "empty" && !showEmpty ? "" : "error");
      return check;
    }
    fieldMessage(valueEl, valueMsg, "", "");
    if (kind !== "phrase" && deps.tab) {
      const tab = deps.tab;
      previewDone = tab.count(check.value).then((reply) => {
        if (seq !== previewSeq) return; // a newer keystroke owns the message now
        const counted = kind === "keep" ? "options_matchCountKeep" : "options_matchCount";
        if (reply?.ok) fieldMessage(valueEl, valueMsg, t(counted, [String(reply.count), reply.host || tab.host]), "info");
        else if (reply && !reply.ok) fieldMessage(valueEl, valueMsg, t("options_checkInvalidSelector"), "error");
        else fieldMessage(valueEl, valueMsg, t("options_matchUnavailable"), "info");
      });
    }
    return check;
  }

  function checkSite(): string | null {
    const site = parseSiteInput(siteEl.value);
    fieldMessage(siteEl, siteMsg, site === null ? t("options_checkBadSite") : "", site === null ? "error" : "");
    return site;
  }

  /** A keep rule has no category: its list is off while "keep" is the kind. */
  const categoryEl = $<HTMLSelectElement>("rule-category");
  const followKind = () => (categoryEl.disabled = kindEl.value === "keep");
  valueEl.addEventListener("input", () => void checkValue(false));
  kindEl.addEventListener("change", () => {
    followKind();
    void checkValue(false);
  });
  siteEl.addEventListener("input", () => void checkSite());

  $("rule-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const check = checkValue(true);
    const site = checkSite();
    if (!check.ok) {
      valueEl.focus();
      return;
    }
    if (site === null) {
      siteEl.focus();
      return;
    }
    const kind = kindEl.value as CustomRule["kind"];
    const siteOrAll = site || null;
    if (settings.customRules.some((r) => r.kind === kind && r.value === check.value && r.site === siteOrAll)) {
      fieldMessage(valueEl, valueMsg, t("options_checkDuplicate"), "error");
      return;
    }
    const category = kind === "keep" ? KEEP_CATEGORY : categoryEl.value || deps.categories[0]?.id || "custom";
    void commit((s) => withRule(s, { kind, value: check.value, category, site: siteOrAll }), t("options_ruleAdded")).then((ok) => {
      if (!ok) return;
      valueEl.value = "";
      fieldMessage(valueEl, valueMsg, "", "");
      valueEl.focus();
    });
  });

  // ---- sites

  $("site-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const input = $<HTMLInputElement>("site-name");
    const site = parseSiteInput(input.value);
    if (!site) {
      fieldMessage(input, $("site-name-msg"), t("options_checkBadSite"), "error");
      input.focus();
      return;
    }
    fieldMessage(input, $("site-name-msg"), "", "");
    input.value = "";
    extraSites.add(site);
    render();
    byKey(`site-${site}-enabled`)?.focus();
  });

  // ---- import, export, reset

  $("export").addEventListener("click", () => {
    const date = new Date().toISOString().slice(0, 10);
    deps.download(`jernih-settings-${date}.json`, `${JSON.stringify(toSettingsFile(settings), null, 2)}\n`);
  });

  const fileEl = $<HTMLInputElement>("import-file");
  fileEl.addEventListener("change", async () => {
    const file = fileEl.files?.[0];
    fileEl.value = "";
    if (!file) return;
    const result = readSettingsFile(await file.text());
    const box = $("import-result");
    if (!result.ok) {
      box.replaceChildren(h(doc, "div", { class: "notice error", role: "alert", id: "import-error" },
        h(doc, "p", {}, t("options_importFailed")),
        h(doc, "ul", {}, ...result.problems.map((p) => h(doc, "li", {}, problemText(p, t)))),
      ));
      return;
    }
    if (await commit(() => result.settings, t("options_imported"))) {
      box.replaceChildren(h(doc, "p", { class: "notice ok", id: "import-ok" }, t("options_imported")));
      showRepair([]);
    }
  });

  // A modal <dialog>: focus moves into it, Esc cancels, and screen readers announce its title.
  const dialog = $<HTMLDialogElement>("reset-dialog");
  const closeDialog = () => {
    if (typeof dialog.close === "function") dialog.close();
    else dialog.removeAttribute("open");
    $("reset").focus();
  };
  $("reset").addEventListener("click", () => {
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    $("reset-cancel").focus();
  });
  $("reset-cancel").addEventListener("click", closeDialog);
  $("reset-confirm").addEventListener("click", () => {
    closeDialog();
    void commit(() => defaultSettings(), t("options_resetDone")).then((ok) => ok && showRepair([]));
  });

  // ---- load, and follow changes made elsewhere

  async function load() {
    const loaded = await loadSettings(storage);
    showRepair(loaded.problems);
    showStorage(loaded.fallback);
    if (JSON.stringify(loaded.settings) !== JSON.stringify(settings) || !$("categories").hasChildNodes()) {
      settings = loaded.settings;
      render();
    }
  }

  await load();
  deps.onSettingsChanged(() => void load());
  doc.body.dataset.ready = "true"; // tests wait for this

  return { settings: () => settings, idle: () => previewDone };
}
