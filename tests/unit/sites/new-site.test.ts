/** `npm run new-site -- <domain>` scaffolds a pack, its fixture and its test, and lists the pack. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/core/extract.ts";
import { PACK_KEYS, SitePackSchema } from "../../../src/rules/sites/schema.ts";

const script = fileURLToPath(new URL("../../../scripts/new-site.mjs", import.meta.url));
const realIndex = fileURLToPath(new URL("../../../src/rules/sites/index.ts", import.meta.url));

function scaffold(domain: string) {
  const root = mkdtempSync(join(tmpdir(), "jernih-new-site-"));
  mkdirSync(join(root, "src/rules/sites"), { recursive: true });
  copyFileSync(realIndex, join(root, "src/rules/sites/index.ts"));
  const run = () => spawnSync(process.execPath, [script, domain, "--root", root], { encoding: "utf8" });
  return { root, run };
}

describe("new-site", { timeout: 30_000 }, () => {
  it("writes a valid pack, a fixture its test passes on, and lists the pack in order", () => {
    const { root, run } = scaffold("https://www.Contoh-Berita.co.id/read/1");
    const r = run();
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(root, "src/rules/sites/contoh-berita.co.id.json"), "utf8");
    const pack = v.parse(SitePackSchema, JSON.parse(text));
    expect(pack.domain).toBe("contoh-berita.co.id");
    expect(Object.keys(JSON.parse(text))).toEqual(PACK_KEYS.filter((k) => k in pack));

    const test = readFileSync(join(root, "tests/unit/sites/contoh-berita.co.id.test.ts"), "utf8");
    const url = /url: "([^"]+)"/.exec(test)![1]!;
    const doc = new JSDOM(readFileSync(join(root, "tests/fixtures/sites/contoh-berita.co.id.html"), "utf8"), { url }).window.document;
    const article = extract(doc, url, { sitePack: pack });
    expect(article.text.startsWith("JAKARTA - Paragraf pembuka artikel contoh.")).toBe(true);
    expect(article.text).not.toContain("Judul Berita Lain");
    expect(article.removed.map((x) => x.rule)).toContain("site:contoh-berita.co.id:0");

    const index = readFileSync(join(root, "src/rules/sites/index.ts"), "utf8");
    const imports = [...index.matchAll(/from "\.\/([^"]+)\.json"/g)].map((m) => m[1]);
    expect(imports).toContain("contoh-berita.co.id");
    expect(imports).toEqual([...imports].sort());
    expect(index).toMatch(/^ {2}contohBeritaCoId,$/m);
  });

  it("refuses a second scaffold of the same site and a name that is no domain", () => {
    const { run } = scaffold("contoh.id");
    expect(run().status).toBe(0);
    const again = run();
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("exists already");
    const bad = scaffold("not a domain").run();
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("is not a domain");
  });
});
