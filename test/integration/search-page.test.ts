/**
 * The part of a page handed to Pagefind (src/integration/search-page.ts): the page's start without
 * styles and the layout's main element; the whole page whenever the cut is not safe. That the cut
 * leaves the index unchanged is shown on the sample's pages in test/build/search-page.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { searchedPart } from '../../src/integration/search-page.ts';

const page = (options: { header?: string; main?: string; footer?: string; head?: string } = {}) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SOP-CS-001 Complaint handling · Handbook</title>` +
  `<link rel="stylesheet" href="/_astro/Base.css"><style>.risk-level{white-space:nowrap}</style>${options.head ?? ''}</head>` +
  `<body><a class="skip-link" href="#main">Skip</a><header class="site-header"><nav><a href="/sops/">SOPs</a></nav>${options.header ?? ''}</header>` +
  `<main id="main" class="site-main" tabindex="-1">${options.main ?? '<article data-pagefind-body><h1>Complaint handling</h1><p>Every complaint is logged.</p></article>'}</main>` +
  `<footer class="site-footer"><p>Built on 2026-11-22</p>${options.footer ?? ''}</footer></body></html>`;

describe('the part of a page Pagefind reads', () => {
  it('keeps the page start without styles and the main element, without the header and footer', () => {
    expect(searchedPart(page())).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SOP-CS-001 Complaint handling · Handbook</title>' +
        '<link rel="stylesheet" href="/_astro/Base.css"></head><body>' +
        '<main id="main" class="site-main" tabindex="-1"><article data-pagefind-body><h1>Complaint handling</h1><p>Every complaint is logged.</p></article></main>' +
        '</body></html>',
    );
  });

  it('keeps a main element inside the content whole, up to the layout’s last </main>', () => {
    const main = '<article data-pagefind-body><main><p>raw</p></main><p>after</p></article>';
    expect(searchedPart(page({ main }))).toContain(`<main id="main" class="site-main" tabindex="-1">${main}</main></body></html>`);
  });

  it('hands the whole page over when Pagefind would read something outside the main element', () => {
    for (const options of [
      { header: '<span data-pagefind-filter="unit:Head office"></span>' },
      { footer: '<span data-pagefind-meta="built:2026-11-22"></span>' },
      { head: '<meta data-pagefind-meta="image[content]" content="/logo.svg">' },
    ]) {
      const html = page(options);
      expect(searchedPart(html)).toBe(html);
    }
  });

  it('hands the whole page over when it is not the layout’s', () => {
    const bare = '<html><body><article data-pagefind-body><p>Text</p></article></body></html>';
    expect(searchedPart(bare)).toBe(bare);
    const noBody = '<main id="main"><article data-pagefind-body></article></main>';
    expect(searchedPart(noBody)).toBe(noBody);
  });
});
