/**
 * A sign-up box (→ promo): a form that asks for an e-mail address and nothing a reader writes, with a
 * line or two of invitation around it ("Dapatkan ringkasan berita setiap pagi", "Get our newsletter",
 * "Recevez notre lettre"), in any language: what names it is the form, not its words. A login form
 * (a password), a comment or contact form (a text area) and a search form are none; nor is one in
 * the site's frame (the footer's newsletter field is the site's own).
 */
import type { Hit } from "../types.ts";
import { fitsIn, holdsProse } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { hasByline, holdsMark, type Keep } from "./keep.ts";

/** The box: an invitation, the form, a privacy note; never a paragraph of the story. */
const MAX_SIGNUP_TEXT = 300;
const MAX_RUN = 220;
/** Links a sign-up box may hold besides the form's own: the privacy policy, the terms. */
const MAX_LINKS = 2;
/** What a sign-up field is called when its type is plain text: "email", "e-mail", "surel" (Indonesian). */
const EMAIL_NAME = /e-?mail|surel/i;
/** Inputs a reader types into. */
const TYPED = new Set(["", "text", "email", "tel", "number"]);

function isSignupForm(form: Element): boolean {
  if (form.getAttribute("role") === "search" || form.getElementsByTagName("textarea")[0] !== undefined) return false;
  let email = false;
  let typed = 0;
  for (const input of Array.from(form.getElementsByTagName("input"))) {
    const type = (input.getAttribute("type") ?? "").toLowerCase();
    if (type === "password" || type === "search") return false;
    if (!TYPED.has(type)) continue;
    typed++;
    if (type === "email" || EMAIL_NAME.test(`${input.getAttribute("name") ?? ""} ${input.id}`)) email = true;
  }
  // An e-mail, and at most a name beside it: a longer form is a reader's own business (an order, a survey).
  return email && typed <= 2;
}

/** The box of a sign-up form: the outermost block up to three levels above it that is still only that. */
export function signupFormHits(root: Element | Document, keep: Keep): Hit[] {
  const hits: Hit[] = [];
  const forms: Element[] = Array.from(root.getElementsByTagName("form"));
  if (root.nodeType === 1 && (root as Element).tagName.toUpperCase() === "FORM") forms.unshift(root as Element);
  for (const form of forms) {
    if (!isSignupForm(form) || inFrame(form) || holdsMark(form, keep)) continue;
    let box: Element | null = null;
    for (let e: Element | null = form, up = 0; e && up < 4 && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
      if (holdsMark(e, keep) || (keep.article !== null && e.contains(keep.article))) break;
      if (e.getElementsByTagName("a").length > MAX_LINKS || e.getElementsByTagName("form").length > 1) break;
      if (!fitsIn(e, MAX_SIGNUP_TEXT) || holdsProse(e, MAX_RUN) || hasByline(e)) break;
      box = e;
    }
    if (box) hits.push({ el: box, category: "promo", rule: "shape:promo:signup-form" });
  }
  return hits;
}
