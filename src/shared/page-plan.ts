/**
 * The settings resolved for one page into the choices the core's hiding plan takes
 * (src/core/hide-plan.ts `PageChoices`): the core never reads the settings object, since the
 * layers point down (rules → core → shared). The background sends `planForPage`'s result to the
 * page's content script; `hidePlanForPage` makes the plan at once, for Node (tests, scripts).
 */
import { publisherUrl } from "../core/amp-cache.ts";
import { planData, planFrom, type HidePlan, type PageChoices, type PlanData } from "../core/hide-plan.ts";
import { CATEGORIES } from "../rules/index.ts";
import { activeCustomRules, blockedCategoryIds, keepSelectors, siteSettingsFor, type Settings } from "./settings.ts";

/** The person's choices for the page at `url`; null when Jernih is switched off for its site, or the URL has no host. */
export function pageChoices(settings: Settings, url: string): PageChoices | null {
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {
    // not a URL: no plan
  }
  if (!host || !siteSettingsFor(settings, host).enabled) return null;
  return {
    blocked: blockedCategoryIds(settings, CATEGORIES, host),
    custom: activeCustomRules(settings, host, CATEGORIES),
    keep: keepSelectors(settings, host),
  };
}

/**
 * What to hide on the page at `url`, as the background sends it; null when Jernih is switched off for
 * the site. A page from the AMP cache is the publisher's page: its site's settings and pack hold.
 */
export function planForPage(settings: Settings, url: string): PlanData | null {
  const page = publisherUrl(url) ?? url;
  const choices = pageChoices(settings, page);
  return choices && planData(page, choices);
}

export function hidePlanForPage(settings: Settings, url: string): HidePlan | null {
  const data = planForPage(settings, url);
  return data && planFrom(data);
}
