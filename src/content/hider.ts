/**
 * The live-page hider: keeps a news page free of the clutter the enabled categories name while the
 * person scrolls the site as usual. The decisions live in src/core (hide-match, live-shapes,
 * detect); this class wires them to the page and the extension: the sheet the background puts in,
 * a text walk each animation frame while the page loads, a sweep and the shapes at
 * DOMContentLoaded, then an observer for what scripts add, and standing down on a page that is no
 * article. docs/LIVE-PAGE.md ("When it acts") says why each step is where it is.
 */
import { runtime } from "./browser-api.ts"; // see main.ts
import { detectArticle, earlyArticleSignal } from "../core/detect.ts";
import { findHits, headingHits, isGuarded, selectorHits, shortText, walkHits, type Hit, type SeenText } from "../core/hide-match.ts";
import { pageSheet, planFrom, withDeclaredNames, HIDDEN_ATTR, KEEP_ATTR, PAUSE_ATTR, SHOWN_ATTR, type HidePlan } from "../core/hide-plan.ts";
import { findArticleRoot, inOnePass, keepMarks, shapeHits, withShareCounts, LoadingShapes, type Keep } from "../core/live-shapes.ts";
import { lastNode } from "../core/dom.ts";
import { snippet } from "../core/text.ts";
import type { Category, Removal } from "../core/types.ts";
import { pagePlanRequest, type HideCssReply, type PagePlanReply, type PageState } from "../shared/messages.ts";

/** On a hidden element: the id of the rule that hid it (for the popup's list and for debugging). */
const RULE_ATTR = "data-jernih-rule";

type Phase = "starting" | "loading" | "article" | "not-article" | "off";

/** How long the badge count waits for more batches of hidden blocks (see reportSoon). */
const REPORT_DELAY_MS = 150;

/** The most text a box a script fills may hold to be judged whole again (ten teasers with blurbs). */
const MAX_FILLED_BOX = 4000;

/**
 * The boxes the elements of a batch went into. A script that fills a box (innerHTML, or an item at a
 * time) adds each item as a node of its own, and no item alone is a list of headlines: the box is
 * judged whole. Only small boxes, outside the article: a page-wide container (an endless feed) is
 * not read again for each batch, and shortText stops reading past the limit.
 */
function filledBoxes(roots: readonly (Element | Text)[], keep: Keep): Set<Element> {
  const boxes = new Set<Element>();
  for (const root of roots) {
    const box = root.nodeType === 1 ? root.parentElement : null;
    if (!box || boxes.has(box) || /^(?:BODY|HTML|MAIN)$/i.test(box.tagName)) continue;
    if (keep.article && box.contains(keep.article)) continue;
    if (shortText(box, MAX_FILLED_BOX) !== null) boxes.add(box);
  }
  return boxes;
}

/** Whether a person sees the element: checkVisibility in both browsers; its own display in jsdom (the unit tests), which has none. */
function shown(el: Element): boolean {
  return typeof el.checkVisibility === "function" ? el.checkVisibility() : getComputedStyle(el).display !== "none";
}

