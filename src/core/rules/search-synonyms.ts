/**
 * Synonyms of the site search (data/search-synonyms.yaml) that would not do what their author
 * meant: a phrase written in two entries (a search for it asks both entries' terms, so they are
 * one entry split in two), and a phrase that is one of its own terms (it adds nothing).
 */
import { normalizePhrase } from '../search-phrase.ts';
import type { Rule } from './rule.ts';

export const searchSynonyms: Rule = {
  name: 'search-synonyms',
  run(h, bag) {
    const first = new Map<string, { entry: number; phrase: number }>();
    (h.searchSynonyms ?? []).forEach((s, entry) => {
      const terms = new Set(s.terms.map(normalizePhrase));
      s.phrases.forEach((phrase, i) => {
        const p = normalizePhrase(phrase);
        // Positions are worked out only for a finding.
        const at = () => s.origin.at(['phrases', i]);
        if (terms.has(p)) {
          bag.report(
            'search/synonym-is-term',
            at(),
            `The phrase "${phrase}" is also one of this entry's terms, so it adds nothing.`,
            'Remove it from `phrases:`: a search for the handbook\'s own words finds them already.',
          );
          return;
        }
        const seen = first.get(p);
        if (seen && seen.entry !== entry) {
          bag.report(
            'search/synonym-duplicate',
            at(),
            `The phrase "${phrase}" is already listed in the synonyms at line ${h.searchSynonyms![seen.entry]!.origin.at(['phrases', seen.phrase]).line}.`,
            'Write each phrase once: merge the two entries (their terms together), or remove one of the phrases.',
          );
          return;
        }
        if (!seen) first.set(p, { entry, phrase: i });
      });
    });
  },
};
