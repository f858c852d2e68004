/**
 * Links inside content (`link/broken`): built in memory from the valid fixture with links added
 * to an SOP and a page, each broken link reported at its own file, line and column.
 */
import { describe, expect, it } from 'vitest';
import { findLinks, isCheckable, resolveLink } from '../../../src/core/rules/links.ts';
import { isSitePath, sitePaths } from '../../../src/core/site-paths.ts';
import { buildPatched, validFiles, build } from '../../helpers/fixture.ts';

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const PAGE = 'content/policies/quality-policy.md';

/** 1-based line and column of `needle` in the patched file. */
function place(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not found`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

function withText(file: string, text: string) {
  const files = validFiles();
  const full = `${files.get(file)!}\n${text}\n`;
  const result = buildPatched({ files: { [file]: full } });
  return { full, diagnostics: result.diagnostics.filter((d) => d.code === 'link/broken'), all: result.diagnostics };
}

describe('link/broken', () => {
  it('accepts links to every kind of generated page, external links and anchors', () => {
    const { all } = withText(
      SOP,
      [
        'See [the next SOP](/sops/SOP-CS-002/), [relative](../SOP-CS-002), [a step](#step-S1), [up](../SOP-DL-001/#step-S2).',
        'Standards: [STD](/standards/STD-RESP-001/) and KPIs [CSAT](/kpis/KPI-CSAT/), [units](/units/), [policy](/pages/policies/quality-policy/).',
        '[scorecards](/scorecards/) [actions](/actions/) [reviews](/reviews/) [trace](/traceability/) [search](/search/) [csv](/exports/measurements.csv)',
        '[old version](/sops/SOP-CS-001/v/1.0/) [web](https://example.com/x) [mail](mailto:a@b.c) [home](/)',
        '<a href="/sops/SOP-CS-002/">html link</a> ![logo](https://example.com/logo.png)',
        '`[code](/nowhere/)`',
        '```',
        '[in a code block](/nowhere/)',
        '```',
      ].join('\n'),
    );
    expect(all.filter((d) => d.code === 'link/broken')).toEqual([]);
  });

  it('reports a broken site-absolute link at its file, line and column, with a suggestion', () => {
    const { full, diagnostics } = withText(SOP, 'Escalate per [the escalation SOP](/sops/SOP-CS-02/) at once.');
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d).toMatchObject({ file: SOP, severity: 'error', ...place(full, '[the escalation SOP]') });
    expect(d.message).toContain('/sops/SOP-CS-02/');
    expect(d.hint).toContain('Did you mean "/sops/SOP-CS-002/"?');
  });

  it('resolves relative links written as SOP ids against the SOP page', () => {
    const { full, diagnostics } = withText(SOP, 'Next: [delivery](../SOP-DL-002) or [ok](../SOP-DL-001).');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: SOP, ...place(full, '[delivery]') });
    expect(diagnostics[0]!.message).toContain('/sops/SOP-DL-002');
    expect(diagnostics[0]!.hint).toContain('/sops/SOP-DL-001/');
  });

  it('checks page bodies, HTML links, images and reference definitions', () => {
    const { full, diagnostics } = withText(
      PAGE,
      ['<a href="/kpis/KPI-NOPE/">x</a>', '![chart](/images/missing.png)', '[ref]: /standards/STD-XYZ-999/'].join('\n'),
    );
    expect(diagnostics.map((d) => [d.file, d.line, d.column])).toEqual([
      [PAGE, place(full, '<a href').line, 1],
      [PAGE, place(full, '![chart]').line, 1],
      [PAGE, place(full, '[ref]:').line, 1],
    ]);
    for (const d of diagnostics) expect(d.hint.length).toBeGreaterThan(10);
  });

  it('fails the run: broken links are errors', () => {
    const { all } = withText(PAGE, '[gone](/pages/policies/gone/)');
    expect(all.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['link/broken']);
  });
});

