import browser from "webextension-polyfill";
void browser;
