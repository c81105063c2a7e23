/**
 * The article as the publisher describes it in JSON-LD (schema.org NewsArticle, Article,
 * BlogPosting…): body, headline, date and author, when present. Broken JSON is ignored.
 */
export interface JsonLdArticle {
  articleBody: string | null;
  headline: string | null;
  datePublished: string | null;
  author: string | null;
}

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report|LiveBlogPosting|WebPage)$/;

function* nodes(v: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(v)) for (const x of v) yield* nodes(x);
  else if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    yield o;
    if (o["@graph"]) yield* nodes(o["@graph"]);
    if (o.mainEntity) yield* nodes(o.mainEntity);
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

function authorName(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(authorName).filter((x): x is string => !!x);
    return names.length ? names.join(", ") : null;
  }
  if (v && typeof v === "object") return str((v as Record<string, unknown>).name);
  return str(v);
}

/**
 * The best article node among the page's JSON-LD scripts: a document (its
 * `script[type="application/ld+json"]`), or those scripts already found (extract's survey).
 */
export function jsonLdArticle(scope: Document | readonly Element[]): JsonLdArticle | null {
  let best: JsonLdArticle | null = null;
  const scripts = "nodeType" in scope ? Array.from(scope.querySelectorAll('script[type="application/ld+json"]')) : scope;
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    for (const o of nodes(data)) {
      const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
      if (!types.some((t) => ARTICLE_TYPE.test(t))) continue;
      const found: JsonLdArticle = {
        articleBody: str(o.articleBody) ?? str(o.text),
        headline: str(o.headline) ?? str(o.name),
        datePublished: str(o.datePublished) ?? str(o.dateCreated),
        author: authorName(o.author),
      };
      // Prefer the node that carries a body, then the one with a date.
      const score = (a: JsonLdArticle | null) => (a ? (a.articleBody ? 2 : 0) + (a.datePublished ? 1 : 0) : -1);
      if (score(found) > score(best)) best = found;
    }
  }
  return best;
}
