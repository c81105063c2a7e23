/**
 * The extension loads no remote code and gives pages no way in: the manifest's page CSP allows
 * only the extension's own scripts, nothing is externally connectable, and no extension page
 * pulls a script or style from elsewhere.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Record<string, unknown>;
const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? "";
const directive = (name: string) => csp.split(";").map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1) ?? null;

describe("manifest", () => {
  it("lets extension pages run only their own scripts: no inline, no eval, no remote host", () => {
    expect(directive("script-src")).toEqual(["'self'"]);
    expect(directive("object-src")).toEqual(["'none'"]);
    expect(directive("base-uri")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*/);
  });
  it("sends nothing anywhere from extension pages: connect-src is the extension itself", () => {
    expect(directive("connect-src") ?? directive("default-src")).toEqual(["'self'"]);
  });
  it("is not externally connectable", () => {
    expect(JSON.stringify(manifest)).not.toMatch(/externally_connectable/);
  });
});

describe("extension pages", () => {
  const pages = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? pages(p) : f.endsWith(".html") ? [p] : [];
    });
  it("load scripts and styles only from the extension, and carry no inline handlers", () => {
    const found = pages(join(ROOT, "src")).flatMap((p) => {
      const html = readFileSync(p, "utf8");
      const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!);
      return [
        ...refs.filter((r) => /^(?:[a-z]+:)?\/\//i.test(r)).map((r) => `${p}: remote ${r}`),
        ...[...html.matchAll(/\son[a-z]+\s*=/gi)].map((m) => `${p}: inline handler ${m[0].trim()}`),
      ];
    });
    expect(found).toEqual([]);
  });
});
