/**
 * What the options page says about a problem, a rule check, a storage fallback or a rule's kind:
 * codes from src/shared/settings.ts and store.ts to the i18n key, with its English text.
 */
import type { CustomRule, Problem, RuleCheck } from "../shared/settings.ts";
import type { Fallback } from "../shared/store.ts";
import type { Translate } from "../ui/i18n.ts";

export function problemText(p: Problem, t: Translate): string {
  switch (p.code) {
    case "not-settings": return t("options_problemNotSettings", "not Jernih settings (or not a JSON file)");
    case "foreign-file": return t("options_problemForeign", "this file was not exported by Jernih");
    case "newer-version": return t("options_problemNewer", "written by a newer version of Jernih (version $1)", [String(p.version ?? "?")]);
    case "unknown-version": return t("options_problemUnknownVersion", "unknown settings version");
    case "bad-field": return t("options_problemBadField", "invalid value at $1", [p.path ?? "?"]);
  }
}

export function checkText(check: Exclude<RuleCheck, { ok: true }>, kind: CustomRule["kind"], t: Translate): string {
  switch (check.code) {
    case "empty":
      return kind === "phrase"
        ? t("options_checkEmptyPhrase", "Type a phrase, e.g. Baca juga")
        : t("options_checkEmptySelector", "Type a CSS selector, e.g. .baca-juga");
    case "too-short": return t("options_checkTooShort", "A phrase needs at least $1 characters.", ["3"]);
    case "too-long": return t("options_checkTooLong", "At most $1 characters.", ["500"]);
    case "invalid-selector": return t("options_checkInvalidSelector", "Not a valid CSS selector.");
    case "unsafe-selector": return t("options_checkUnsafeSelector", "A selector cannot contain { } ; or /*.");
    case "whole-page":
      return kind === "keep"
        ? t("options_checkWholePageKeep", "This selector would keep the whole page: Jernih would hide nothing on it.")
        : t("options_checkWholePage", "This selector would hide the whole page.");
  }
}

export function fallbackText(fb: Fallback, t: Translate): string {
  if (fb.reason === "quota") {
    return t("options_fallbackQuota", "Your settings are larger than browser sync allows, so they are saved on this device only. Remove some rules to sync them again.");
  }
  if (fb.reason === "no-sync") return t("options_fallbackNoSync", "This browser has no settings sync; your settings are saved on this device.");
  return t("options_fallbackError", "Browser sync refused your settings, so they are saved on this device only.");
}

export function kindName(kind: CustomRule["kind"], t: Translate): string {
  if (kind === "phrase") return t("options_kindPhrase", "Text phrase");
  if (kind === "keep") return t("options_kindKeep", "Keep (CSS selector)");
  return t("options_kindSelector", "CSS selector");
}
