/**
 * Hugo shortcodes and other template syntax (src/core/body/templates.ts): the documented set is
 * rendered as its Markdown equivalent (notices as callouts, details, figures, ref/relref as file
 * links, Jekyll's relative_url), every other tag is replaced by a visible "not shown here" mark and
 * listed for the check's warning, comments disappear, and nothing in code changes; in `.md` and
 * `.mdx`, through the build's own processor, with places mapped back to the author's text. No
 * argument of a tag reaches the page as HTML.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/core/body/compile.ts';
import { adaptTemplates } from '../../../src/core/body/templates.ts';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { fillBodyWords } from '../../../src/site/words/body-words.ts';
import { htmlToHast, type HastNode } from 'satteri';
import { renderMarkdown, renderMdx } from './markup-render.ts';

/** The elements and attributes of rendered HTML that would run: `<script>`, `on…=`, `javascript:` addresses. */
function runs(html: string): string[] {
  const out: string[] = [];
  const walk = (node: HastNode) => {
    if (node.type === 'element') {
      if (node.tagName === 'script') out.push('<script>');
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(name) || (typeof value === 'string' && /^\s*javascript:/i.test(value))) out.push(`${node.tagName} ${name}`);
      }
    }
    if ('children' in node) for (const child of node.children as HastNode[]) walk(child);
  };
  walk(htmlToHast(html, { fragment: true }) as HastNode);
  return out;
}

const HUGO = `Intro.

{{< notice warning "Take care" >}}
Never promise a **refund**.

- see [the policy]({{< ref "policies/refunds.md#scope" >}})
{{< /notice >}}
After the notice.

{{% details "More <b>info</b>" %}}
Hidden *text*.
{{% /details %}}

{{< figure src="/img/counter.png" caption="The counter {2026}" alt="A counter" >}}

Watch {{< youtube abc123 >}} and read {{ .Site.Title }} {{< gallery dir="x" />}}.

{{/* a template comment */}}
\`{{< inline code >}}\`

\`\`\`
{{< in a fence >}}
\`\`\`
`;

