/**
 * The site's identity file (`data/site.yaml`) holds one entry (a second one is reported; the first is
 * read), and its logo is a file in `public/`, inside the repository, of at most 100 kB.
 */
import { realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { insideRoot } from '../source/read-file.ts';
import type { Rule } from './rule.ts';

/** The largest logo accepted: a header logo is a few kilobytes; more is a photograph or an embedded font. */
export const LOGO_MAX_BYTES = 100 * 1024;

export const siteSettings: Rule = {
  name: 'site-settings',
  run(h, bag) {
    h.siteSettings.slice(1).forEach((s) => {
      bag.report('settings/repeated', s.origin.atKey([]), 'The site settings hold more than one entry; only the first is read.', 'Keep one entry under `site:` in data/site.yaml.');
    });
    const first = h.siteSettings[0];
    if (!first?.logo) return;
    const at = first.origin.at(['logo']);
    const file = join(h.root, 'public', ...first.logo.split('/').filter(Boolean));
    let size: number;
    try {
      const real = realpathSync(file);
      if (!insideRoot(realpathSync(join(h.root, 'public')), real)) throw new Error('outside');
      size = statSync(real).size;
    } catch {
      bag.report('site/logo-missing', at, `The logo \`${first.logo}\` is not a file in public/.`, `Put the logo at public${first.logo}, or correct the address.`);
      return;
    }
    if (size > LOGO_MAX_BYTES) {
      bag.report('site/logo-too-large', at, `The logo \`${first.logo}\` is ${Math.ceil(size / 1024)} kB; a logo may be at most ${LOGO_MAX_BYTES / 1024} kB.`, 'Save it smaller: an SVG without embedded images or fonts, or a PNG of about 128 px height.');
    }
  },
};
