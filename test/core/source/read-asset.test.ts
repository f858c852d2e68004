/** Images and attachments on disk (issue 19): read for their size (and an SVG's text), links out of the handbook refused, other types named. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from '../../../src/core/model/sources.ts';

const root = mkdtempSync(join(tmpdir(), 'sqms-assets-'));
const outside = mkdtempSync(join(tmpdir(), 'sqms-outside-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('readSources and assets', () => {
  mkdirSync(join(root, 'content/team'), { recursive: true });
  mkdirSync(join(root, 'public/brand'), { recursive: true });
  writeFileSync(join(root, 'content/team/index.md'), '# Team\n');
  writeFileSync(join(root, 'content/team/org-chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(join(root, 'content/team/chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'content/team/tool.exe'), 'MZ');
  writeFileSync(join(root, 'public/brand/logo.woff2'), 'font');
  writeFileSync(join(outside, 'secret.png'), 'not yours');
  symlinkSync(join(outside, 'secret.png'), join(root, 'content/team/secret.png'));
  const { files, problems } = readSources(root);

  it('reads an image next to a page for its size only, an SVG for its text, and any file of public/', () => {
    expect(files.find((f) => f.path === 'content/team/org-chart.png')).toEqual({ path: 'content/team/org-chart.png', text: '', bytes: 8 });
    expect(files.find((f) => f.path === 'content/team/chart.svg')?.text).toContain('<svg');
    expect(files.find((f) => f.path === 'public/brand/logo.woff2')?.bytes).toBe(4);
  });

  it('refuses a symbolic link out of the handbook and names a file of another type', () => {
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['file/outside-root', 'content/team/secret.png'],
      ['file/unknown-type', 'content/team/tool.exe'],
    ]);
    expect(files.some((f) => f.path === 'content/team/secret.png')).toBe(false);
  });
});
