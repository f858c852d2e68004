/**
 * The bytes of a source file as text: strict UTF-8 (a byte-order mark is allowed and kept for the
 * parsers, which skip it), with the place of the first byte that is not UTF-8 and of a NUL byte,
 * so that the check can point at them instead of reading replacement characters.
 */
export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; problem: 'not-utf8' | 'nul-byte'; line: number; column: number; byte: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSourceText(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = placeOfByte(bytes, offset);
    return { ok: false, problem: 'not-utf8', line, column, byte: bytes[offset] ?? 0 };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const { line, column } = placeOfChar(text, nul);
    return { ok: false, problem: 'nul-byte', line, column, byte: 0 };
  }
  return { ok: true, text };
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or of a sequence cut short.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    if (i + need >= n) return i;
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    for (let k = 1; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return n;
}

/** Line and column (in characters, 1-based) of byte `offset`, whose preceding bytes are UTF-8. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = decoder.decode(bytes.subarray(lineStart, offset));
  const bom = line === 1 && before.startsWith('\uFEFF') ? 1 : 0;
  return { line, column: before.length - bom + 1 };
}

/** Line and column (1-based) of character `index` of `text`. */
export function placeOfChar(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const bom = line === 1 && text.startsWith('\uFEFF') ? 1 : 0;
  return { line, column: index - lineStart - bom + 1 };
}

/** The first line longer than `limit` characters, if any: its number and length. */
export function longLine(text: string, limit: number): { line: number; length: number } | undefined {
  if (text.length <= limit) return undefined;
  let line = 1;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > limit) return { line, length: stop - start };
    if (end < 0) return undefined;
    start = end + 1;
    line++;
  }
}