export class Hider {
  private plan: HidePlan | null = null;
  private phase: Phase = "starting";
  private revealed = false;
  /** The sheet inserted at user origin (to remove or replace it), or null. */
  private userCss: string | null = null;
  private fallbackStyle: HTMLStyleElement | null = null;
  /** The sheet of a page that is no article: the user's own rules for the site, or null. */
  private standDownCss: string | null = null;
  /**
   * The background did not put the page's sheet in at the start (the person has no rules of their own
   * here): it goes in only if the page's own styles turn out to beat the built-in sheets (see
   * checkShown), made here from the plan (pageSheet). False once it is in, or with nothing held back.
   */
  private held = false;
  /** Whether a block hidden while the page loads has been looked at (see walkOn). */
  private lookedWhileLoading = false;
  private observer: MutationObserver | null = null;
  /** Nodes added since the last batch, once the page is parsed (duplicates are harmless: batchRoots sorts them out). */
  private pending: Node[] = [];
  /** While the page loads: the text walk over the document, where the last batch stopped. */
  private walker: TreeWalker | null = null;
  /** Text nodes the walk has looked at, so DOMContentLoaded looks only at the others. */
  private seen = new WeakSet<Node>();
  /** While the page loads: the links the parser added, for lists of headlines and share rows (see LoadingShapes). */
  private loadingShapes: LoadingShapes | null = null;
  private scheduled = false;
  /** null until <body> exists: the head's signals are only final then. */
  private early: boolean | null = null;
  private reported = 0;
  /** The article and what else the shapes must never hide (found at DOMContentLoaded; again if the article is replaced). */
  private keep: Keep | null = null;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Starts hiding; resolves with what the content script's other decisions need from the settings.
   * `sent`: the "page-plan" request (full sheet, inserted) already on its way (Chromium's loader).
   */
  async start(sent?: Promise<unknown>): Promise<{ alwaysReader: boolean }> {
    const reply = await this.askPlan("full", true, sent);
    if (!reply?.plan) {
      this.phase = "off"; // the user switched Jernih off for this site: touch nothing
      return { alwaysReader: reply?.alwaysReader ?? false };
    }
    // The sheet is on its way in from the same trip ("sheet-failed" says if it did not go in), or held back.
    this.takePlan(reply);
    if (reply.inserted) this.sheetInserted(reply.css);
    else this.held = reply.held;
    // The page's own stylesheets are all in at load: then it shows whether they beat the built-in sheets.
    if (this.held && document.readyState !== "complete") {
      addEventListener("load", () => this.checkShown(document.querySelectorAll(`[${HIDDEN_ATTR}]`)), { once: true });
    }
    this.phase = "loading";
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", () => this.decide(), { once: true });
      this.schedule(); // and every frame after it while the page loads (see flush)
    } else {
      this.decide();
    }
    return { alwaysReader: reply.alwaysReader };
  }

  /**
   * Once the page is parsed: what scripts add later (a related box, the next stories of an endless
   * page). Not while it loads: an observer of the whole document gets a record for every node the
   * parser adds, which cost a page of 15 000 nodes some 60 ms of its main thread in Chromium even with
   * a callback that does nothing. The text walk follows the parser frame by frame instead (flush).
   */
  private observe(): void {
    this.observer ??= new MutationObserver((records) => {
      for (const r of records) {
        const added = r.addedNodes;
        for (let i = 0; i < added.length; i++) this.pending.push(added[i]!);
      }
      this.schedule();
    });
    this.observer.observe(document, { childList: true, subtree: true });
  }

  /**
   * The background reads the settings and compiles the plan and the sheets: none of that work on
   * this page's main thread. null when the background cannot answer (the extension is being
   * updated): the page is left alone.
   */
  private async askPlan(sheet: "full" | "custom", insert: boolean, sent?: Promise<unknown>): Promise<PagePlanReply | null> {
    try {
      const reply = (await (sent ?? runtime.sendMessage(pagePlanRequest(location.href, sheet, this.userCss, insert)))) as PagePlanReply | undefined;
      return reply ?? null;
    } catch (e) {
      console.warn("Jernih: no plan for this page:", e);
      return null;
    }
  }

  /** The plan of the background's reply (its sheet is the caller's). */
  private takePlan(reply: PagePlanReply): void {
    this.plan = reply.plan ? planFrom(reply.plan) : null;
    this.readHead();
    this.standDownCss = reply.standDownCss;
    // The built-in sheets this page got at its start stand down for the categories no longer blocked here.
    const root = document.documentElement;
    const shown = this.plan?.unblocked.join(" ") ?? "";
    // Every built-in sheet rule reads this attribute of <html>: changing it restyles the whole page,
    // so it is left alone when it would say what it says now (nothing shown again: the usual case).
    if (this.plan && root && (root.getAttribute(SHOWN_ATTR) ?? "") !== shown) root.setAttribute(SHOWN_ATTR, shown);
  }

  /**
   * Once the head is parsed (<body> exists): the name the site declares there goes into the
   * phrases that name the site (withDeclaredNames). Does nothing before, or after it was done.
   */
  private readHead(): void {
    if (this.plan && this.plan.slotted.length > 0 && document.body) this.plan = withDeclaredNames(this.plan, document);
  }

