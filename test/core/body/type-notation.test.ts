/**
 * Type and API notation in a Markdown page (`{Array<Dispatcher>}`, `Promise<Buffer>`) is shown as
 * written, in the check and the build alike, instead of being read as an unknown HTML element that
 * the check refuses and a browser hides; elements a body may not use are still refused.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/core/body/compile.ts';
import { prepareBody } from '../../../src/core/body/prepare.ts';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { renderMarkdown } from './markup-render.ts';

const BODY = '* `targets` {Array<Dispatcher>} The dispatchers involved.\n* Returns: Promise<Buffer> or <T>.\n\nInline `Array<Dispatcher>` code stays.\n';

const check = (body: string, file = 'content/api/agent.md') => {
  const bag = new DiagnosticBag();
  checkBody({ file, body, bodyLine: 1 }, bag);
  return bag.items.map((d) => `${d.code} ${d.line}:${d.column}`);
};

describe('type notation in a Markdown body', () => {
  it('passes the check, which refused each tag as an element before', () => {
    expect(check(BODY)).toEqual([]);
  });

  it('is shown as written by the build', async () => {
    const html = await renderMarkdown(prepareBody(BODY, 'md').text);
    expect(html).toContain('{Array&lt;Dispatcher&gt;} The dispatchers involved.');
    expect(html).toContain('Returns: Promise&lt;Buffer&gt; or &lt;T&gt;.');
    expect(html).toContain('<code>Array&lt;Dispatcher&gt;</code>');
    expect(html).not.toMatch(/<dispatcher|<buffer|<t>/i);
  });

  it('leaves HTML elements to the body check, which still refuses those a body may not use', () => {
    expect(check('Text <button>Go</button> and <my-widget></my-widget>.\n')).toEqual(['body/element 1:6', 'body/element 1:30']);
    expect(prepareBody('A <b>bold</b> <Kbd>x</Kbd>.\n', 'md').text).toBe('A <b>bold</b> <Kbd>x</Kbd>.\n');
  });

  it('does not touch MDX, where <Name> is a component', () => {
    expect(prepareBody('{/* c */} Array<Dispatcher>\n', 'mdx').text).not.toContain('\\<');
  });

  it('keeps the places of later findings where the author wrote them', () => {
    expect(check('Array<Dispatcher> then <script>x</script>\n')).toEqual(['body/element 1:24']);
  });
});
