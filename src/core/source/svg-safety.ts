/**
 * What an SVG may not contain. An SVG shown as an image (`<img>`, `![](…)`) runs nothing, but a
 * reader who opens it on its own (a link to it, "open image in new tab") gets a document that can
 * run scripts, show HTML and load other files. The handbook publishes images from content as they
 * are, so the check refuses an SVG with any of these (src/core/rules/assets.ts); drawings exported
 * from a diagram tool have none of them.
 */

/** A part of an SVG that is refused: where it starts (offset in the text) and what it is, in words. */
export interface UnsafeSvgPart {
  offset: number;
  what: string;
}

/** Raster images embedded in a drawing are data, not code; everything else with `data:` is refused. */
const EMBEDDED_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);/i;

/** Character references as an attacker writes them (`&#106;avascript:`, `java&Tab;script:`), decoded. */
function decodeReferences(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(Number.parseInt(dec, 10), 0x10ffff)))
    .replace(/&(tab|newline|colon);/gi, (_, name: string) => ({ tab: '\t', newline: '\n', colon: ':' })[name.toLowerCase() as 'tab' | 'newline' | 'colon']);
}

/** A value as a browser reads an address: references decoded, whitespace and control characters dropped. */
function asAddress(value: string): string {
  // eslint-disable-next-line no-control-regex
  return decodeReferences(value).replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
}

const ELEMENTS: readonly [RegExp, string][] = [
  [/<script\b/gi, 'a <script> element'],
  [/<foreignObject\b/gi, 'a <foreignObject> element (HTML inside the drawing)'],
  [/<(?:iframe|embed|object)\b/gi, 'an embedded document (<iframe>, <embed> or <object>)'],
  [/<!ENTITY\b/gi, 'an entity declaration (<!ENTITY …>), which can expand without bound or read other files'],
  [/@import\b/gi, 'a style sheet loaded from elsewhere (@import)'],
];

/** Every refused part of `svg`, in the order they occur. */
export function unsafeSvgParts(svg: string): UnsafeSvgPart[] {
  const found: UnsafeSvgPart[] = [];
  for (const [pattern, what] of ELEMENTS) for (const m of svg.matchAll(pattern)) found.push({ offset: m.index, what });
  // Attributes, inside each tag.
  for (const tag of svg.matchAll(/<[a-zA-Z][^<>]*>/g)) {
    for (const attribute of tag[0].matchAll(/\s([a-zA-Z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/g)) {
      const name = attribute[1]!.toLowerCase();
      const raw = attribute[2]!.replace(/^["']|["']$/g, '');
      const offset = tag.index + attribute.index + 1;
      const value = asAddress(raw);
      if (name.startsWith('on')) found.push({ offset, what: `an event handler (${attribute[1]}=…), which runs code` });
      else if (/(?:java|vb)script:/i.test(value)) found.push({ offset, what: `a script address in ${attribute[1]}=…` });
      else if ((name === 'href' || name.endsWith(':href') || name === 'src') && !value.startsWith('#') && !EMBEDDED_IMAGE.test(value)) {
        found.push({ offset, what: `a reference to another file or address (${attribute[1]}="${raw.slice(0, 60)}")` });
      } else if (name === 'attributename' && /^(?:xlink:)?href$/i.test(value)) found.push({ offset, what: 'an animation that changes a link' });
    }
  }
  // Addresses in styles (a style attribute or a <style> element): url(…) that is not a fragment of the drawing itself.
  for (const m of svg.matchAll(/url\(\s*(["']?)([^)"']*)\1\s*\)/gi)) {
    const value = asAddress(m[2]!);
    if (!value.startsWith('#') && !EMBEDDED_IMAGE.test(value)) found.push({ offset: m.index, what: `a reference to another file or address in a style (url(${m[2]!.slice(0, 60)}))` });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
