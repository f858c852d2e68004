/**
 * Images and attachments published from `content/` and `public/` (src/core/assets.ts): each at
 * most `LIMITS.assetBytes`, and an SVG without anything that runs or loads other files when a
 * reader opens it on its own (src/core/source/svg-safety.ts).
 */
import { LIMITS } from '../source/limits.ts';
import { unsafeSvgParts } from '../source/svg-safety.ts';
import type { Rule } from './rule.ts';

/** 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const assets: Rule = {
  name: 'assets',
  run(h, bag) {
    for (const asset of h.assets.values()) {
      if (asset.bytes > LIMITS.assetBytes) {
        bag.report(
          'limit/asset-size',
          { file: asset.path, line: 1, column: 1 },
          `The file has ${asset.bytes.toLocaleString('en')} bytes (${megabytes(asset.bytes)}); an image or attachment may have at most ${megabytes(LIMITS.assetBytes)} (${LIMITS.assetBytes.toLocaleString('en')} bytes).`,
          'Make it smaller (compress or scale down the image, save the PDF for the web), or keep the file in your document system and link to it.',
        );
        continue;
      }
      if (asset.text === undefined) continue;
      for (const part of unsafeSvgParts(asset.text)) {
        bag.report(
          'asset/unsafe-svg',
          { file: asset.path, ...position(asset.text, part.offset) },
          `This SVG contains ${part.what}: a reader who opens the image on its own would get a page that can run code or load other files.`,
          'Export the drawing again as plain SVG (no scripts, links, embedded HTML or external images), or as PNG.',
        );
      }
    }
  },
};
