import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';
import { TODAY, copyValidFixture, removeTemp } from '../../helpers/fixture.ts';

/** The site's logo on disk: the file must be in public/, inside the repository, and small. */
describe('the site logo (data/site.yaml)', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) removeTemp(root);
    root = undefined;
  });
  const codes = (r: string) => loadHandbook(r, { today: TODAY }).diagnostics.filter((d) => d.code.startsWith('site/')).map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);
  const withLogo = (file: string, bytes: number | undefined) => {
    root = copyValidFixture();
    writeFileSync(join(root, 'data/site.yaml'), `site:\n  - logo: ${file}\n`);
    if (bytes !== undefined) {
      mkdirSync(join(root, 'public/brand'), { recursive: true });
      writeFileSync(join(root, 'public', file), Buffer.alloc(bytes, 120));
    }
    return root;
  };

  it('accepts a small file in public/', () => {
    expect(codes(withLogo('/brand/logo.svg', 2_000))).toEqual([]);
  });

  it('refuses a file larger than 100 kB, saying its size', () => {
    expect(codes(withLogo('/brand/logo.png', 120 * 1024))).toEqual(['site/logo-too-large 2:11 The logo `/brand/logo.png` is 120 kB; a logo may be at most 100 kB.']);
  });

  it('refuses a missing file, and a link in public/ that leads outside the repository', () => {
    expect(codes(withLogo('/brand/none.svg', undefined))).toEqual(['site/logo-missing 2:11 The logo `/brand/none.svg` is not a file in public/.']);
    removeTemp(root!);
    root = withLogo('/brand/away.svg', undefined);
    mkdirSync(join(root, 'public/brand'), { recursive: true });
    symlinkSync('/etc/hostname', join(root, 'public/brand/away.svg'));
    expect(codes(root)).toEqual(['site/logo-missing 2:11 The logo `/brand/away.svg` is not a file in public/.']);
  });
});
