/**
 * What the extraction needs from where it runs. A browser needs nothing: the defaults below are what
 * it does anyway. The CLI runs on jsdom, which is slow or different in three places, and passes one
 * object that answers them (src/cli/jsdom-host.ts), so that no Node concern travels through the
 * engine as options of its own.
 */

export interface ExtractHost {
  /**
   * The document the extraction may change (Readability changes what it parses), made from the
   * caller's `doc`. `retry`: another one for the rare second attempt, which needs the page as it
   * was. Default: a deep copy of `doc`, each time.
   */
  workingCopy?(doc: Document, retry: boolean): Document;
  /** A Readability instance made ready for this DOM before it parses. Default: as it is. */
  prepareReadability?<T extends object>(reader: T): T;
  /** contentHtml from the finished article element. Default: its inner HTML. */
  serialize?(root: Element): string;
}

/** The host with every answer filled in: the browser's, where `host` gives none. */
export function hostOrDefaults(host: ExtractHost = {}): Required<ExtractHost> {
  return {
    workingCopy: host.workingCopy?.bind(host) ?? ((doc) => doc.cloneNode(true) as Document),
    prepareReadability: host.prepareReadability?.bind(host) ?? ((reader) => reader),
    serialize: host.serialize?.bind(host) ?? ((root) => root.innerHTML),
  };
}
