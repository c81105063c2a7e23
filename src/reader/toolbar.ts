/**
 * The reader's toolbar on a phone (screens matching PHONE_QUERY; style.css uses the same width):
 * it sits at the bottom, in reach of a thumb, and keeps out of the way while reading — it slides
 * away when the article scrolls down and comes back when it scrolls up. It never hides at the top
 * or at the end of the article (where one wants to close or copy), while focus is in it or in the
 * look panel, or while that panel is open; a tap on the article's text brings it back too.
 * On wider screens it stays where it always was, sticky at the top, and this does nothing.
 */
export const PHONE_QUERY = "(max-width: 600px)";

/** How far the article must move before the toolbar follows: a finger's jitter does not count. */
const SLACK = 8;
/** Within this distance of the top or the end of the article the toolbar always shows. */
const EDGE = 64;

export interface BarState {
  shown: boolean;
  /** Where the page was scrolled when the toolbar last changed (or was confirmed) state. */
  anchor: number;
}

/**
 * The toolbar's next state for a scroll position `y` (0 … `maxY`). `pinned`: something needs the
 * toolbar (focus, the open panel). Small steps accumulate from the anchor, so a slow scroll counts.
 */
export function nextBarState(s: BarState, y: number, maxY: number, pinned: boolean): BarState {
  if (pinned || y <= EDGE || y >= maxY - EDGE) return { shown: true, anchor: y };
  const moved = y - s.anchor;
  if (Math.abs(moved) <= SLACK) return s;
  return { shown: moved < 0, anchor: y };
}

/** Wires the behaviour to the reader page; the class `away` (style.css) slides the toolbar out. */
export function installToolbar(doc: Document): void {
  const win = doc.defaultView;
  const bar = doc.querySelector<HTMLElement>(".toolbar");
  const panel = doc.getElementById("look-panel");
  if (!win || !bar || !panel) return;
  const phone = win.matchMedia(PHONE_QUERY);
  let state: BarState = { shown: true, anchor: win.scrollY };

  const pinned = () => !panel.hidden || bar.contains(doc.activeElement) || panel.contains(doc.activeElement);
  const apply = (next: BarState) => {
    state = next;
    bar.classList.toggle("away", !next.shown);
  };
  const show = () => apply({ shown: true, anchor: win.scrollY });
  const update = () => {
    if (!phone.matches) return show();
    const maxY = Math.max(0, doc.documentElement.scrollHeight - win.innerHeight);
    apply(nextBarState(state, win.scrollY, maxY, pinned()));
  };

  // The look sheet sits on the toolbar (style.css --bar): follow its real height (labels may wrap, text may be zoomed).
  const measure = () => doc.documentElement.style.setProperty("--bar", `${bar.offsetHeight}px`);
  if (typeof ResizeObserver === "function") new ResizeObserver(measure).observe(bar);

  win.addEventListener("scroll", update, { passive: true });
  win.addEventListener("resize", update, { passive: true });
  phone.addEventListener?.("change", update);
  // A keyboard user tabbing into the hidden toolbar, or a panel being opened, brings it back.
  bar.addEventListener("focusin", show);
  panel.addEventListener("focusin", show);
  // A tap on the text (not on a link, not ending a selection) asks for the controls.
  doc.getElementById("main")?.addEventListener("click", (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest("a[href]") || !win.getSelection()?.isCollapsed) return;
    show();
  });
}
