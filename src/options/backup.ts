/**
 * The options page's "Import, export, reset" section. Nothing in it shows the settings, so it has
 * no render: its buttons act on `state.settings` when pressed, and importing or resetting commits
 * new settings, which re-renders the other sections.
 */
import { defaultSettings, readSettingsFile, toSettingsFile } from "../shared/settings.ts";
import { h } from "../ui/dom.ts";
import { showRepair } from "./notices.ts";
import { byId, type OptionsState } from "./state.ts";
import { problemText } from "./texts.ts";

async function importFile(state: OptionsState, file: File): Promise<void> {
  const { doc, t } = state;
  const result = readSettingsFile(await file.text());
  const box = byId(state, "import-result");
  if (!result.ok) {
    box.replaceChildren(h(doc, "div", { class: "notice error", role: "alert", id: "import-error" },
      h(doc, "p", {}, t("options_importFailed", "This file was not imported; your settings are unchanged. What is wrong:")),
      h(doc, "ul", {}, ...result.problems.map((p) => h(doc, "li", {}, problemText(p, t)))),
    ));
    return;
  }
  const imported = t("options_imported", "Settings imported.");
  if (await state.commit(() => result.settings, imported)) {
    box.replaceChildren(h(doc, "p", { class: "notice ok", id: "import-ok" }, imported));
    showRepair(state, []);
  }
}

/** Reset asks first in a modal <dialog>: focus moves into it, Esc cancels, and screen readers announce its title. */
function setupReset(state: OptionsState): void {
  const dialog = byId<HTMLDialogElement>(state, "reset-dialog");
  const closeDialog = () => {
    if (typeof dialog.close === "function") dialog.close();
    else dialog.removeAttribute("open");
    byId(state, "reset").focus();
  };
  byId(state, "reset").addEventListener("click", () => {
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    byId(state, "reset-cancel").focus();
  });
  byId(state, "reset-cancel").addEventListener("click", closeDialog);
  byId(state, "reset-confirm").addEventListener("click", () => {
    closeDialog();
    void state.commit(() => defaultSettings(), state.t("options_resetDone", "Settings reset to defaults.")).then((ok) => ok && showRepair(state, []));
  });
}

/** Wires the section's buttons once. */
export function setup(state: OptionsState): void {
  byId(state, "export").addEventListener("click", () => {
    const date = new Date().toISOString().slice(0, 10);
    state.deps.download(`jernih-settings-${date}.json`, `${JSON.stringify(toSettingsFile(state.settings), null, 2)}\n`);
  });
  const fileEl = byId<HTMLInputElement>(state, "import-file");
  fileEl.addEventListener("change", () => {
    const file = fileEl.files?.[0];
    fileEl.value = "";
    if (file) void importFile(state, file);
  });
  setupReset(state);
}