  /** The background could not put `css` in at user origin (see "page-plan"): it goes in the page. Resolves once it is. */
  sheetFailed(css: string): Promise<void> {
    this.sheets = this.sheets.then(() => {
      if (this.userCss === css) this.sheetInPage(css);
    });
    return this.sheets;
  }

  /** Whether the page was found to be an article (false until DOMContentLoaded has decided). */
  get isArticle(): boolean {
    return this.phase === "article";
  }

  /* ------------------------------------------------------------------------------ the sheet */

  /** Changes of the sheet, one after the other: each replaces the one before, so it needs its outcome. */
  private sheets: Promise<void> = Promise.resolve();

  /** Puts `css` in at user origin in place of the page's sheet (in the page when that fails; null: no sheet). */
  private installSheet(css: string | null): Promise<void> {
    this.sheets = this.sheets.then(() => this.swapSheet(css));
    return this.sheets;
  }

  private async swapSheet(css: string | null): Promise<void> {
    if (css === this.currentCss()) return; // in place already
    let reply: HideCssReply | undefined;
    try {
      reply = (await runtime.sendMessage({ type: "hide-css", css, previous: this.userCss })) as HideCssReply | undefined;
    } catch (e) {
      reply = { ok: false, error: String(e) };
    }
    if (reply?.ok) this.sheetInserted(css);
    else this.sheetInPage(css);
  }

  private sheetInserted(css: string | null): void {
    this.held = false;
    this.userCss = css;
    this.fallbackStyle?.remove();
    this.fallbackStyle = null;
  }

  /** No user origin to be had: an in-page sheet, which the same attributes pause and resume. */
  private sheetInPage(css: string | null): void {
    this.held = false;
    this.userCss = null;
    if (css === null) {
      this.fallbackStyle?.remove();
      this.fallbackStyle = null;
      return;
    }
    this.fallbackStyle ??= document.createElement("style");
    this.fallbackStyle.dataset.jernih = "fallback";
    this.fallbackStyle.textContent = css;
    if (!this.fallbackStyle.isConnected) (document.head ?? document.documentElement)?.append(this.fallbackStyle);
  }

  private applyPause(): void {
    const root = document.documentElement;
    if (!root) return;
    const reason = this.revealed ? "revealed" : this.phase === "article" ? null : this.phase === "loading" && this.early !== false ? null : "not-article";
    if (reason) root.setAttribute(PAUSE_ATTR, reason);
    else root.removeAttribute(PAUSE_ATTR);
  }

  /* ------------------------------------------------------------------------- the decisions */

  /** DOMContentLoaded: the full article check, then a scan of the whole page or standing down. */
  private decide(): void {
    if (!this.plan || this.phase === "off") return;
    this.readHead();
    // The head's signals said article already (site pack, og:type, JSON-LD): no need to read them twice.
    const article = this.phase === "article" || this.early === true || detectArticle(document, this.plan.hasSitePack).isArticle;
    if (!article) {
      this.standDown();
      return;
    }
    const scannedWhileLoading = this.walker !== null;
    // The walk's last text node may have grown since (the parser adds to it): the sweep looks again.
    if (this.walker) this.seen.delete(this.walker.currentNode);
    this.walker = null;
    const loadingShapes = this.loadingShapes;
    this.loadingShapes = null;
    this.phase = "article";
    this.applyPause();
    this.observe();
    this.keep = null;
    if (!scannedWhileLoading) {
      this.pending.length = 0;
      this.checkShown(this.scan(document));
      return;
    }
    const plan = this.plan;
    this.checkShown(this.apply(inOnePass(() => this.sweepHits(plan, loadingShapes))));
  }

