/**
 * Helpers shared by tests/e2e/options.test.ts and tests/e2e/picker.test.ts: typing like a person,
 * reading the stored settings, and one retry around Firefox's navigation race.
 */
import type { ExtensionBrowser, ExtensionGlobals, HarnessPage } from "./harness/index.ts";

/**
 * Firefox over BiDi sometimes answers a script evaluation that races a navigation with
 * "right-hand side of 'in' should be an object, got null" (the old document's realm is gone);
 * puppeteer does not retry that one. Only that error is retried, twice; anything else fails at once.
 */
export async function retryNavigationRace<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const text = String((e as Error)?.stack ?? e) + String((e as { cause?: unknown })?.cause ?? "");
      if (attempt >= 2 || !/right-hand side of 'in'|Execution context was destroyed|realm .* destroyed/i.test(text)) throw e;
    }
  }
}

/** Types key by key, as a person does (playwright and puppeteer spell it differently). */
export async function typeInto(page: HarnessPage, selector: string, text: string): Promise<void> {
  const raw = page.raw as unknown as {
    locator: (s: string) => { pressSequentially?(t: string): Promise<void>; fill(t: string): Promise<void> };
    type: (s: string, t: string) => Promise<void>;
  };
  const locator = raw.locator(selector);
  if (typeof locator.pressSequentially === "function") {
    await locator.fill("");
    await locator.pressSequentially(text);
  } else {
    await page.evaluate((s: string) => {
      const el = document.querySelector<HTMLInputElement>(s)!;
      el.value = "";
      el.focus();
    }, selector);
    await raw.type(selector, text);
  }
}

export async function click(page: HarnessPage, selector: string): Promise<void> {
  await (page.raw as unknown as { click(s: string): Promise<void> }).click(selector);
}

/** The settings as stored (local wins over sync, as in src/shared/store.ts); null when none. */
export async function storedSettings(b: ExtensionBrowser): Promise<unknown> {
  return retryNavigationRace(() =>
    b.extensionEval(async () => {
      const g = globalThis as unknown as ExtensionGlobals;
      const api = g.browser ?? g.chrome!;
      const local = await api.storage.local.get("settings");
      if (local.settings !== undefined) return local.settings;
      return (await api.storage.sync.get("settings")).settings ?? null;
    }),
  );
}

export async function setStoredSettings(b: ExtensionBrowser, settings: unknown): Promise<void> {
  await retryNavigationRace(() =>
    b.extensionEval(async (s: unknown) => {
      const g = globalThis as unknown as ExtensionGlobals;
      const api = g.browser ?? g.chrome!;
      await api.storage.local.clear();
      await api.storage.sync.clear();
      if (s !== null) await api.storage.sync.set({ settings: s });
    }, settings),
  );
}

/**
 * Opens the options page and waits until it has rendered. Under load (two cores, several browsers)
 * Firefox now and then never reports a freshly opened extension page as loaded; that attempt is left
 * and one more page is opened (the browser closes with the file). A page that never renders fails both times.
 */
export async function openOptions(b: ExtensionBrowser, tabId?: number): Promise<HarnessPage> {
  const once = () =>
    retryNavigationRace(async () => {
      const page = await b.openExtensionPage("src/options/index.html", tabId);
      await page.waitFor(() => document.body.dataset.ready === "true");
      return page;
    });
  try {
    return await once();
  } catch (e) {
    if (b.kind !== "firefox" || !/Waiting failed|exceeded/i.test(String(e))) throw e;
    return once();
  }
}
