/** The site's identity file (`data/site.yaml`) holds one entry; a second one is reported (the first is read). */
import type { Rule } from './rule.ts';

export const siteSettings: Rule = {
  name: 'site-settings',
  run(h, bag) {
    h.siteSettings.slice(1).forEach((s) => {
      bag.report('settings/repeated', s.origin.atKey([]), 'The site settings hold more than one entry; only the first is read.', 'Keep one entry under `site:` in data/site.yaml.');
    });
  },
};
