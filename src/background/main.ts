/**
 * Background entry (Chrome: the service worker; Firefox: the background scripts). Each feature
 * installs its own message listener and ignores messages of the others.
 */
import { installHider } from "./hider.ts";
import { installReader } from "./reader.ts";
import { installSettingsNews } from "./settings-news.ts";
import { installSheets } from "./sheets.ts";

installHider(); // user-origin hiding sheet per page, toolbar badge per tab
installReader(); // keyboard command, context menu, reader frame relay
installSheets(); // built-in hiding sheets as content-script CSS, in place before the first paint
installSettingsNews(); // every tab's content script hears of a settings change
