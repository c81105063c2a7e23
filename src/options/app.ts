/**
 * The options page, free of extension APIs: everything it needs from the browser comes in through
 * `OptionsDeps` (main.ts builds them), so tests run it on jsdom with a fake storage.
 *
 * This is the mount: it builds the one state object (state.ts) and hands it to the sections —
 * categories.ts, rules.ts (your own rules), sites.ts, backup.ts — each wired once (`setup`) and
 * re-rendered from the settings after every change (`render`). Every change is saved at once
 * through src/shared/store.ts; content scripts see it through `storage.onChanged` and re-apply
 * their rules without a reload.
 */
import { defaultSettings, siteKey, type Settings } from "../shared/settings.ts";
import { loadSettings, saveSettings, type SaveResult } from "../shared/store.ts";
import { localizeWith } from "../ui/i18n.ts";
import * as backup from "./backup.ts";
import * as categories from "./categories.ts";
import { showRepair, showStorage, status } from "./notices.ts";
import * as rules from "./rules.ts";
import * as sites from "./sites.ts";
import { byId, byKey, type OptionsDeps, type OptionsState } from "./state.ts";

export type { OptionsDeps } from "./state.ts";
export { parseSiteInput } from "./site-input.ts";
export { problemText } from "./texts.ts";

export interface OptionsController {
  settings(): Settings;
  /** Settles when the selector preview of the rule field has been shown (for tests). */
  idle(): Promise<void>;
}

/** The sections in page order; backup shows nothing of the settings, so it has no render. */
const RENDERED = [categories, rules, sites];
const WIRED = [rules, sites, backup];

/** Saves a change, then shows it; a refused save leaves the settings (and the page) as they were. */
async function commit(state: OptionsState, change: (s: Settings) => Settings, done?: string): Promise<boolean> {
  const next = change(state.settings);
  let saved: SaveResult;
  try {
    saved = await saveSettings(state.deps.storage, next);
  } catch (e) {
    status(state, state.t("options_saveFailed", "Could not save: $1", [e instanceof Error ? e.message : String(e)]));
    return false;
  }
  state.settings = next;
  showStorage(state, saved.area === "local" ? saved : undefined);
  state.render();
  status(state, done ?? state.t("options_saved", "Saved."));
  return true;
}

/** Every section from the settings; focus stays on the element with the same data-key. */
function render(state: OptionsState): void {
  const focusKey = (state.doc.activeElement as HTMLElement | null)?.dataset?.key;
  for (const section of RENDERED) section.render(state);
  if (focusKey) byKey(state.doc, focusKey)?.focus();
}

/** Reads the stored settings (repairing what is broken) and renders them when they differ from what is shown. */
async function load(state: OptionsState): Promise<void> {
  const loaded = await loadSettings(state.deps.storage);
  showRepair(state, loaded.problems);
  showStorage(state, loaded.fallback);
  if (JSON.stringify(loaded.settings) !== JSON.stringify(state.settings) || !byId(state, "categories").hasChildNodes()) {
    state.settings = loaded.settings;
    state.render();
  }
}

export async function mountOptions(doc: Document, deps: OptionsDeps): Promise<OptionsController> {
  const { t } = deps;
  localizeWith(doc, t);
  doc.documentElement.lang = deps.lang;
  doc.title = t("options_pageTitle", doc.title);

  const state: OptionsState = {
    doc, deps, t,
    settings: defaultSettings(),
    extraSites: new Set(deps.tab?.host ? [siteKey(deps.tab.host)] : []),
    preview: { seq: 0, done: Promise.resolve() },
    commit: (change, done) => commit(state, change, done),
    render: () => render(state),
  };
  for (const section of WIRED) section.setup(state);

  await load(state);
  deps.onSettingsChanged(() => void load(state));
  doc.body.dataset.ready = "true"; // tests wait for this
  return { settings: () => state.settings, idle: () => state.preview.done };
}
