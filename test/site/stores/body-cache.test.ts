import { describe, expect, it } from 'vitest';
import { pendingBodies, renderOnce } from '../../../src/site/stores/body-cache.ts';
import { fillLocale, hrefTemplate } from '../../../src/site/routes/content-links.ts';

describe('bodies shared by the pages of both languages', () => {
  it('are rendered once for the given number of pages, then forgotten', async () => {
    let renders = 0;
    const render = async () => `<p>body ${++renders}</p>`;
    expect(await renderOnce('a.mdx', 2, render)).toBe('<p>body 1</p>');
    expect(pendingBodies()).toBe(1);
    expect(await renderOnce('a.mdx', 2, render)).toBe('<p>body 1</p>');
    expect(pendingBodies()).toBe(0);
    // A third page would render again: nothing is kept longer than announced.
    expect(await renderOnce('a.mdx', 2, render)).toBe('<p>body 2</p>');
    await renderOnce('a.mdx', 2, render);
    expect(renders).toBe(2);
  });

  it('are not kept when only one page shows them', async () => {
    let renders = 0;
    await renderOnce('b.mdx', 1, async () => `${++renders}`);
    await renderOnce('b.mdx', 1, async () => `${++renders}`);
    expect(renders).toBe(2);
    expect(pendingBodies()).toBe(0);
  });

  it('get the language segment of each page in their links', () => {
    const html = `<a href="${hrefTemplate('/sops/SOP-CS-002/', '/')}">next</a> <a href="${hrefTemplate('/exports/measurements.csv', '/')}">csv</a>`;
    expect(fillLocale(html, 'en')).toBe('<a href="/sops/SOP-CS-002/">next</a> <a href="/exports/measurements.csv">csv</a>');
    expect(fillLocale(html, 'zh-CN')).toBe('<a href="/zh/sops/SOP-CS-002/">next</a> <a href="/exports/measurements.csv">csv</a>');
  });
});
