/** What an SVG published from content may not hold (issue 19): each refused part found, and the sample's drawings pass. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unsafeSvgParts } from '../../../src/core/source/svg-safety.ts';
import { buildHandbook } from '../../../src/core/load.ts';
import { LIMITS } from '../../../src/core/source/limits.ts';
import { TODAY } from '../../helpers/handbook.ts';

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`;
const whats = (text: string) => unsafeSvgParts(text).map((p) => p.what);

describe('unsafeSvgParts', () => {
  it('finds scripts, event handlers, HTML inside, embedded documents and entity declarations', () => {
    expect(whats(svg('<script>alert(1)</script>'))).toEqual(['a <script> element']);
    expect(whats(svg('<SCRIPT xlink:href="#x"/>'))).toEqual(['a <script> element']);
    expect(whats(svg('', ' onload="alert(1)"'))).toEqual(['an event handler (onload=…), which runs code']);
    expect(whats(svg('<rect OnClick=alert(1) width="1"/>'))).toEqual(['an event handler (OnClick=…), which runs code']);
    expect(whats(svg('<foreignObject><iframe src="#x"></iframe></foreignObject>'))).toEqual(['a <foreignObject> element (HTML inside the drawing)', 'an embedded document (<iframe>, <embed> or <object>)']);
    expect(whats(`<!DOCTYPE svg [<!ENTITY x "y">]>${svg('')}`)).toHaveLength(1);
  });

  it('finds script addresses however they are written', () => {
    for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java&#115;cript:x', 'java&Tab;script:x', 'java&#x09;script:x', 'vbscript:x']) {
      expect(whats(svg(`<a href="${href}"><text>t</text></a>`)), href).toHaveLength(1);
    }
    expect(whats(svg('<animate attributeName="href" to="#a"/>'))).toEqual(['an animation that changes a link']);
    expect(whats(svg('<set attributeName="x" to="javascript:alert(1)"/>'))).toHaveLength(1);
  });

  it('finds references to other files and addresses, in attributes and styles', () => {
    expect(whats(svg('<image href="https://tracker.example/p.png"/>'))).toHaveLength(1);
    expect(whats(svg('<use xlink:href="other.svg#icon"/>'))).toHaveLength(1);
    expect(whats(svg('<rect style="fill: url(https://x.example/f.svg#p)"/>'))).toHaveLength(1);
    expect(whats(svg('<style>@import "https://x.example/s.css";</style>'))).toHaveLength(1);
    expect(whats(svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'))).toHaveLength(1);
  });

  it('accepts what drawings exported from a diagram tool hold: fragments of the drawing, embedded raster images, styles, titles', () => {
    expect(whats(svg('<defs><marker id="m"/></defs><title>t</title><style>.a{fill:#000}</style><line marker-end="url(#m)"/><use href="#m"/><image href="data:image/png;base64,iVBORw0KGgo="/>'))).toEqual([]);
    for (const file of ['content/guides/change-flow.svg', 'content/guides/change-flow.zh-CN.svg', 'public/brand/harbour-lane.svg']) {
      expect(whats(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')), file).toEqual([]);
    }
  });
});

describe('asset size', () => {
  it('refuses an image or attachment over the limit, with its size', () => {
    const bytes = LIMITS.assetBytes + 1;
    const { diagnostics, handbook } = buildHandbook('/h', [{ path: 'content/forms/scan.pdf', text: '', bytes }], { today: TODAY });
    expect(diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ['limit/asset-size', 'content/forms/scan.pdf', 'The file has 10,485,761 bytes (10.0 MB); an image or attachment may have at most 10.0 MB (10,485,760 bytes).'],
    ]);
    // Still known, so that links to it are not reported again.
    expect(handbook.assets.has('content/forms/scan.pdf')).toBe(true);
  });
});
