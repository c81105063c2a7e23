/**
 * The social networks' own widgets (the built-in `social-plugins` selectors): Facebook's like,
 * share and page boxes, Twitter's tweet and follow buttons, and their frames, as 2010s news pages
 * put them beside the headline and in the sidebar. Fixture tests/fixtures/live/news/
 * social-plugins.html (own words): the widgets go; an embedded post the story quotes stays.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { SELECTOR_RULES } from "../../src/rules/index.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/social-plugins.html", import.meta.url), "utf8");
const URL_ = "https://www.kabarbahari.co.id/daerah/2017/03/13/nelayan-pulang-lebih-awal";
const plugins = SELECTOR_RULES.find((r) => r.id === "social-plugins")!.selector;

describe("social widgets on the fixture page", () => {
  const doc = new JSDOM(FIXTURE, { url: URL_ }).window.document;
  const hits = liveHits(doc);
  const hiddenBy = (el: Element) => hits.find((h) => h.el === el || h.el.contains(el));

  it("are hidden on the live page as social, each one", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-clutter]"))) expect(hiddenBy(el)?.category, el.className).toBe("social");
  });

  it("leave the embedded post, the paragraphs, the title and the date", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-keep], [data-para]"))) expect(hiddenBy(el), el.className || el.tagName).toBeUndefined();
  });
});

describe("the social-plugins selectors", () => {
  const matches = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.querySelectorAll(plugins).length;

  it.each([
    ['<iframe src="https://www.facebook.com/plugins/like.php?href=x&layout=button_count"></iframe>'],
    ['<iframe src="https://www.facebook.com/plugins/page.php?href=x"></iframe>'],
    ['<iframe src="https://platform.twitter.com/widgets/follow_button.html?screen_name=x"></iframe>'],
    ['<div class="fb-share-button" data-href="x"></div>'],
    ['<a class="twitter-follow-button" href="https://twitter.com/x">Follow</a>'],
  ])("take %s", (html) => {
    expect(matches(html)).toBe(1);
  });

  it.each([
    ['<div class="fb-post" data-href="https://www.facebook.com/x/posts/1"></div>'],
    ['<div class="fb-video" data-href="https://www.facebook.com/x/videos/1"></div>'],
    ['<iframe src="https://www.facebook.com/plugins/post.php?href=x"></iframe>'],
    ['<iframe src="https://www.facebook.com/plugins/video.php?href=x"></iframe>'],
    ['<blockquote class="twitter-tweet"><p>Kutipan</p></blockquote>'],
  ])("leave the story's embed %s", (html) => {
    expect(matches(html)).toBe(0);
  });
});

describe("ShareThis's buttons (the built-in `share-bar` selectors)", () => {
  const shareBar = SELECTOR_RULES.find((r) => r.id === "share-bar")!.selector;
  const matched = (html: string) => Array.from(new JSDOM(`<body>${html}</body>`).window.document.querySelectorAll(shareBar)).map((el) => el.className);

  it("take the 2010s buttons its script fills (a span with `displayText`) and today's inline box", () => {
    // Own markup in the shape of the widget's: "<span class='st_facebook_hcount' displayText='Facebook'></span>".
    expect(matched(`<div class="b1-sharethis"><span class="st_facebook_hcount" displayText="Facebook"></span><span class="st_twitter_hcount" displayText="Tweet"></span></div>`))
      .toEqual(["st_facebook_hcount", "st_twitter_hcount"]);
    expect(matched('<div class="sharethis-inline-share-buttons"></div>')).toEqual(["sharethis-inline-share-buttons"]);
  });

  it("leave a story's spans and a box named for another thing", () => {
    expect(matched('<p>Harga <span class="st_price">Rp 12.000</span> per kilogram.</p><div class="sharethis-note">Catatan redaksi</div>')).toEqual([]);
  });
});
