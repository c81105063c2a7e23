/**
 * The reader on a phone, the parts that are plain logic: when the bottom toolbar slides away and
 * comes back (src/reader/toolbar.ts), and the text size a phone starts with (src/reader/prefs.ts).
 * What a person sees in a real browser is in tests/e2e/reader-phone.test.ts.
 */
import { describe, expect, it } from "vitest";
import { nextBarState, type BarState } from "../../src/reader/toolbar.ts";
import { DEFAULT_PREFS, PHONE_FONT_SIZE, startingPrefs } from "../../src/reader/prefs.ts";

/** Scrolls through `ys` (a long article: the end at 5000) and says after each step whether the toolbar shows. */
function ride(ys: number[], pinnedAt: number[] = []): boolean[] {
  let s: BarState = { shown: true, anchor: 0 };
  return ys.map((y) => (s = nextBarState(s, y, 5000, pinnedAt.includes(y))).shown);
}

describe("the reader's toolbar on a phone", () => {
  it("slides away reading down and comes back going up", () => {
    expect(ride([200, 600, 1000, 900, 1200])).toEqual([false, false, false, true, false]);
  });

  it("counts a slow scroll (many small steps), but not a finger's jitter", () => {
    const slow = Array.from({ length: 40 }, (_, i) => 300 + i * 3); // 3 px a step, 120 px in all
    expect(ride([300, ...slow]).at(-1)).toBe(false);
    expect(ride([300, 200, 205, 198, 204])).toEqual([false, true, true, true, true]);
  });

  it("always shows at the top and at the end of the article", () => {
    expect(ride([800, 40])).toEqual([false, true]);
    expect(ride([800, 0])).toEqual([false, true]);
    expect(ride([800, 4990])).toEqual([false, true]);
  });

  it("stays while something needs it (focus in it, the look panel open)", () => {
    expect(ride([800, 1600, 2400], [1600])).toEqual([false, true, false]);
  });
});

describe("the text size a phone starts with", () => {
  it("is smaller than the desktop's until the reader picks one, and a stored choice wins everywhere", () => {
    expect(startingPrefs(undefined, true)).toEqual({ ...DEFAULT_PREFS, fontSize: PHONE_FONT_SIZE });
    expect(startingPrefs(undefined, false)).toEqual(DEFAULT_PREFS);
    expect(PHONE_FONT_SIZE).toBeLessThan(DEFAULT_PREFS.fontSize);
    expect(startingPrefs({ fontSize: 24, theme: "dark" }, true)).toMatchObject({ fontSize: 24, theme: "dark" });
    expect(startingPrefs({ theme: "sepia" }, true)).toMatchObject({ fontSize: DEFAULT_PREFS.fontSize, theme: "sepia" });
  });
});
