/**
 * The text test that decides which `.mdx` bodies may be rendered when the content is synced
 * (src/core/body/mdx-syntax.ts): anything of MDX's own, or any sign of it, sends the body to
 * @astrojs/mdx. That the bodies it lets through render the same both ways is shown in
 * test/integration/plain-mdx.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mayUseMdxSyntax } from '../../../src/core/body/mdx-syntax.ts';

describe('whether an .mdx body may use MDX syntax', () => {
  it('is false for Markdown without JSX, HTML, expressions or statements', () => {
    for (const body of [
      '',
      '# Complaint handling\n\nLog **every** complaint within 24 hours.\n',
      '1. Greet the customer.\n2. Confirm the address: see [the policy](../policies/complaint-policy.md#scope).\n',
      '| step | limit |\n|---|---|\n| reply | 2 h |\n',
      '```yaml\nkey: value\n```\n',
      '    four spaces: a paragraph in MDX, parsed by the MDX parser either way\n',
      'Costs 5 € & more; a > b; "quotes" and \'apostrophes\'.\n',
      'We import goods and export them.\n',
      'importance is a word, not a statement\n',
    ]) {
      expect(mayUseMdxSyntax(body), body).toBe(false);
    }
  });

  it('is true for JSX, HTML, comments, autolinks, expressions and import/export lines', () => {
    for (const body of [
      '<Note>Text</Note>',
      'Text with <b>bold</b> HTML.',
      '<div>\nblock\n</div>',
      '<!-- a comment -->',
      'See <https://example.com>.',
      'Mail <help@example.com>.',
      'Wait <5 minutes.',
      'A value {1 + 1} here.',
      '{/* an MDX comment */}',
      'A lone } brace.',
      '## Scope {#scope}',
      "import X from './x.js'\n\n# Title",
      'export const meta = 1\n',
      'Text\n  export default 1\n',
      '`<code>` in inline code counts too',
      '```html\n<p>in a code block</p>\n```',
    ]) {
      expect(mayUseMdxSyntax(body), body).toBe(true);
    }
  });
});