describe('the template syntax of a body', () => {
  it('renders notices as callouts, details, figures and ref links, and marks the rest, in .md', async () => {
    const html = fillBodyWords(await renderMarkdown(HUGO), 'en');
    expect(html).toContain('<div class="callout callout-warning" role="note"><p class="callout-label">Warning</p>\n<p><strong>Take care</strong></p>\n<p>Never promise a <strong>refund</strong>.</p>');
    expect(html).toContain('<a href="__sqms-link__:policies/refunds.md#scope">the policy</a>');
    expect(html).toMatch(/<\/div>\s*<p>After the notice\.<\/p>/);
    expect(html).toContain('<details>\n<summary>More &lt;b&gt;info&lt;/b&gt;</summary>\n<p>Hidden <em>text</em>.</p>\n</details>');
    // An image from the site's root is resolved by the page: a file next to the content (/files/…) or in public/ (content-links-plugin.ts).
    expect(html).toContain('<figure>\n<p><img src="__sqms-link__:/img/counter.png" alt="A counter"></p>\n<figcaption>The counter {2026}</figcaption>\n</figure>');
    expect(html).toContain('Watch <span class="unsupported-markup"><span>Not shown here:</span> <code>{{&lt; youtube &gt;}}</code></span> and read <span class="unsupported-markup"><span>Not shown here:</span> <code>{{ … }}</code></span>');
    expect(html).toContain('<code>{{&lt; inline code &gt;}}</code>');
    expect(html).toContain('{{&lt; in a fence &gt;}}');
    expect(html).not.toContain('template comment');
    expect(html).not.toMatch(/\{\{[<%] ?\/?(notice|details|figure|ref)/);
  });

  it('does the same in .mdx, which would otherwise read {{ as code', async () => {
    const code = await renderMdx(HUGO);
    expect(code).toMatch(/class: "callout callout-warning"/);
    expect(code).toContain('"__sqms-link__:policies/refunds.md#scope"');
    expect(code).toMatch(/_components\.details/);
    expect(code).toContain('"The counter {2026}"');
    expect(code).toContain('"{{< youtube >}}"');
    expect(code).toContain('"{{< inline code >}}"');
    expect(code).not.toContain('template comment');
  });

  it('lists the tags it does not render, once each where they stand, and the check compiles the body cleanly', () => {
    for (const file of ['content/pages/guide.md', 'content/sops/a/SOP-CS-001.mdx']) {
      const bag = new DiagnosticBag();
      const body = checkBody({ file, body: HUGO, bodyLine: 10 }, bag);
      expect(bag.items).toEqual([]);
      expect(body.unsupported).toEqual([
        { syntax: '{{< youtube >}}', family: 'shortcode', line: 25, column: 7 },
        { syntax: '{{ … }}', family: 'value', line: 25, column: 39 },
        { syntax: '{{< gallery >}}', family: 'shortcode', line: 25, column: 57 },
      ]);
    }
  });

  it('reads the kind of a notice from its name or first argument, as themes write them', () => {
    const kind = (open: string) => /\[!([A-Z]+)\]/.exec(adaptTemplates(`${open}\nText\n{{< /${/\{\{[<%] (\w+)/.exec(open)![1]} >}}\n`, 'md').text)?.[1];
    expect(kind('{{< notice tip >}}')).toBe('TIP');
    expect(kind('{{< hint danger >}}')).toBe('CAUTION');
    expect(kind('{{< hint type=warning >}}')).toBe('WARNING');
    expect(kind('{{< alert >}}')).toBe('NOTE');
    expect(kind('{{< important >}}')).toBe('IMPORTANT');
    expect(kind('{{< notice info >}}')).toBe('NOTE');
  });

  it('marks a notice whose tags are not alone on their lines, and keeps its text', () => {
    const r = adaptTemplates('Say {{< notice warning >}}careful{{< /notice >}} now.\n', 'md');
    expect(r.text).toContain('careful');
    expect(r.unsupported.map((t) => t.syntax)).toEqual(['{{< notice >}}']);
  });

  it('nests notices and indents them in lists', () => {
    const r = adaptTemplates('- item\n\n  {{< notice >}}\n  Outer\n  {{< tip >}}\n  Inner\n  {{< /tip >}}\n  {{< /notice >}}\n', 'md');
    expect(r.text).toBe('- item\n\n  > [!NOTE]\n  > Outer\n  > > [!TIP]\n  > > Inner\n  > \n  \n');
  });

  it('maps places in the prepared text back to the author\'s', () => {
    const source = 'A {{< youtube x >}} b\n\n{{< notice >}}\nText [x](/y/)\n{{< /notice >}}\n';
    const r = adaptTemplates(source, 'md');
    const line = r.text.split('\n').findIndex((l) => l.includes('[x]'));
    const column = r.text.split('\n')[line]!.indexOf('[x]');
    expect(r.originalPoint(line + 1, column + 1)).toEqual({ line: 4, column: 6 });
  });

  it('turns Jekyll addresses into site addresses, and drops comments and raw markers', () => {
    const r = adaptTemplates('[a]({{ "/assets/x.pdf" | relative_url }}) [b]({{ site.baseurl }}/pages/x/) {# c #}{% comment %}gone{% endcomment %}{% raw %}{{ kept }}{% endraw %} {{</* notice */>}}\n', 'md');
    expect(r.text).toBe('[a](/assets/x.pdf) [b](/pages/x/) {{ kept }} &#123;&#123;&#60; notice &#62;&#125;&#125;\n');
    expect(r.unsupported).toEqual([]);
    expect(adaptTemplates('{% raw %}{{ kept }}{% endraw %}\n', 'mdx').text).toBe('\\{\\{ kept \\}\\}\n');
  });

  it('lets nothing in a tag\'s arguments run', async () => {
    const body = '{{< details "<script>alert(1)</script>" >}}\nx\n{{< /details >}}\n\n{{< figure src="javascript:alert(1)" caption="<img src=x onerror=alert(1)>" >}}\n\n[x]({{< ref "javascript:alert(1)" >}})\n';
    expect(runs(await renderMarkdown(body))).toEqual([]);
    const bag = new DiagnosticBag();
    checkBody({ file: 'content/pages/guide.md', body, bodyLine: 1 }, bag);
    expect(bag.items.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['5:1 body/url', '7:1 body/url']);
    const code = await renderMdx(body);
    expect(code).not.toMatch(/_jsx\("script"|onerror: |"javascript:/i);
    expect(code).toContain('children: "<script>alert(1)<\\/script>"');
  });
});