  /**
   * The text walk has seen the page as the parser added it: now the text nodes it has not seen (the
   * last ones, and any a script put in behind it), then what needed the whole page — selector
   * matches (for the count and the guard; the sheet already hides them), and lists that came after
   * their heading.
   */
  private sweepHits(plan: HidePlan, loadingShapes: LoadingShapes | null): Hit[] {
    const sweep = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    const hits = [
      ...walkHits(sweep, sweep.nextNode(), plan.matchers, plan.mayMatch, { set: this.seen, skip: true }),
      ...withShareCounts(selectorHits(document, plan.selectors)),
      ...(loadingShapes?.finish(this.pageKeep()) ?? shapeHits(document, this.pageKeep(), plan.categories)),
    ];
    for (const el of Array.from(document.querySelectorAll(`[${RULE_ATTR}$=":heading"]`))) {
      hits.push(...headingHits(el, el.getAttribute(HIDDEN_ATTR) as Category, el.getAttribute(RULE_ATTR)!, plan.matchers));
    }
    return hits;
  }

  private standDown(): void {
    this.phase = "not-article";
    this.walker = null;
    this.loadingShapes = null;
    this.applyPause();
    this.observer?.disconnect();
    this.observer = null;
    this.pending.length = 0;
    this.unmarkAll();
    // Only the user's own rules stay: they named blocks of this site themselves, article or not.
    void this.installSheet(this.standDownCss);
    this.report();
  }

  private currentCss(): string | null {
    return this.userCss ?? this.fallbackStyle?.textContent ?? null;
  }

