/**
 * The publisher's address of a page from Google's AMP cache (src/core/amp-cache.ts): the site whose
 * settings and pack hold in the frame of the AMP viewer.
 */
import { describe, expect, it } from "vitest";
import { publisherUrl, siteHostOf } from "../../src/core/amp-cache.ts";

describe("publisherUrl", () => {
  it("reads the publisher's https or http address from the cache's path, for a page and a viewer's page", () => {
    expect(publisherUrl("https://www-kompas-com.cdn.ampproject.org/c/s/www.kompas.com/amp/read/2024/01/02/1/judul"))
      .toBe("https://www.kompas.com/amp/read/2024/01/02/1/judul");
    expect(publisherUrl("https://m-example-co-id.cdn.ampproject.org/v/m.example.co.id/berita/1.amp"))
      .toBe("http://m.example.co.id/berita/1.amp");
  });

  it("drops the parameters the cache and the viewer add, and keeps the publisher's own", () => {
    expect(publisherUrl("https://x-co-id.cdn.ampproject.org/v/s/x.co.id/a/b?amp_js_v=0.1&usqp=mq331AQ&page=2&amp_gsa=1#bagian"))
      .toBe("https://x.co.id/a/b?page=2#bagian");
    expect(publisherUrl("https://x-co-id.cdn.ampproject.org/c/s/x.co.id")).toBe("https://x.co.id/");
  });

  it("is null for every other address: the publisher's own, the viewer's, the cache's images and scripts, nonsense", () => {
    for (const url of [
      "https://www.kompas.com/amp/read/1",
      "https://www.google.com/amp/s/www.kompas.com/amp/read/1",
      "https://www-kompas-com.cdn.ampproject.org/i/s/www.kompas.com/foto.jpg",
      "https://cdn.ampproject.org/v0.js",
      "https://evil.example/x.cdn.ampproject.org/c/s/www.kompas.com/",
      "https://x.cdn.ampproject.org/c/s/localhost/a",
      "https://x.cdn.ampproject.org/c/s/bad host.com/a",
      "not a url",
    ]) expect(publisherUrl(url), url).toBeNull();
  });
});

describe("siteHostOf", () => {
  it("is the publisher's host for a page from the cache, the page's own host otherwise, and empty for no URL", () => {
    expect(siteHostOf("https://www-kompas-com.cdn.ampproject.org/v/s/www.kompas.com/amp/read/1")).toBe("www.kompas.com");
    expect(siteHostOf("https://www.kompas.com/read/1")).toBe("www.kompas.com");
    expect(siteHostOf("about:blank")).toBe("");
    expect(siteHostOf("")).toBe("");
  });
});
