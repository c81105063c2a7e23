/** Decodes a saved page's bytes as a browser would: BOM first, then <meta charset>, then UTF-8. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

export function sniffCharset(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return label;
  // The HTML spec's prescan looks at the first 1024 bytes; real pages put the meta later, so read more.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label) {
    try {
      // Per the spec a meta that claims UTF-16 on an ASCII-compatible page means UTF-8.
      const enc = new TextDecoder(label).encoding;
      return enc.startsWith("utf-16") ? "utf-8" : enc;
    } catch {
      /* unknown label: fall through */
    }
  }
  return "utf-8";
}

export function decodePage(bytes: Uint8Array): string {
  return new TextDecoder(sniffCharset(bytes)).decode(bytes);
}
