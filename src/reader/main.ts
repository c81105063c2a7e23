// Placeholder entry so the extension builds; the real reader page replaces this file.
import browser from "webextension-polyfill";

const app = document.getElementById("app");
if (app) app.textContent = browser.i18n.getMessage("extName");
