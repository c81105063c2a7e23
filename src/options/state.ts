/**
 * The options page's one state object, shared by its sections (categories.ts, rules.ts, sites.ts,
 * backup.ts). app.ts builds it; a section reads `settings` and changes them only through `commit`,
 * which saves, then re-renders every section from the new settings.
 */
import type { CategoryDef } from "../rules/types.ts";
import type { SelectorCountReply } from "../shared/messages.ts";
import type { Settings } from "../shared/settings.ts";
import type { StorageLike } from "../shared/store.ts";
import type { Translate } from "../ui/i18n.ts";

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

export interface OptionsState {
  readonly doc: Document;
  readonly deps: OptionsDeps;
  readonly t: Translate;
  /** What is saved (or, before the first load, the defaults). */
  settings: Settings;
  /** Sites added in this session or the tab's host: shown even while they still have default settings. */
  readonly extraSites: Set<string>;
  /** The rule field's match count on the opener tab: a newer keystroke's count wins; `done` is for tests. */
  preview: { seq: number; done: Promise<void> };
  /** Saves `change(settings)`, re-renders, and reports `done` (or "Saved.") in the status line. */
  commit(change: (s: Settings) => Settings, done?: string): Promise<boolean>;
  /** Re-renders every section from `settings`, keeping focus where it was. */
  render(): void;
}

/** An element of the page's HTML by id (the sections' containers and form fields). */
export function byId<T extends HTMLElement>(state: OptionsState, id: string): T {
  return state.doc.getElementById(id) as T;
}

/** Keys hold site names and rule ids: compared as strings rather than put into a selector. */
export function byKey(doc: Document, key: string): HTMLElement | undefined {
  return [...doc.querySelectorAll<HTMLElement>("[data-key]")].find((el) => el.dataset.key === key);
}

/** A category's name in the page's language (categories.json), or its id when it is unknown. */
export function catName(state: OptionsState, id: string): string {
  const c = state.deps.categories.find((x) => x.id === id);
  return c ? (c.name[state.deps.lang] ?? c.name.en ?? id) : id;
}
