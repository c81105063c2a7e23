/**
 * Loading and saving settings through a storage passed in (the extension's `browser.storage`, or a
 * fake in tests), so this module stays free of extension APIs.
 *
 * Where settings live: `storage.sync` under "settings", so they follow the reader across browsers.
 * When sync refuses a write (its quota is 8 KB per item and 100 KB in all; a long list of custom
 * rules can exceed that) the settings go to `storage.local` instead, with the reason, and the
 * options page says so. A copy in `local` always wins over the one in `sync`: it is only written
 * when sync refused the newer settings, and it is removed as soon as sync accepts a write again.
 */
import { parseSettings, SettingsSchema, type ParsedSettings, type Settings } from "./settings.ts";
import * as v from "valibot";

/** The subset of `browser.storage.StorageArea` used here (both browsers' promise API). */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageLike {
  /** Missing where the browser offers no sync area: settings then live in `local`. */
  sync?: StorageAreaLike;
  local: StorageAreaLike;
}

export const SETTINGS_KEY = "settings";
/** In `local`, next to a fallback copy: why it is not in sync. */
export const FALLBACK_KEY = "settingsFallback";
/** In `local`: the last stored value that needed repair, kept as it was so nothing is lost. */
export const BACKUP_KEY = "settingsBackup";

export type Area = "sync" | "local";

export interface Fallback {
  /** "quota": sync's size limits; "sync-error": any other refusal; "no-sync": the browser has no sync area. */
  reason: "quota" | "sync-error" | "no-sync";
  /** The browser's own words, for the curious. */
  error: string;
}

export interface LoadResult extends ParsedSettings {
  area: Area;
  /** Set when the settings are in `local` because sync refused them. */
  fallback?: Fallback;
}

export type SaveResult = { area: "sync" } | ({ area: "local" } & Fallback);

/** Chrome: "QUOTA_BYTES_PER_ITEM quota exceeded"; Firefox: "QuotaExceededError: storage.sync API call exceeded its quota limitations." */
export function isQuotaError(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /quota/i.test(text);
}

async function read(area: StorageAreaLike | undefined, key: string): Promise<unknown> {
  if (!area) return undefined;
  try {
    return (await area.get(key))[key];
  } catch {
    return undefined; // an unreadable area counts as empty; the other one may still hold the settings
  }
}

export async function loadSettings(storage: StorageLike): Promise<LoadResult> {
  const local = await read(storage.local, SETTINGS_KEY);
  const inLocal = local !== undefined;
  const raw = inLocal ? local : await read(storage.sync, SETTINGS_KEY);
  const parsed = parseSettings(raw);
  if (parsed.problems.length > 0) {
    // Keep what was stored, untouched, before any later save overwrites it with the repaired version
    // (once: every tab's content script loads these settings, and one copy is enough).
    const backup = await read(storage.local, BACKUP_KEY);
    const same = typeof backup === "object" && backup !== null && JSON.stringify((backup as { value?: unknown }).value) === JSON.stringify(raw);
    if (!same) await storage.local.set({ [BACKUP_KEY]: { savedAt: new Date().toISOString(), value: raw } }).catch(() => {});
  }
  let fallback: Fallback | undefined;
  if (inLocal) {
    const why = await read(storage.local, FALLBACK_KEY);
    fallback = isFallback(why) ? why : { reason: storage.sync ? "sync-error" : "no-sync", error: "" };
  }
  return { ...parsed, area: inLocal ? "local" : "sync", ...(fallback && { fallback }) };
}

function isFallback(x: unknown): x is Fallback {
  return typeof x === "object" && x !== null && ["quota", "sync-error", "no-sync"].includes((x as Fallback).reason);
}

/** Saves valid settings; never loses them: what sync refuses goes to local, and the result says so. */
export async function saveSettings(storage: StorageLike, settings: Settings): Promise<SaveResult> {
  const valid = v.parse(SettingsSchema, settings); // invalid settings here are a bug in the caller
  if (!storage.sync) {
    const fb: Fallback = { reason: "no-sync", error: "" };
    await storage.local.set({ [SETTINGS_KEY]: valid, [FALLBACK_KEY]: fb });
    return { area: "local", ...fb };
  }
  try {
    await storage.sync.set({ [SETTINGS_KEY]: valid });
  } catch (e) {
    const fb: Fallback = { reason: isQuotaError(e) ? "quota" : "sync-error", error: e instanceof Error ? e.message : String(e) };
    await storage.local.set({ [SETTINGS_KEY]: valid, [FALLBACK_KEY]: fb });
    return { area: "local", ...fb };
  }
  // Sync holds the newest settings again: drop the local copy so it cannot shadow them.
  await storage.local.remove([SETTINGS_KEY, FALLBACK_KEY]);
  return { area: "sync" };
}

/** Load, change, save: the one way parts change settings (options page, picker). */
export async function updateSettings(
  storage: StorageLike,
  change: (s: Settings) => Settings,
): Promise<{ settings: Settings; saved: SaveResult }> {
  const { settings } = await loadSettings(storage);
  const next = change(settings);
  return { settings: next, saved: await saveSettings(storage, next) };
}

/** For `storage.onChanged` listeners: whether a change event touched the settings (in either area). */
export function isSettingsChange(changes: Record<string, unknown>): boolean {
  return SETTINGS_KEY in changes;
}
