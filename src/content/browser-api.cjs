/**
 * The extension API for the content script's first half (src/content/main.ts, hider.ts), which is
 * loaded and run on every page the reader opens.
 *
 * webextension-polyfill hands out `globalThis.browser` itself wherever the browser has a
 * promise-based one (Firefox; Chromium since it added the `browser` namespace) and wraps `chrome`
 * elsewhere. The same check comes first here, so the polyfill's module — a thousand lines of API
 * metadata the page's main thread would compile on every start only to return `browser` — runs only
 * where it is needed. Same object either way. CommonJS so that the `require` stays lazy in the
 * bundle; named imports of it (`import { runtime }`) are property reads, no copy of the API object.
 */
"use strict";

const native = globalThis.browser;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point: a require that runs only when needed
module.exports = native && native.runtime && native.runtime.id ? native : require("webextension-polyfill");
