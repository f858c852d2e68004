/**
 * Heading ids written after a heading (`## Scope {#scope}`, as Hugo, Pandoc and kramdown write
 * them) and the anchors of a body: the check finds, while it compiles a body, the same heading ids
 * as the build's own processor gives its headings (Astro's github-slugger, in the same order),
 * plus `{#id}` ids, `id=` and `<a name>` in HTML, JSX ids in MDX and footnotes.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/core/body/compile.ts';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { handbookMarkdown } from '../../../src/integration/body-processor.ts';
import { renderMarkdown, renderMdx } from './markup-render.ts';

function compiled(file: string, body: string) {
  const bag = new DiagnosticBag();
  const result = checkBody({ file, body, bodyLine: 1 }, bag);
  return { anchors: result.anchors, codes: bag.items.map((d) => `${d.line}:${d.column} ${d.code}`) };
}

const HEADINGS = `# Complaint handling

## Before you start

## Scope {#scope-of-sop}

## Scope

## Scope

## What "urgent" means — and doesn't

### 适用范围

## Ship \`v2\` *now*

Text with a footnote.[^1]

[^1]: A note.
`;

describe('heading ids written after the heading', () => {
  it('give the heading that id and are not shown, in .md and .mdx', async () => {
    const html = await renderMarkdown('## Scope of this SOP {#scope}\n\n## Roles { #roles .wide }\n\nText {#not-a-heading}\n');
    expect(html).toContain('<h2 id="scope">Scope of this SOP</h2>');
    expect(html).toContain('<h2 id="roles" class="wide">Roles</h2>');
    expect(html).toContain('Text {#not-a-heading}');
    const code = await renderMdx('## Scope of this SOP {#scope}\n');
    expect(code).toMatch(/id: "scope",\s*children: "Scope of this SOP"/);
  });

  it('cannot carry an event handler into an .mdx page', async () => {
    expect(compiled('content/sops/a/SOP-CS-001.mdx', '## Scope {#scope onclick="alert(1)"}\n').codes).toEqual(['1:1 body/event-handler']);
    expect(await renderMdx('## Scope {#scope onclick="alert(1)"}\n')).not.toContain('onclick');
  });
});

describe('the anchors of a body', () => {
  it('are the ids the build gives the headings (same slugs, same numbering), in .md and .mdx', async () => {
    const renderer = await handbookMarkdown().createRenderer!({} as never);
    const built = (await renderer.render(HEADINGS, { frontmatter: {} } as never)).metadata.headings.map((h: { slug: string }) => h.slug);
    expect(built).toEqual(['complaint-handling', 'before-you-start', 'scope-of-sop', 'scope', 'scope-1', 'what-urgent-means--and-doesnt', '适用范围', 'ship-v2-now', 'footnote-label']);
    for (const file of ['content/pages/guide.md', 'content/sops/a/SOP-CS-001.mdx']) {
      const { anchors, codes } = compiled(file, HEADINGS);
      expect(codes).toEqual([]);
      for (const slug of built) expect(anchors).toContain(slug);
      expect(anchors).toContain('user-content-fn-1');
    }
  });

  it('include ids and names written in HTML, and JSX ids in MDX', () => {
    expect(compiled('content/pages/guide.md', '<a name="old-anchor"></a>\n\nText <span id="here">x</span>.\n').anchors).toEqual(new Set(['old-anchor', 'here']));
    expect(compiled('content/sops/a/SOP-CS-001.mdx', 'Text <span id="here">x</span>.\n\n<div id="box">\n\nY\n\n</div>\n').anchors).toEqual(new Set(['here', 'box']));
  });

  it('are unknown for a body that cannot be compiled', () => {
    expect(compiled('content/sops/a/SOP-CS-001.mdx', '## Scope\n\n<Note>\n').anchors).toBeUndefined();
  });
});
