/**
 * `link/anchor-missing`: the `#anchor` of a link to an SOP or a handbook page, or to a place on the
 * linking page, must name a heading or id there: the body's own (as the build renders them,
 * `{#id}` ids included) or the page's around it (an SOP's steps and boxes). Built from the valid
 * fixture with links added, each reported at its own place, with "did you mean" only when one
 * anchor is close.
 */
import { describe, expect, it } from 'vitest';
import { pageAnchors, suggestAnchor } from '../../../src/core/rules/link-anchors.ts';
import { applyPatch, build, validFiles } from '../../helpers/fixture.ts';

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const PAGE = 'content/policies/quality-policy.md';

function place(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

/** The valid fixture with text added to files; the anchor diagnostics. */
function withText(added: Record<string, string>) {
  const files = validFiles();
  const patched: Record<string, string> = {};
  for (const [file, text] of Object.entries(added)) patched[file] = files.has(file) ? `${files.get(file)!}\n${text}\n` : text;
  const result = build(applyPatch(files, { files: patched }));
  return { files: patched, all: result.diagnostics, anchors: result.diagnostics.filter((d) => d.code === 'link/anchor-missing') };
}

describe('link/anchor-missing', () => {
  it('accepts headings, {#id} ids, HTML ids, steps and boxes of an SOP page, on the same page and on others', () => {
    const { anchors, all } = withText({
      [PAGE]: [
        '## Our promise {#promise}',
        '',
        '## What we measure',
        '',
        'See [the promise](#promise), [measures](#what-we-measure), [top](#top) and <a href="#old">old</a>.',
        '',
        '<a name="old"></a>',
      ].join('\n'),
      [SOP]: [
        'Read [the promise](../../policies/quality-policy.md#promise), [measures](/pages/policies/quality-policy/#what-we-measure),',
        '[scope](#scope), [step S2](#step-S2), [its lane](#swimlane-S2), [approvals](#sop-approval), [history](/sops/SOP-CS-001/#doc-history).',
      ].join('\n'),
    });
    expect(anchors).toEqual([]);
    expect(all.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports an anchor missing on the same page, on another page by its file and by its address, each at its place', () => {
    const { anchors, files } = withText({
      [PAGE]: ['## Our promise {#promise}', '', 'See [the promise](#promis) and [nothing](#no-such-heading).'].join('\n'),
      [SOP]: ['Read [the policy](../../policies/quality-policy.md#Promise) and [scope](/sops/SOP-CS-001/#scopes).', 'And [step 9](#step-S9).'].join('\n'),
    });
    const at = (file: string, needle: string) => [file, place(files[file]!, needle).line, place(files[file]!, needle).column, 'warning'];
    expect(anchors.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([
      at(PAGE, '[the promise]'),
      at(PAGE, '[nothing]'),
      at(SOP, '[the policy]'),
      at(SOP, '[scope]'),
      at(SOP, '[step 9]'),
    ]);
    const [promise, nothing, policy, scope, step] = anchors;
    expect(policy!.message).toBe('The link to "../../policies/quality-policy.md#Promise" leads to /pages/policies/quality-policy/, which has no anchor "#Promise": it opens at the top of the page.');
    expect(policy!.hint).toMatch(/^Did you mean "#promise"\? /);
    expect(scope!.hint).toMatch(/^Did you mean "#scope"\? /);
    expect(promise!.message).toBe('This page has no anchor "#promis": the link leads to the top of the page.');
    expect(promise!.hint).toMatch(/^Did you mean "#promise"\? /);
    expect(nothing!.hint).not.toContain('Did you mean');
    expect(step!.hint).not.toContain('Did you mean');
  });

  it('looks in the text the reader of the link sees: the translation in the linking body\'s language, or the one a /zh/ address asks for', () => {
    const translation = [
      '---',
      'translationOf: policies/quality-policy',
      'lang: zh-CN',
      'title: 质量方针',
      'updated: 2026-01-10',
      '---',
      '',
      '## 我们的承诺',
      '',
      '见[承诺](#我们的承诺)。',
      '',
    ].join('\n');
    const { anchors } = withText({
      [PAGE]: '## Our promise',
      'content/policies/quality-policy.zh-CN.md': translation,
      [SOP]: 'See [promise](/pages/policies/quality-policy/#our-promise) and [承诺](/zh/pages/policies/quality-policy/#我们的承诺), but not [this](/zh/pages/policies/quality-policy/#our-promise).',
    });
    expect(anchors.map((d) => d.message)).toEqual(['The link to "/zh/pages/policies/quality-policy/#our-promise" leads to /zh/pages/policies/quality-policy/, which has no anchor "#our-promise": it opens at the top of the page.']);
  });

  it('are not looked for on pages that are not made of a body, or when bodies are not compiled', () => {
    expect(withText({ [SOP]: '[CSAT](/kpis/KPI-CSAT/#chart) [units](/units/#x)' }).anchors).toEqual([]);
    const files = validFiles();
    const result = build(applyPatch(files, { files: { [SOP]: `${files.get(SOP)!}\n[x](#nowhere)\n` } }), { bodies: false });
    expect(result.diagnostics.filter((d) => d.code === 'link/anchor-missing')).toEqual([]);
  });
});

describe('the suggested anchor', () => {
  const anchors = pageAnchors(new Set(['before-you-start', 'scope', 'step-S2', 'step-S3', 'roles']));

  it('is the one anchor that is close', () => {
    expect(suggestAnchor('Before you start', anchors)).toBe('before-you-start');
    expect(suggestAnchor('step-s2', anchors)).toBe('step-S2');
    expect(suggestAnchor('rols', anchors)).toBe('roles');
    expect(suggestAnchor('scopes', anchors)).toBe('scope');
  });

  it('is none when two are as close or none is', () => {
    expect(suggestAnchor('step-S4', anchors)).toBeUndefined();
    expect(suggestAnchor('glossary', anchors)).toBeUndefined();
  });
});
