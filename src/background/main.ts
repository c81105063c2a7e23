/**
 * Background entry (Chrome: the service worker; Firefox: the background scripts). Each feature
 * installs its own message listener and ignores messages of the others.
 */
import { installHider } from "./hider.ts";

installHider();
