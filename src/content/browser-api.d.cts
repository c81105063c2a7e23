// Types of browser-api.cjs: the polyfill's API namespaces the content script's first half uses.
import type { Runtime, Storage } from "webextension-polyfill";

export declare const runtime: Runtime.Static;
export declare const storage: Storage.Static;
