/**
 * The error of a page that yields no article (empty, binary, huge, no article text). Its own module:
 * the input guards (guard.ts) throw it before extraction starts, and need nothing else of extract.ts.
 * extract.ts re-exports it for its callers.
 */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractError";
  }
}