describe('link helpers', () => {
  it('finds links with 0-based line and column', () => {
    expect(findLinks('a [x](/a/ "title") b\n  <a class="c" href=\'/b/\'>')).toEqual([
      { target: '/a/', line: 0, column: 2 },
      { target: '/b/', line: 1, column: 2 },
    ]);
  });

  it('leaves external links and anchors alone and resolves relative ones', () => {
    expect(['http://x', 'https://x', 'mailto:a', 'tel:1', '//cdn/x', '#top', ''].some(isCheckable)).toBe(false);
    expect(isCheckable('../SOP-CS-002')).toBe(true);
    expect(resolveLink('../SOP-CS-002', '/sops/SOP-CS-001/')).toBe('/sops/SOP-CS-002');
    expect(resolveLink('other/', '/pages/policies/quality-policy/')).toBe('/pages/policies/quality-policy/other/');
    expect(resolveLink('/kpis/KPI-CSAT/?x=1#y', '/sops/A/')).toBe('/kpis/KPI-CSAT/');
  });

  it('knows the generated paths of a handbook', () => {
    const { handbook } = build(validFiles());
    const paths = sitePaths(handbook);
    expect(isSitePath('/sops/SOP-CS-001', paths)).toBe(true);
    expect(isSitePath('/sops/SOP-CS-001/v/2.0/', paths)).toBe(true);
    expect(isSitePath('/sops/SOP-XX-001/v/2.0/', paths)).toBe(false);
    expect(isSitePath('/pages/policies/quality-policy/', paths)).toBe(true);
  });
});

describe('findLinks reads Markdown as CommonMark does', () => {
  const targets = (text: string) => findLinks(text).map((l) => [l.target, l.line, l.column]);

  it('does not read a footnote definition as a link', () => {
    expect(targets('Text[^1].\n\n[^1]: This is a note, see [the SOP](/sops/A/).\n[ref]: /pages/x/')).toEqual([
      ['/sops/A/', 2, 26],
      ['/pages/x/', 3, 0],
    ]);
  });

  it('does not let a fence line with a language tag close a code block', () => {
    const text = ['```', '[not a link](/a/)', '```js', '[still code](/b/)', '```', '[a link](/c/)'].join('\n');
    expect(targets(text)).toEqual([['/c/', 5, 0]]);
  });

  it('closes a fence only with the same character, at least as long', () => {
    const text = ['````', '```', '[code](/a/)', '~~~~', '````', '[link](/b/)', '~~~', '[code](/c/)', '```', '~~~', '[link](/d/)'].join('\n');
    expect(targets(text)).toEqual([
      ['/b/', 5, 0],
      ['/d/', 10, 0],
    ]);
  });

  it('ends an unclosed fence inside a list item with the item, so the rest of the file is read', () => {
    const text = ['- Step one:', '  ```', '  echo [x](/code/)', '- Step two, see [SOP](/sops/B/).', '', 'And [more](/pages/c/).'].join('\n');
    expect(targets(text)).toEqual([
      ['/sops/B/', 3, 16],
      ['/pages/c/', 5, 4],
    ]);
  });

  it('finds a link whose text wraps onto the next line, at the line and column where it starts', () => {
    expect(targets('Read the [complaint\nhandling procedure](/sops/SOP-CS-001/) first.\n\nThen <a\n  href="/kpis/">KPIs</a>.')).toEqual([
      ['/sops/SOP-CS-001/', 0, 9],
      ['/kpis/', 3, 5],
    ]);
  });

  it('skips indented code, but not a list item\'s paragraph indented to its content', () => {
    const text = ['Text.', '', '    [code](/a/)', '', '- Item', '', '    [paragraph of the item](/b/)', '', '      [code in the item](/c/)', '', 'Lazy', '    [continuation](/d/)', '', '\t[tab code](/e/)'].join('\n');
    expect(targets(text)).toEqual([
      ['/b/', 6, 4],
      ['/d/', 11, 4],
    ]);
  });

  it('keeps a backtick run with a backtick in its info string as inline code, not a fence', () => {
    expect(targets('``` a ` b ``` and [x](/x/)')).toEqual([['/x/', 0, 18]]);
  });
});

describe('links to content files, as a wiki or GitHub handbook writes them', () => {
  it('accepts relative and content-absolute links to Markdown files and folders, and reports a missing file', () => {
    const files = validFiles();
    files.set('content/team/index.md', '# Team\n\nSee [the policy](../policies/quality-policy.md#scope) and [onboarding](./onboarding) and [up](../policies/quality-policy.md).\n');
    files.set('content/team/onboarding.md', '# Onboarding\n\n[Team](./) · [Team again](../team/) · [Policy](/policies/quality-policy.md) · [Gone](../policies/old-policy.md) · [SOP](../sops/customer-service/SOP-CS-001.mdx)\n');
    const result = buildPatched({ files: Object.fromEntries(files) });
    const broken = result.diagnostics.filter((d) => d.code === 'link/broken');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ file: 'content/team/onboarding.md', line: 3, column: 79 });
    expect(broken[0]!.message).toBe('The link to "../policies/old-policy.md" leads to the file content/policies/old-policy.md, which is not a page of the handbook.');
  });
});
