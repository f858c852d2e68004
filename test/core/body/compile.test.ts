/**
 * Bodies of SOPs and pages: the addresses, elements and attributes that run code are recognised
 * however they are disguised; wiki markup that MDX rejects (comments, `<br>`, autolinks) is
 * adapted without moving the places of errors; the bodies a process owner writes every day pass
 * the check; and the build's Markdown processor and the archive's renderer remove what runs.
 * The broken bodies and their exact diagnostics are in test/fixtures/broken/bodies.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/core/body/compile.ts';
import { runningScheme } from '../../../src/core/body/safety.ts';
import { adaptWikiMarkup } from '../../../src/core/body/wiki-markup.ts';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { handbookMarkdown } from '../../../src/integration/body-processor.ts';
import { renderArchivedBody } from '../../../src/site/stores/archive.ts';

function check(file: string, body: string) {
  const bag = new DiagnosticBag();
  checkBody({ file, body, bodyLine: 1 }, bag);
  return bag.items.map((d) => `${d.line}:${d.column} ${d.code}`);
}

describe('addresses that run code', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    '\u0001\u0008javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    ' DATA:image/svg+xml,<svg onload=alert(1)>',
  ])('%j is refused', (address) => {
    expect(runningScheme(address)).toBeDefined();
  });

  it.each(['https://example.com/javascript:x', 'mailto:help@example.com', 'tel:+86-21-5555', '/sops/SOP-CS-001/', '../SOP-CS-002/', '#javascript:', 'javascript-guide.html', '/data:x', 'datax:y'])(
    '%j is allowed',
    (address) => {
      expect(runningScheme(address)).toBeUndefined();
    },
  );
});

describe('wiki markup in MDX', () => {
  it('turns comments, <br> and autolinks into MDX, leaving code alone', () => {
    const { text } = adaptWikiMarkup('a <!-- note */ x --> b<br>c<BR >d\n\n<https://example.com/a_(b)> <help@example.com>\n\n`<br>` and\n\n```\n<!-- code -->\n```\n');
    expect(text).toBe(
      'a {/* note * / x */} b<br />c<br />d\n\n[https\\://example\\.com/a\\_\\(b\\)](https://example.com/a_%28b%29) [help@example\\.com](mailto:help@example.com)\n\n`<br>` and\n\n```\n<!-- code -->\n```\n'.replace(
        'https\\://',
        'https://',
      ),
    );
  });

  it('maps the places in the adapted text back to the author\'s', () => {
    const source = 'x\nSee <https://example.com/guide> <!-- c --> then {oops\n';
    const adapted = adaptWikiMarkup(source);
    const brace = adapted.text.split('\n')[1]!.indexOf('{oops') + 1;
    expect(adapted.originalPoint(2, brace)).toEqual({ line: 2, column: source.split('\n')[1]!.indexOf('{oops') + 1 });
    expect(adapted.originalPoint(1, 1)).toEqual({ line: 1, column: 1 });
  });

  it('leaves a text without wiki markup as it is', () => {
    const body = '# Title\n\n<Note>x</Note>\n';
    expect(adaptWikiMarkup(body).text).toBe(body);
  });
});

describe('bodies a process owner writes', () => {
  const everyday = [
    '# Purpose',
    '',
    'Complaints are answered **quickly** and _consistently_; see [the policy](/pages/policies/quality-policy/) or <https://example.com/guide>.',
    '',
    '<!-- Reviewed by the quality team in March. -->',
    '',
    'First line<br>second line<br/>third line.',
    '',
    '- [ ] call back',
    '- [x] log the call',
    '',
    '| step | time |',
    '|---|---|',
    '| answer | \\<5 minutes |',
    '',
    'Braces as text: \\{name\\}; a comment: {/* hidden */}. Mail <help@example.com>.',
    '',
    '```html',
    '<script>alert("an example, not run")</script> {x}',
    '```',
    '',
    'Inline `<iframe>` and `{code}` are text. A footnote.[^1]',
    '',
    '<details>',
    '<summary>More</summary>',
    '',
    'Hidden text with <kbd>Ctrl</kbd>+<kbd>C</kbd> and H<sub>2</sub>O.',
    '',
    '</details>',
    '',
    '<img src="https://example.com/logo.png" alt="logo" />',
    '',
    '[^1]: The note.',
    '',
  ].join('\n');

  it('an everyday MDX body passes', () => {
    expect(check('content/sops/a/SOP-CS-001.mdx', everyday)).toEqual([]);
  });

  it('the same in Markdown passes', () => {
    expect(check('content/guides/x.md', everyday.replace('{/* hidden */}', ''))).toEqual([]);
  });

  it('an extension in capitals is compiled as what it is', () => {
    expect(check('content/sops/a/SOP-CS-001.MDX', 'Hello {oops\n')).toEqual(['1:7 body/syntax']);
    expect(check('content/guides/x.MD', 'Hello {oops\n')).toEqual([]);
  });
});

