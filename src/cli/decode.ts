/**
 * Decodes a saved page's bytes as a browser would: BOM first, then <meta charset>, then UTF-8 (and
 * UTF-8 where a Latin-1 meta contradicts bytes that are valid UTF-8: see decodePage).
 */
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

/** Bytes that are valid UTF-8 and hold at least one multi-byte sequence. */
function isUtf8Text(bytes: Uint8Array): boolean {
  let multi = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      multi = true;
      break;
    }
  }
  if (!multi) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodePage(bytes: Uint8Array): string {
  const charset = sniffCharset(bytes);
  // A saved page whose meta claims a single-byte charset but whose bytes are valid UTF-8 was served as
  // UTF-8 (the HTTP header, which a browser obeys before the meta, said so; only the meta survived
  // the save). Real Latin-1 text is almost never valid UTF-8, so this does not misread it.
  if ((charset === "windows-1252" || charset === "iso-8859-15") && isUtf8Text(bytes)) return new TextDecoder("utf-8").decode(bytes.subarray(0));
  return new TextDecoder(charset).decode(bytes);
}