  /* ------------------------------------------------------------------------ batched checks */

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // An animation frame runs before the frame is painted; hidden tabs get no frames (and no paint).
    if (document.visibilityState === "hidden") setTimeout(() => this.flush(), 50);
    else requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (!this.plan) return;
    if (this.phase === "loading") {
      if (this.early === null && document.body) {
        this.readHead();
        this.early = earlyArticleSignal(document, this.plan!.hasSitePack).isArticle;
        this.applyPause();
      }
      if (this.early === false) return; // DOMContentLoaded decides, and scans everything then
      if (this.early === true) this.walkOn();
      // What the parser adds by the next frame is checked before that frame is painted.
      if (document.readyState === "loading") this.schedule();
      return;
    }
    if (this.phase !== "article") return;
    const hits = this.batchHits();
    if (hits.length) this.checkShown(this.apply(hits));
  }

  /**
   * While the page loads, text rules only (the sheet hides what the selectors name) over what the
   * parser added since the last batch: the walk goes on from the last text node it saw, which is
   * looked at again (the parser may have added to it). That node gone (a script took it out): the
   * walk starts over, past every node it has seen.
   */
  private walkOn(): void {
    const plan = this.plan!;
    let first: Node | null;
    let seen: SeenText = { set: this.seen, skip: false };
    if (this.walker?.currentNode.isConnected) {
      first = this.walker.currentNode === document ? this.walker.nextNode() : this.walker.currentNode;
    } else {
      if (this.walker) seen = { set: this.seen, skip: true };
      this.walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
      first = this.walker.nextNode();
    }
    this.markKept();
    const walker = this.walker;
    const hits = inOnePass(() => {
      const found = walkHits(walker, first, plan.matchers, plan.mayMatch, seen, document.readyState === "loading" ? lastNode(document) : null);
      this.loadingShapes ??= new LoadingShapes(document, plan.categories);
      return [...found, ...this.loadingShapes.more()];
    });
    const hidden = hits.length ? this.apply(hits) : [];
    // The first block hidden while the page loads tells whether the registered sheets are in this
    // page at all (a page that starts while they are being registered has none): one look, in the
    // frame's own style update.
    if (hidden.length && !this.lookedWhileLoading) {
      this.lookedWhileLoading = true;
      this.checkShown(hidden.slice(0, 1));
    }
  }

  /**
   * While the page loads, the blocks the person kept and what holds them are marked as they arrive:
   * the built-in sheets (compiled at build time, blind to keep rules) then let them show at once,
   * not only once the page is parsed. Nothing to do on sites with no keep rule.
   */
  private markKept(): void {
    const keep = this.plan?.keep;
    if (!keep?.length) return;
    for (const selector of keep) {
      let found: Element[];
      try {
        found = Array.from(document.querySelectorAll(selector));
      } catch {
        continue; // a selector this browser cannot parse keeps nothing
      }
      for (const el of found) {
        for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) e.setAttribute(KEEP_ATTR, "");
      }
    }
  }

  /** Hits in the nodes scripts added since the last batch (the page is parsed). */
  private batchHits(): Hit[] {
    const roots = this.batchRoots();
    this.pending.length = 0;
    const hits: Hit[] = [];
    if (!this.plan || roots.length === 0) return hits;
    const plan = this.plan;
    const keep = this.pageKeep();
    return inOnePass(() => {
      for (const root of roots) hits.push(...findHits(root, plan, keep));
      for (const box of filledBoxes(roots, keep)) hits.push(...shapeHits(box, keep, plan.categories));
      return hits;
    });
  }

  /**
   * The article's container and the title, bylines and dates no shape may hide: found once, and
   * again when a script has replaced the article (the container is no longer in the page).
   */
  private pageKeep(): Keep {
    if (this.keep && (this.keep.article === null || this.keep.article.isConnected)) return this.keep;
    this.keep = keepMarks(document, findArticleRoot(document, this.plan?.content ?? []));
    return this.keep;
  }

  /**
   * What to check for this batch: each added element, and each added text node that holds more than
   * white space — the node itself, not its parent: the text rules climb from a text node to its block
   * anyway ("Baca juga:" whose link arrives later is looked at again with the link's text), and a
   * parent may be a page-wide container. White space the parser puts between elements changes no
   * block's words: skipped. A root inside another root of the batch is left to the outer one.
   */
  private batchRoots(): (Element | Text)[] {
    const set = new Set<Node>();
    for (const n of this.pending) {
      if (n.nodeType === 3 ? !/\S/.test((n as Text).data) : n.nodeType !== 1) continue;
      if (n.isConnected) set.add(n);
    }
    const roots: (Element | Text)[] = [];
    for (const n of set) {
      let inner = false;
      for (let p = n.parentElement; p; p = p.parentElement) if (set.has(p)) { inner = true; break; }
      if (!inner) roots.push(n as Element | Text);
    }
    return roots;
  }

  private scan(root: Document | Element): Element[] {
    const plan = this.plan;
    if (!plan) return [];
    return this.apply(inOnePass(() => findHits(root, plan, this.pageKeep())));
  }

  /** Marks the hits hidden (those the guard or the person's keep rules spare as kept); returns the blocks newly hidden. */
  private apply(hits: readonly Hit[]): Element[] {
    const hidden: Element[] = [];
    const keep = () => this.pageKeep();
    for (const hit of hits) {
      const { el, category, rule } = hit;
      if (el.hasAttribute(HIDDEN_ATTR) || el.hasAttribute(KEEP_ATTR)) continue;
      // Guarded, or the person kept it (a keep rule names it, holds it, or is held in it).
      if (isGuarded(hit, keep) || this.plan?.isKept(el)) {
        // The sheet may already hide it by selector: KEEP tells the sheet to let it show.
        el.setAttribute(KEEP_ATTR, "");
        continue;
      }
      el.setAttribute(HIDDEN_ATTR, category);
      el.setAttribute(RULE_ATTR, rule);
      hidden.push(el);
    }
    if (hidden.length) this.reportSoon();
    return hidden;
  }

  /**
   * Whether the built-in sheets hold on this page. They are author origin, and a page's own
   * `display: … !important` (inline, or a rule of its own) outranks them; the held-back sheet is user
   * origin and outranks any of the page's. So once the page's stylesheets are in (load), a block
   * marked hidden that still shows puts it in. Asked at load of every hidden block, and after it of
   * each batch's; while the page loads, of the first block hidden (a page that started while the
   * registered sheets were being changed has none of them). A page whose blocks all stay hidden
   * costs a look at each of them, no more.
   */
  private checkShown(blocks: Iterable<Element>): void {
    const plan = this.plan;
    if (!this.held || !plan || this.revealed) return;
    // While loading: only once the head said article (the sheets are not paused). Parsed: only at load and after.
    const looking = this.phase === "loading" ? this.early === true : this.phase === "article" && document.readyState === "complete";
    if (!looking) return;
    let last: Element | null = null;
    for (const el of blocks) {
      // Inside a block found not shown: it cannot show either (one look fewer for each nested mark).
      if (last?.contains(el) || !el.isConnected || el.hasAttribute(KEEP_ATTR)) continue;
      if (!shown(el)) {
        last = el;
        continue;
      }
      this.held = false;
      void this.installSheet(pageSheet(plan));
      return;
    }
  }

  private unmarkAll(): void {
    for (const el of Array.from(document.querySelectorAll(`[${HIDDEN_ATTR}], [${KEEP_ATTR}]`))) {
      el.removeAttribute(HIDDEN_ATTR);
      el.removeAttribute(RULE_ATTR);
      el.removeAttribute(KEEP_ATTR);
    }
  }

  /* ----------------------------------------------------------------------------- counting */

  /** Hidden blocks, outermost only: a box and the list inside it are one block to the reader. */
  private hiddenElements(): Element[] {
    const outermost: Element[] = [];
    // In document order an element inside a hidden block comes after it, with no other outermost block
    // between them: it is inside the last one kept.
    for (const el of Array.from(document.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
      if (!outermost.at(-1)?.contains(el)) outermost.push(el);
    }
    return outermost;
  }

  /**
   * While a page loads, blocks are hidden batch after batch: the badge needs the count once they
   * settle, not after every batch (each count is a page query and a message).
   */
  private reportSoon(): void {
    if (this.reportTimer !== null) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      this.report();
    }, REPORT_DELAY_MS);
  }

  private report(): void {
    const count = this.phase === "article" || this.phase === "loading" ? this.hiddenElements().length : 0;
    if (count === this.reported) return;
    this.reported = count;
    runtime.sendMessage({ type: "hidden-count", count }).catch(() => {});
  }

  /* ------------------------------------------------------------------------ the messages */

  state(): PageState {
    const hidden: Record<string, number> = {};
    const removed: Removal[] = [];
    for (const el of this.hiddenElements()) {
      const category = el.getAttribute(HIDDEN_ATTR) ?? "";
      hidden[category] = (hidden[category] ?? 0) + 1;
      removed.push({ category, rule: el.getAttribute(RULE_ATTR) ?? "", text: snippet(el) });
    }
    // Switched off for this site: nothing was detected at load, so answer the popup's question now.
    const isArticle = this.phase === "article" || (this.phase === "off" && document.readyState !== "loading" && detectArticle(document).isArticle);
    return { url: location.href, isArticle, hidden, revealed: this.revealed, removed };
  }

  /** The state once the sheet changes under way are done (the page's sheet may be going in: see checkShown). */
  settledState(): Promise<PageState> {
    return this.sheets.then(() => this.state());
  }

  /** Shows every hidden block again (reveal: true) or hides them again, without a reload. */
  reveal(reveal: boolean): PageState {
    this.revealed = reveal;
    this.applyPause();
    return this.state();
  }

  /** Settings changed: new plan, new sheet, everything checked again. */
  async reload(): Promise<PageState> {
    // A page that stood down (not an article) keeps only the user's own rules; every other page gets the new sheet.
    const reply = await this.askPlan(this.phase === "not-article" ? "custom" : "full", false);
    if (!reply) return this.state(); // no answer: keep what the page has
    if (!reply.plan) {
      this.plan = null;
      this.observer?.disconnect();
      this.observer = null;
      this.unmarkAll();
      // The background took our sheet out; one an earlier change is still putting in comes out after it.
      this.sheetInPage(null);
      await this.installSheet(null);
      document.documentElement?.setAttribute(PAUSE_ATTR, "off");
      this.phase = "off";
      this.report();
      return this.state();
    }
    const wasOff = this.phase === "off" || this.phase === "starting";
    this.takePlan(reply);
    this.held = false;
    await this.installSheet(reply.css);
    if (wasOff) {
      // Switched on again for this site: start as if the page had just loaded.
      this.phase = "loading";
      this.early = null;
      this.decide();
    } else if (this.phase === "article") {
      this.unmarkAll();
      this.scan(document);
      this.report();
    }
    this.applyPause();
    return this.state();
  }
}
