import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../../src/site/views/json-script.ts';

describe('jsonForScript', () => {
  const hostile = {
    unit: '</script><script>alert(1)</script>',
    note: '<!-- comment --> & </SCRIPT > <\/script>',
    lines: 'a\u2028b\u2029c',
    nested: [{ name: 'Shenzhen <branch> & "partners"' }],
    n: -5,
  };

  it('reads back exactly what was written', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });

  it('leaves nothing that can end the script element or open a comment', () => {
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).not.toContain('<!--');
    expect(out).toContain('\\u003c/script\\u003e');
    expect(out).toContain('\\u0026');
    expect(out).toContain('\\u2028');
  });

  it('survives the HTML parser inside <script type="application/json">', () => {
    // What a browser would see: the element ends at the first "</script" in its text.
    const html = `<script type="application/json">${jsonForScript(hostile)}</script>`;
    const content = html.slice('<script type="application/json">'.length, html.toLowerCase().indexOf('</script'));
    expect(JSON.parse(content)).toEqual(hostile);
  });

  it('writes plain data unchanged apart from the escapes', () => {
    expect(jsonForScript({ a: [1, null, 'x'] })).toBe('{"a":[1,null,"x"]}');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => jsonForScript(undefined)).toThrow(TypeError);
  });
});
