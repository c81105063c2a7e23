import { describe, expect, it } from "vitest";
import {
  BACKUP_KEY, isQuotaError, loadSettings, saveSettings, SETTINGS_KEY, updateSettings,
  type StorageAreaLike, type StorageLike,
} from "../../src/shared/store.ts";
import { defaultSettings, SETTINGS_VERSION, withRule, type Settings } from "../../src/shared/settings.ts";

/** An in-memory storage area; `limit` imitates sync's per-item quota by throwing the browser's own error. */
class FakeArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  writes = 0;
  constructor(private limit = Infinity, private quotaError = () => new Error("QUOTA_BYTES_PER_ITEM quota exceeded")) {}
  async get(keys?: string | string[] | null) {
    const list = keys == null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) {
      if (k.length + JSON.stringify(v).length > this.limit) throw this.quotaError();
    }
    this.writes++;
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
}

const CHROME_QUOTA = () => new Error("QUOTA_BYTES_PER_ITEM quota exceeded");
// Firefox rejects with a DOMException-like error whose name and message both say so.
const FIREFOX_QUOTA = () => Object.assign(new Error("storage.sync API call exceeded its quota limitations."), { name: "QuotaExceededError" });

function manyRules(n: number): Settings {
  let s = defaultSettings();
  for (let i = 0; i < n; i++) s = withRule(s, { kind: "selector", value: `.some-long-class-name-number-${i} > .inner`, category: "promo", site: `site${i}.example.com` });
  return s;
}

describe("store", () => {
  it("nothing stored: defaults, from sync, no problems", async () => {
    const storage = { sync: new FakeArea(), local: new FakeArea() };
    const r = await loadSettings(storage);
    expect(r).toMatchObject({ settings: defaultSettings(), problems: [], area: "sync" });
  });

  it("saves to sync and reads back the same settings", async () => {
    const storage = { sync: new FakeArea(8192), local: new FakeArea() };
    const s = manyRules(3);
    expect(await saveSettings(storage, s)).toEqual({ area: "sync" });
    expect(storage.sync.data[SETTINGS_KEY]).toEqual(s);
    expect((await loadSettings(storage)).settings).toEqual(s);
  });

  it.each([["Chrome", CHROME_QUOTA], ["Firefox", FIREFOX_QUOTA]])(
    "over the sync quota (%s's error): saved to local, reported, nothing lost; back to sync when it fits again",
    async (_browser, err) => {
      const storage = { sync: new FakeArea(8192, err), local: new FakeArea() };
      const small = manyRules(2);
      await saveSettings(storage, small);
      const big = manyRules(120);
      expect(JSON.stringify(big).length).toBeGreaterThan(8192);

      const saved = await saveSettings(storage, big);
      expect(saved).toMatchObject({ area: "local", reason: "quota" });
      const loaded = await loadSettings(storage);
      expect(loaded.settings).toEqual(big); // the newer, larger settings win over sync's older copy
      expect(loaded.area).toBe("local");
      expect(loaded.fallback?.reason).toBe("quota");

      // The user removes rules: sync accepts again, and the local copy no longer shadows it.
      expect(await saveSettings(storage, small)).toEqual({ area: "sync" });
      expect(storage.local.data[SETTINGS_KEY]).toBeUndefined();
      const again = await loadSettings(storage);
      expect(again).toMatchObject({ settings: small, area: "sync" });
      expect(again.fallback).toBeUndefined();
    },
  );

  it("any other sync failure also falls back to local, with the browser's words", async () => {
    const sync = new FakeArea();
    sync.set = async () => { throw new Error("MAX_WRITE_OPERATIONS_PER_MINUTE exceeded"); };
    const storage = { sync, local: new FakeArea() };
    const s = manyRules(1);
    expect(await saveSettings(storage, s)).toEqual({ area: "local", reason: "sync-error", error: "MAX_WRITE_OPERATIONS_PER_MINUTE exceeded" });
    expect((await loadSettings(storage)).settings).toEqual(s);
  });

  it("a browser without a sync area keeps settings in local", async () => {
    const storage: StorageLike = { local: new FakeArea() };
    const s = manyRules(1);
    expect(await saveSettings(storage, s)).toMatchObject({ area: "local", reason: "no-sync" });
    expect(await loadSettings(storage)).toMatchObject({ settings: s, area: "local", fallback: { reason: "no-sync" } });
  });

  it("an unreadable sync area does not hide settings kept in local", async () => {
    const sync = new FakeArea();
    sync.get = async () => { throw new Error("sync is broken"); };
    const local = new FakeArea();
    const s = manyRules(1);
    local.data[SETTINGS_KEY] = s;
    expect((await loadSettings({ sync, local })).settings).toEqual(s);
  });

  it("corrupt stored settings: repaired on load, the original kept once as a backup", async () => {
    const storage = { sync: new FakeArea(), local: new FakeArea() };
    const corrupt = { version: SETTINGS_VERSION, categories: { related: "nope", social: false }, sites: {}, customRules: [] };
    storage.sync.data[SETTINGS_KEY] = corrupt;
    const r = await loadSettings(storage);
    expect(r.settings.categories).toEqual({ social: false });
    expect(r.problems.map((p) => p.path)).toEqual(["categories.related"]);
    expect((storage.local.data[BACKUP_KEY] as { value: unknown }).value).toEqual(corrupt);
    const writes = storage.local.writes;
    await loadSettings(storage);
    expect(storage.local.writes).toBe(writes); // every tab loads settings: the backup is written once
    expect(storage.sync.data[SETTINGS_KEY]).toEqual(corrupt); // loading alone changes nothing stored
  });

  it("updateSettings loads, changes and saves in one go", async () => {
    const storage = { sync: new FakeArea(), local: new FakeArea() };
    const { settings } = await updateSettings(storage, (s) => withRule(s, { kind: "phrase", value: "Baca juga", category: "related", site: null }));
    expect(settings.customRules).toHaveLength(1);
    expect((await loadSettings(storage)).settings).toEqual(settings);
  });

  it("refuses to save invalid settings rather than storing them", async () => {
    const storage = { sync: new FakeArea(), local: new FakeArea() };
    await expect(saveSettings(storage, { ...defaultSettings(), version: 99 } as unknown as Settings)).rejects.toThrow();
    expect(storage.sync.data).toEqual({});
  });

  it("recognises both browsers' quota errors", () => {
    expect(isQuotaError(CHROME_QUOTA())).toBe(true);
    expect(isQuotaError(FIREFOX_QUOTA())).toBe(true);
    expect(isQuotaError(new Error("QUOTA_BYTES quota exceeded"))).toBe(true);
    expect(isQuotaError(new Error("Extension context invalidated."))).toBe(false);
  });
});
