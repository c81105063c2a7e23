#!/usr/bin/env node
// Scaffolds a site pack: `npm run new-site -- <domain>` writes
//   src/rules/sites/<domain>.json        the pack (canonical form, see tests/unit/sites/packs.test.ts)
//   tests/fixtures/sites/<domain>.html   a fixture page to rewrite after the site's real markup
//   tests/unit/sites/<domain>.test.ts    its test (first words, every cleaned block gone)
// and adds the pack to src/rules/sites/index.ts. Nothing is overwritten.
//
// The scaffold passes its own test on purpose, so you start from green: then replace the fixture
// with a page you write after the site's real structure (class names, "Baca juga" boxes, share
// bars, related lists; never a copied page), change the pack's selectors to the site's, and the
// test's first words and clutter lines to your fixture's.
//
//   node scripts/new-site.mjs <domain> [--root DIR]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = rootAt >= 0 ? resolve(args[rootAt + 1] ?? ".") : resolve(dirname(fileURLToPath(import.meta.url)), "..");
const input = args.filter((a, i) => !a.startsWith("--") && !(rootAt >= 0 && i === rootAt + 1))[0];

function fail(message) {
  console.error(`new-site: ${message}`);
  process.exit(2);
}

if (!input) fail("usage: npm run new-site -- <domain>   (e.g. npm run new-site -- tirto.id)");
// Accept a pasted address too: https://www.example.co.id/read/1 → example.co.id
const domain = input.trim().toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/[/?#].*$/, "").replace(/^www\./, "").replace(/\.$/, "");
if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) fail(`"${input}" is not a domain like example.com`);

const paths = {
  pack: join(root, "src/rules/sites", `${domain}.json`),
  index: join(root, "src/rules/sites/index.ts"),
  fixture: join(root, "tests/fixtures/sites", `${domain}.html`),
  test: join(root, "tests/unit/sites", `${domain}.test.ts`),
};
for (const p of [paths.pack, paths.fixture, paths.test]) if (existsSync(p)) fail(`${p} exists already`);
if (!existsSync(paths.index)) fail(`${paths.index} not found (run from the repository, or pass --root)`);

// The pack, in the canonical key order of src/rules/sites/schema.ts (PACK_KEYS).
const pack = {
  domain,
  // Say which markup the selectors come from once they do (a saved page of the site: layout, year).
  source: `Written from its hand-written fixture (tests/fixtures/sites/${domain}.html); not checked against a saved page of the site yet.`,
  content: [".article-body"],
  clean: [
    { selector: ".baca-juga", category: "related" },
    { selector: ".share-bar", category: "social" },
  ],
};

const url = `https://www.${domain}/berita/2024/01/15/contoh-judul-artikel`;
const fixture = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<!-- TODO: rewrite this page after ${domain}'s real article markup (write it yourself; never copy a page). -->
<title>Contoh Judul Artikel - ${domain}</title>
<meta property="og:type" content="article">
<link rel="canonical" href="${url}">
</head>
<body>
<nav class="menu"><a href="https://www.${domain}/">Beranda</a> <a href="https://www.${domain}/nasional">Nasional</a></nav>
<h1>Contoh Judul Artikel</h1>
<div class="share-bar"><span>Bagikan</span> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>
<div class="article-body">
  <p><strong>JAKARTA</strong> - Paragraf pembuka artikel contoh. Ganti dengan susunan halaman artikel situs ini: kelas-kelasnya, kotak "Baca juga", tombol berbagi, dan daftar berita terkait.</p>
  <p>Paragraf kedua berisi kalimat-kalimat yang cukup panjang agar Readability mengenalinya sebagai isi artikel, bukan navigasi atau iklan.</p>
  <div class="baca-juga"><strong>Baca juga:</strong> <a href="https://www.${domain}/berita/lain">Judul Berita Lain</a></div>
  <p>Paragraf ketiga menutup artikel contoh dengan satu kalimat penutup yang harus tetap terbaca.</p>
</div>
<footer><p>© ${domain}</p></footer>
</body>
</html>
`;

const test = `import { describeSitePack } from "./harness.ts";

describeSitePack(${JSON.stringify(domain)}, {
  url: ${JSON.stringify(url)},
  firstWords: "JAKARTA - Paragraf pembuka artikel contoh.",
  absent: ["Baca juga: Judul Berita Lain"],
  kept: ["satu kalimat penutup yang harus tetap terbaca."],
});
`;

// index.ts: one import and one array entry, both kept in alphabetical order by domain.
const ident = domain.split(/[^a-z0-9]+/).map((p, i) => (i ? p[0].toUpperCase() + p.slice(1) : p)).join("");
const index = readFileSync(paths.index, "utf8");
const importRe = /^import (\w+) from "\.\/([^"]+)\.json" with \{ type: "json" \};\n/gm;
const entries = [...index.matchAll(importRe)].map((m) => ({ ident: m[1], domain: m[2] }));
if (entries.some((e) => e.ident === ident)) fail(`${paths.index} already has ${ident}`);
entries.push({ ident, domain });
entries.sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
const importMarker = "// new-site: imports\n";
const packsMarker = "  // new-site: packs\n";
if (!index.includes(importMarker) || !index.includes(packsMarker)) fail(`${paths.index} lacks the new-site markers`);
const withoutImports = index.replace(importRe, "");
const next = withoutImports
  .replace(importMarker, `${entries.map((e) => `import ${e.ident} from "./${e.domain}.json" with { type: "json" };\n`).join("")}${importMarker}`)
  .replace(/(export const SITE_PACKS: readonly SitePack\[\] = \[\n)[\s\S]*?( {2}\/\/ new-site: packs\n)/, (_m, open, close) => `${open}${entries.map((e) => `  ${e.ident},\n`).join("")}${close}`);

for (const p of [paths.pack, paths.fixture, paths.test]) mkdirSync(dirname(p), { recursive: true });
writeFileSync(paths.pack, `${JSON.stringify(pack, null, 2)}\n`);
writeFileSync(paths.fixture, fixture);
writeFileSync(paths.test, test);
writeFileSync(paths.index, next);

console.log(`new-site: ${domain}
  ${paths.pack}
  ${paths.fixture}
  ${paths.test}
  ${paths.index} (pack added)
Next: rewrite the fixture after the site's real markup, set the pack's selectors and phrases, then
  npx vitest run tests/unit/sites/${domain}.test.ts tests/unit/sites/packs.test.ts`);
