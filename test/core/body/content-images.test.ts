/**
 * Images next to the content in the build's Markdown processor (issue 19): Astro's image pipeline
 * never sees a relative image (it would import it as a module, fail the build on a file it cannot
 * decode and publish it under /_astro/); the address is marked for the page to resolve to /files/…
 * as the link check does. Absolute images stay Astro's business only when they are remote.
 */
import { describe, expect, it } from 'vitest';
import { handbookMarkdown } from '../../../src/integration/body-processor.ts';

describe('images next to the content, in the build', () => {
  it('keeps relative images out of Astro\'s image pipeline and marks them, in .md', async () => {
    const renderer = await handbookMarkdown().createRenderer!({} as never);
    const result = await renderer.render('![chart](./org-chart.png) ![form](forms/scan.jpg) ![logo](/brand/logo.svg) ![ref][r]\n\n[r]: ../x.webp\n', {} as never);
    expect(result.metadata.localImagePaths).toEqual([]);
    expect(result.code).toContain('src="__sqms-link__:./org-chart.png"');
    expect(result.code).toContain('src="__sqms-link__:forms/scan.jpg"');
    // From the site's root: a file next to the content or in public/, decided by the page.
    expect(result.code).toContain('src="__sqms-link__:/brand/logo.svg"');
    expect(result.code).toContain('src="__sqms-link__:../x.webp"');
  });
});
