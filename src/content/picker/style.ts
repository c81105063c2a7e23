/**
 * The picker overlay's stylesheet, in its closed shadow root (./picker.ts). On a phone or any touch
 * screen (narrow, or a coarse pointer) the panel becomes a sheet across the bottom of the screen and
 * every control is at least 44 px tall, for a finger. The panel's 100vw / 65vh are written with
 * `--vw` / `--vh`, which ./zoom.ts sets to the screen's size when the page is zoomed.
 */
export const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; z-index: 2147483646; box-sizing: border-box;
  border: 2px solid #0b6b5c; background: rgb(11 107 92 / 0.18); border-radius: 3px;
  transition: top .06s, left .06s, width .06s, height .06s; display: none; }
.box.locked { border-style: solid; border-color: #b3261e; background: rgb(179 38 30 / 0.18); }
.tag { position: fixed; z-index: 2147483647; pointer-events: none; display: none;
  font: 12px/1.3 ui-monospace, Menlo, Consolas, monospace; background: #0b6b5c; color: #fff;
  padding: 1px 5px; border-radius: 3px; max-width: 60vw; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.panel { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 2147483647;
  width: min(40rem, calc(var(--vw, 1vw) * 100 - 32px)); box-sizing: border-box; pointer-events: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1b;
  background: #fff; border: 1px solid #c9c6bf; border-radius: 10px; box-shadow: 0 6px 24px rgb(0 0 0 / .25);
  padding: 10px 14px; }
.panel h2 { font-size: 14px; margin: 0 0 4px; }
.panel p { margin: 4px 0; }
.hint { color: #5c5b57; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 6px; }
label { font-size: 12px; color: #5c5b57; display: block; }
input, select { font: 13px ui-monospace, Menlo, Consolas, monospace; padding: 4px 6px; border: 1px solid #c9c6bf;
  border-radius: 5px; color: #1d1d1b; background: #fbfaf7; }
input { width: 100%; box-sizing: border-box; }
input[aria-invalid="true"] { border-color: #b3261e; }
select { font-family: inherit; }
button { font: inherit; font-size: 13px; padding: 4px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #0b6b5c; background: #fff; color: #0b6b5c; }
button.primary { background: #0b6b5c; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #5cc8b3; outline-offset: 1px; }
.msg.error { color: #b3261e; }
.count { font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .panel { background: #242528; color: #ecebe7; border-color: #3c3d41; }
  .hint, label { color: #b2b0aa; }
  input, select { background: #1b1c1e; color: #ecebe7; border-color: #3c3d41; }
  button { background: #242528; color: #5cc8b3; border-color: #5cc8b3; }
  button.primary { background: #5cc8b3; color: #1b1c1e; }
}
@media (max-width: 600px), (pointer: coarse) {
  .panel { left: 0; right: 0; bottom: 0; transform: none; width: auto; max-height: calc(var(--vh, 1vh) * 65); overflow-y: auto;
    border-radius: 14px 14px 0 0; border-bottom: 0; font-size: 15px;
    padding: 10px 12px calc(12px + env(safe-area-inset-bottom)); }
  .panel h2 { font-size: 15px; }
  label { font-size: 13px; }
  input, select, button { min-height: 44px; font-size: 16px; }
  .row button { flex: 1 1 auto; }
  .row select { flex: 1 1 auto; }
  .tag { max-width: calc(100vw - 16px); }
}`;
