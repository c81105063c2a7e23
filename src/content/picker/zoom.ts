/**
 * Keeps the picker's panel at its own size on the screen when the page is zoomed (./picker.ts).
 *
 * A phone shows a page without a viewport tag (a desktop layout) laid out ~980 px wide and zoomed
 * out to fit, so a 44 px button would be some 18 px on the glass; a pinch zooms the other way and can
 * push a sheet fixed to the layout viewport off the screen. We must not re-layout the page being
 * picked in (as the reader does), so the panel's frame is drawn over the visual viewport instead:
 * sized to the screen in unzoomed CSS px and scaled by 1 / zoom. Its transform makes the frame the
 * containing block of the `position: fixed` panel, so the stylesheet's sheet (left/right/bottom 0)
 * spans the frame, i.e. the screen. `--vw` / `--vh` stand in for vw / vh, which measure the layout
 * viewport. Without zoom (desktop, a mobile page) the frame has no style and changes nothing.
 */

/** Zoom within this of 1 counts as none (a desktop browser, a mobile page at its initial scale). */
const UNZOOMED = 0.01;

/** Draws `frame` over the visual viewport of `win`, following it; returns a function that stops. */
export function followZoom(win: Window, frame: HTMLElement): () => void {
  const vv = win.visualViewport;
  if (!vv) return () => {};
  const place = (): void => {
    const s = vv.scale;
    if (!(s > 0) || Math.abs(s - 1) < UNZOOMED) {
      frame.removeAttribute("style");
      return;
    }
    const width = vv.width * s;
    const height = vv.height * s;
    Object.assign(frame.style, {
      position: "fixed", left: `${vv.offsetLeft}px`, top: `${vv.offsetTop}px`, width: `${width}px`, height: `${height}px`,
      transform: `scale(${1 / s})`, transformOrigin: "0 0", pointerEvents: "none",
    });
    frame.style.setProperty("--vw", `${width / 100}px`);
    frame.style.setProperty("--vh", `${height / 100}px`);
  };
  place();
  vv.addEventListener("resize", place);
  vv.addEventListener("scroll", place);
  return () => {
    vv.removeEventListener("resize", place);
    vv.removeEventListener("scroll", place);
  };
}
