/** The options page's "What Jernih hides" section: one switch per category of categories.json. */
import { withCategory } from "../shared/settings.ts";
import { h } from "../ui/dom.ts";
import { byId, catName, type OptionsState } from "./state.ts";

export function render(state: OptionsState): void {
  const { doc, deps, settings, t } = state;
  const items = deps.categories.map((c) => {
    const id = `cat-${c.id}`;
    const box = h(doc, "input", {
      type: "checkbox", role: "switch", id, "data-key": id, "data-category": c.id,
      "aria-describedby": `${id}-desc ${id}-ex`,
    });
    box.checked = settings.categories[c.id] ?? c.default;
    box.addEventListener("change", () => void state.commit((s) => withCategory(s, c.id, box.checked)));
    const example = t("options_example", "Example: $1", [c.example[deps.lang] ?? c.example.en ?? ""]);
    return h(doc, "li", { class: "card" },
      h(doc, "div", { class: "switch-row" }, box, h(doc, "label", { for: id }, catName(state, c.id))),
      h(doc, "p", { id: `${id}-desc`, class: "desc" }, c.description[deps.lang] ?? c.description.en ?? ""),
      h(doc, "p", { id: `${id}-ex`, class: "example" }, example),
    );
  });
  byId(state, "categories").replaceChildren(...items);
}
