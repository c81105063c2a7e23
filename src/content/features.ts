/**
 * The content script's second half (src/shared/page-features.ts): the reader view and the element
 * picker, with Readability and everything else they need. Not in the manifest: an extension page
 * puts it into a tab with `scripting.executeScript` when it first asks for one of its features, so
 * a page nobody opens the reader on never loads, parses or compiles it.
 *
 * Built as a classic script (vite-plugin-web-extension builds additional script inputs as IIFE).
 * It may run twice in one page (two askers at once); the flag makes the second run a no-op.
 */
import { FEATURES_FLAG } from "../shared/page-features.ts";
import { installPicker } from "./picker/index.ts";
import { installReaderToggle } from "./reader-toggle.ts";

const world = globalThis as Record<string, unknown>;
if (world[FEATURES_FLAG] !== true) {
  world[FEATURES_FLAG] = true;
  installPicker(); // the element picker ("Hide an element…") and the options page's selector count
  installReaderToggle(); // the reader view overlay: toggle, its article, the popup's summary
}
