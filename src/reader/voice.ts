/**
 * Read aloud: which of the browser's voices speaks the article's language, and the article's text
 * cut into pieces a speech engine takes (Chrome stops long utterances after about 15 seconds).
 */

/** The parts of SpeechSynthesisVoice used here. */
export interface VoiceLike {
  lang: string;
  name: string;
  default: boolean;
  localService: boolean;
}

const norm = (tag: string) => tag.trim().replace(/_/g, "-").toLowerCase();
const base = (tag: string) => norm(tag).split("-")[0] ?? "";

/**
 * A voice for `lang` (a BCP 47 tag like "id", "id-ID", "en_GB"): the exact tag first, then the same
 * language in any region; among equals the default voice, then an on-device one. Null when none
 * speaks the language: the reader then hides its "read aloud" button rather than mispronounce.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string | null | undefined): V | null {
  if (!lang || !base(lang)) return null;
  const want = norm(lang);
  const score = (v: V) =>
    (norm(v.lang) === want ? 4 : 0) + (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  const same = voices.filter((v) => base(v.lang) === base(want));
  if (!same.length) return null;
  return same.reduce((best, v) => (score(v) > score(best) ? v : best));
}

/** Paragraphs, with long ones cut at sentence ends (or spaces) into pieces of at most `max` characters. */
export function speechChunks(text: string, max = 220): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    let rest = para.replace(/\s+/g, " ").trim();
    while (rest.length > max) {
      const window = rest.slice(0, max + 1);
      let cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "), window.lastIndexOf("; "));
      if (cut < max / 3) cut = window.lastIndexOf(" ");
      if (cut <= 0) cut = max;
      else cut += 1;
      out.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
    }
    if (rest) out.push(rest);
  }
  return out;
}