describe('the check and the build agree', () => {
  // Odd and broken bodies: each is either refused by the check or compiled by the build.
  const bodies = [
    '# Title {#id}\n', 'x {1 +}\n', '<Foo.bar />\n', '<></>\n', '<>text</>\n', '<a href="x" {...p}>y</a>\n', '<div className="x">y</div>\n',
    '<video src="x.mp4"></video>\n', 'a &nbsp; b &copy;\n', '<!-- unclosed comment\n', '<!-- a --> <!-- b -->\n', '<br>\n', '<BR>\n', '<hr>\n',
    '<https://x.com>\n', '<javascript:alert(1)>\n', 'x <https://x.com/a{b}> y\n', '<img src="/x.png" alt="">\n', '<img src="/x.png" alt="" />\n',
    '<p>unclosed\n', '</div>\n', 'text </p>\n', '<div>\n\n*md*\n\n</div>\n', '{/* c */}\n', '{// line\n}\n', '{}\n', 'import\n', 'export\n',
    'import x\n', '> quote <https://x.com>\n', '- item <br> more\n', '| a | b |\n|---|---|\n| <br> | x |\n', '```\n<!--\n```\n', '`<!--`\n',
    '<!--\n\n-->\n', 'a <!-- b\n\nc --> d\n', 'x <5\n', 'x < 5\n', 'a <= b\n', '\\<x>\n', '<x-y>z</x-y>\n', '<svg><circle /></svg>\n',
    '[x]: javascript:alert(1)\n\n[y][x]\n', '<div style={{color: "red"}}>x</div>\n', '<a href="x">{"t"}</a>\n', '<b>a\n', '$x$\n', '[^1]\n\n[^1]: n\n',
  ];

  it('no MDX body the check accepts fails in the build\'s compiler', async () => {
    const renderer = await handbookMarkdown().createMdxRenderer!({}, { optimize: false, srcDir: new URL('file:///src/'), sourcemap: false } as never);
    const disagreements: string[] = [];
    let accepted = 0;
    let refusedByBuild = 0;
    for (const body of bodies) {
      const ok = check('content/sops/a/SOP-CS-001.mdx', body).length === 0;
      let built = true;
      try {
        await renderer.process(body, '/handbook/content/sops/a/SOP-CS-001.mdx', {});
      } catch {
        built = false;
      }
      if (ok) accepted++;
      if (!built) refusedByBuild++;
      if (ok && !built) disagreements.push(body);
    }
    expect(disagreements).toEqual([]);
    // Both kinds are present, so the comparison means something.
    expect(accepted).toBeGreaterThan(15);
    expect(refusedByBuild).toBeGreaterThan(8);
  });
});

describe('the build removes what runs', () => {
  const unsafeMdx = [
    'import Note from "./Note.astro";',
    'export const token = process.env.HOME;',
    '',
    '{token}',
    '',
    '<script>window.pwned = 1</script>',
    '',
    '<iframe src="https://evil.example/"></iframe>',
    '',
    '[call](javascript:alert(1)) ![x](data:image/svg+xml;base64,PHN2Zz4=) <a href=" JaVa&#x53;cript:alert(2)" onClick="alert(3)">y</a> <a href={"javascript:alert(4)"}>z</a> <Note />',
    '',
  ].join('\n');
  const unsafeMarkdown = [
    '<script>window.pwned = 1</script>',
    '',
    '<div>',
    '<a href="java&#115;cript:alert(1)" onclick="alert(2)">x</a>',
    '</div>',
    '',
    'Text <img src="https://example.com/a.png" onerror="alert(3)"> <VBSCRIPT:msgbox> [a](javascript:alert(4)) <style>body{display:none}</style> <object data="x"></object>',
    '',
  ].join('\n');
  /** In generated JavaScript: any trace of the unsafe parts. */
  const RUNS = /pwned|javascript|vbscript|data:|onclick|onerror|<script|<iframe|<style|<object|process\.env|token|Note/i;
  /** In HTML: an element, handler or address that runs (text that merely names them is inert). */
  const RUNS_IN_HTML = /<(script|iframe|style|object|embed)\b|\son[a-z]+\s*=|\s(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i;

  it('from MDX', async () => {
    const renderer = await handbookMarkdown().createMdxRenderer!({}, { optimize: false, srcDir: new URL('file:///src/'), sourcemap: false } as never);
    const { code } = await renderer.process(unsafeMdx, '/handbook/content/sops/x/SOP-CS-001.mdx', {});
    const generated = code.replace(/export const frontmatter[\s\S]*$/, '');
    expect(generated).not.toMatch(RUNS);
    expect(generated).toContain('"call"');
  });

  it('from Markdown', async () => {
    const renderer = await handbookMarkdown().createRenderer({});
    const { code } = await renderer.render(unsafeMarkdown, {});
    expect(code).not.toMatch(RUNS_IN_HTML);
    expect(code).not.toContain('pwned');
    expect(code).toContain('<a>x</a>');
  });

  it('from old versions rendered from Git history', () => {
    const html = renderArchivedBody(`${unsafeMdx}\n${unsafeMarkdown}`, 'en');
    expect(html).not.toMatch(RUNS_IN_HTML);
    expect(html).not.toContain('pwned');
    expect(html).toContain('<a>x</a>');
  });
});
