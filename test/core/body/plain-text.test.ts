/**
 * Titles written with Markdown, as wikis and sites for GitHub or Hugo write them, are read as text
 * once, where the title is read: in the schemas of SOPs, translations and pages, and a page's
 * first heading. Every page that shows a title (heading, <title>, navigation, lists, search,
 * breadcrumbs) then shows text.
 */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/core/body/plain-text.ts';
import { build, applyPatch, validFiles } from '../../helpers/fixture.ts';

describe('the text of a title', () => {
  it.each([
    ['**Policy** _v2_', 'Policy v2'],
    ['`npm run check` explained', 'npm run check explained'],
    ['See [the policy](../policy.md) first', 'See the policy first'],
    ['Logo ![Harbour Lane](/logo.svg) guide', 'Logo Harbour Lane guide'],
    ['~~Old~~ New <b>rules</b>', 'Old New rules'],
    ['snake_case_name and 2 * 3', 'snake_case_name and 2 * 3'],
    ['\\*Not emphasis\\*', '*Not emphasis*'],
    ['Q&A for agents', 'Q&A for agents'],
    ['# Not a heading', '# Not a heading'],
    ['- Not a list', '- Not a list'],
    ['1. Introduction', '1. Introduction'],
    ['> Not a quotation', '> Not a quotation'],
    ['投诉处理 **流程**', '投诉处理 流程'],
    ['Plain title', 'Plain title'],
    ['  Spaces around  ', 'Spaces around'],
  ])('%j is shown as %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});

describe('titles in the model', () => {
  it('are text for SOPs, pages (from the frontmatter or the first heading) and translations', () => {
    const files = validFiles();
    const sop = 'content/sops/customer-service/SOP-CS-001.mdx';
    const policy = 'content/policies/quality-policy.md';
    const { handbook } = build(
      applyPatch(files, {
        replace: [
          { file: sop, from: 'title: Complaint handling', to: 'title: "**Complaint** handling `v2`"' },
          { file: policy, from: 'title: Quality policy', to: 'title: "[Quality](https://example.com) _policy_"' },
        ],
        files: { 'content/guides/onboarding.md': '# Welcome to **Harbour Lane** {#welcome}\n\nText.\n' },
      }),
    );
    expect(handbook.sops.get('SOP-CS-001')!.title).toBe('Complaint handling v2');
    expect(handbook.pages.get('policies/quality-policy')!.title).toBe('Quality policy');
    expect(handbook.pages.get('guides/onboarding')!.title).toBe('Welcome to Harbour Lane');
  });
});
