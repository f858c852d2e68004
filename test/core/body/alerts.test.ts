/**
 * GitHub alerts (`> [!NOTE]`) become callouts with a label the page fills in, in `.md` and `.mdx`
 * bodies alike, through the build's own processor; other blockquotes stay quotations.
 */
import { describe, expect, it } from 'vitest';
import { alertMarker } from '../../../src/core/body/alerts.ts';
import { renderArchivedBody } from '../../../src/site/stores/archive.ts';
import { renderMarkdown, renderMdx } from './markup-render.ts';

describe('the alert marker', () => {
  it.each([
    ['[!NOTE]\nText', 'note', 'Text'],
    ['[!note]', 'note', ''],
    ['[!Tip]  \nText', 'tip', 'Text'],
    ['[!IMPORTANT]\r\nText', 'important', 'Text'],
    ['[!WARNING]\n', 'warning', ''],
    ['[!caution]\nA\nB', 'caution', 'A\nB'],
  ])('%j is a %s alert', (text, type, rest) => {
    expect(alertMarker(text)).toEqual({ type, rest });
  });

  it.each(['[!NOTE] Text on the same line', 'See [!NOTE]', '[!DANGER]\nText', '[NOTE]\nText', ' [!NOTE]\nText', '[! NOTE]\nText'])('%j is no alert', (text) => {
    expect(alertMarker(text)).toBeUndefined();
  });
});

const BODY = `Before.

> [!NOTE]
> Complaints are *logged* first. See [the policy](/pages/policies/complaint-handling/).

> [!warning]
>
> Never promise a refund.
>
> - not on the phone

> [!TIP] Call back within the hour.

> Quoted: "the customer is right".

> [!NOTE]
`;

describe('callouts in the build', () => {
  it('turns alerts into labelled callouts in .md bodies, and leaves other quotations alone', async () => {
    const html = await renderMarkdown(BODY);
    expect(html).toContain('<div class="callout callout-note" role="note"><p class="callout-label" data-sqms-word="callout.note"></p>');
    expect(html).toContain('<p>Complaints are <em>logged</em> first. See <a href="__sqms-link__:/pages/policies/complaint-handling/">the policy</a>.</p>');
    expect(html).toContain('<div class="callout callout-warning" role="note"><p class="callout-label" data-sqms-word="callout.warning"></p>');
    expect(html).toContain('<li>not on the phone</li>');
    expect(html).not.toContain('[!NOTE]\n');
    expect(html).not.toContain('[!warning]');
    expect(html.match(/<blockquote>/g)).toHaveLength(3);
    expect(html).toContain('<p>[!TIP] Call back within the hour.</p>');
    expect(html).toContain('<p>[!NOTE]</p>');
  });

  it('does the same in .mdx bodies', async () => {
    const code = await renderMdx(BODY);
    expect(code).toMatch(/class: "callout callout-note",\s*role: "note"/);
    expect(code).toMatch(/"data-sqms-word": "callout.note"/);
    expect(code).toMatch(/"data-sqms-word": "callout.warning"/);
    expect(code).toContain('"[!TIP] Call back within the hour."');
  });

  it('does the same in versions rendered from Git history, with the words of the reader', () => {
    expect(renderArchivedBody(BODY, 'en')).toContain('<p class="callout-label">Note</p>');
    expect(renderArchivedBody(BODY, 'zh-CN')).toContain('<p class="callout-label">说明</p>');
  });

  it('leaves alert markers in code as they are', async () => {
    const html = await renderMarkdown('```\n> [!NOTE]\n> x\n```\n\n`> [!NOTE]`\n');
    expect(html).not.toContain('callout');
  });
});
