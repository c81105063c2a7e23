/**
 * Every site pack, one JSON file per domain. Listed by hand (not globbed) so Node, the CLI and every
 * bundler load the same set; `npm run new-site -- <domain>` adds the line, and
 * tests/unit/sites/packs.test.ts fails when a file of this folder is missing here.
 */
import type { SitePack } from "../types.ts";
// new-site: imports
export const SITE_PACKS: readonly SitePack[] = [
  // new-site: packs
];
