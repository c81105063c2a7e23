/**
 * The built-in hiding sheets (dist/<browser>/hide/*.css, written at build time from the rule data by
 * staticSheets in src/core/hide-plan.ts) registered as content-script CSS for the blocked categories.
 *
 * Why, next to the user-origin sheet the content script asks for: registered content-script CSS is
 * in the page before its first byte is parsed, in both browsers, so a block a built-in selector names
 * is never painted — the user-origin sheet comes a message round trip later and is what beats a
 * site's own `!important` (and carries the user's own rules). Both sheets are paused by the same
 * attribute on <html>, so reveal and "not an article" act on both.
 *
 * Kept in step with the settings: on install, on browser start and on every settings change. Sites
 * the user switched off are excluded by match pattern, and so is a site from the sheets of each
 * category shown again there; a site pack's sheets match its domain only. A page keeps the sheets it
 * got at its start: the content script marks on <html> what its rules must leave alone since
 * (SHOWN_ATTR, and KEEP_ATTR on the blocks of the site's keep rules).
 */
import browser, { type Scripting } from "webextension-polyfill";
import { AMP_CACHE_PATTERN } from "../core/amp-cache.ts";
import { staticSheets } from "../core/hide-plan.ts";
import { CATEGORIES } from "../rules/index.ts";
import { blockedCategoryIds, type Settings } from "../shared/settings.ts";
import { isSettingsChange, loadSettings } from "../shared/store.ts";

const PREFIX = "jernih-hide-";
const ALL_PAGES = ["http://*/*", "https://*/*"];
/** A site key that can go into a match pattern (a host name or IPv4 address). */
const PATTERN_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

const patternsFor = (host: string) => [`*://${host}/*`, `*://*.${host}/*`];

/**
 * The sites a sheet of `category` must not go on: switched off, or showing the category again (null:
 * the marks' sheet, every category). Nor the AMP cache: its host is not the page's site, so no
 * pattern could leave out a site switched off there; its pages get the sheet from the plan instead.
 */
function excludedFor(settings: Settings, category: string | null): string[] {
  const sites = Object.entries(settings.sites)
    .filter(([key, site]) => (site.enabled === false || (category !== null && site.shown?.includes(category) === true)) && PATTERN_HOST.test(key))
    .flatMap(([key]) => patternsFor(key));
  return [...sites, AMP_CACHE_PATTERN];
}

export function wantedScripts(settings: Settings): Scripting.RegisteredContentScript[] {
  const blocked = blockedCategoryIds(settings, CATEGORIES);
  const scripts: Scripting.RegisteredContentScript[] = [];
  for (const [file, sheet] of staticSheets()) {
    if (sheet.category === null ? blocked.size === 0 : !blocked.has(sheet.category)) continue;
    if (sheet.domain && !PATTERN_HOST.test(sheet.domain)) continue;
    scripts.push({
      id: PREFIX + file.replace(/[^\w-]/g, "_"),
      matches: sheet.domain ? patternsFor(sheet.domain) : ALL_PAGES,
      excludeMatches: excludedFor(settings, sheet.category),
      css: [file],
      runAt: "document_start",
      allFrames: false,
    });
  }
  return scripts;
}

/** Syncs under way (queued or running). */
let syncing = 0;
/** This worker has seen the sheets the settings want registered (it may have just started: a worker comes and goes). */
let seenInPlace = false;

/** The ids of our sheets registered now. */
async function registeredIds(): Promise<Set<string>> {
  return new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith(PREFIX)));
}

async function sync(): Promise<void> {
  const { settings } = await loadSettings(browser.storage);
  const want = wantedScripts(settings);
  const have = await registeredIds();
  const wantIds = new Set(want.map((s) => s.id));
  const gone = [...have].filter((id) => !wantIds.has(id));
  // Unchanged sheets are updated in place, so no page loads in a gap without them.
  const update = want.filter((s) => have.has(s.id));
  const add = want.filter((s) => !have.has(s.id));
  if (gone.length) await browser.scripting.unregisterContentScripts({ ids: gone });
  if (update.length) await browser.scripting.updateContentScripts(update);
  if (add.length) await browser.scripting.registerContentScripts(add);
  seenInPlace = true;
}

/**
 * Whether a page that starts now gets the built-in sheets the settings want: none is being
 * registered, changed or taken out (just after install, or a settings change), and this worker has
 * seen them in place. The page's own sheet (src/background/hider.ts) goes in at its start otherwise.
 */
export function sheetsInStep(): boolean {
  return seenInPlace && syncing === 0;
}

/** Looks whether the sheets the settings want are registered (when this worker starts). */
async function lookInPlace(): Promise<void> {
  const { settings } = await loadSettings(browser.storage);
  const have = await registeredIds();
  if (wantedScripts(settings).every((s) => have.has(s.id))) seenInPlace = true;
}

let queue: Promise<void> = Promise.resolve();
/** One sync at a time, in order; a failure is logged and the next change tries again. */
export function syncSheets(): Promise<void> {
  syncing++;
  queue = queue.then(sync).catch((e: unknown) => console.warn("Jernih: could not register the hiding sheets:", e)).finally(() => void syncing--);
  return queue;
}

export function installSheets(): void {
  void lookInPlace().catch(() => {});
  browser.runtime.onInstalled.addListener(() => void syncSheets());
  browser.runtime.onStartup.addListener(() => void syncSheets());
  browser.storage.onChanged.addListener((changes) => {
    if (isSettingsChange(changes)) void syncSheets();
  });
}
