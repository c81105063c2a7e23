/** The reader page's visible note of how many pages of a split article were joined. */
import type { Translate } from "../ui/i18n.ts";

/** Shows (or removes) the note of how many pages were joined, right after the article's meta line. */
export function showPagesNote(doc: Document, pages: number | undefined, t: Translate): void {
  doc.getElementById("pages-note")?.remove();
  if (!pages || pages <= 1) return;
  const note = doc.createElement("p");
  note.id = "pages-note";
  note.className = "pages-note";
  note.setAttribute("role", "note");
  note.textContent = t("reader_pages_joined", "$1 pages joined", [String(pages)]);
  const meta = doc.getElementById("meta");
  if (meta) meta.after(note);
  else doc.getElementById("content")?.before(note);
}
