/**
 * Translations must say what their original says, no more: each names an existing SOP or page
 * in another language, translates steps the original has, and is of a version the original has
 * reached. A translation made from an older version is still shown (with a notice), so that is a
 * warning; one claiming a version the original never had is an error.
 */
import { compareVersions } from '../schema/version.ts';
import { closest } from '../suggest.ts';
import type { Rule } from './rule.ts';

export const translations: Rule = {
  name: 'translations',
  run(h, bag) {
    for (const [id, byLang] of h.translations.sops) {
      const sop = h.sops.get(id);
      for (const [lang, t] of byLang) {
        if (!sop) {
          if (h.rejected.sops.has(id)) continue;
          const guess = closest(id, h.sops.keys());
          bag.report(
            'translation/unknown-original',
            t.origin.at(['id']),
            `This file translates the SOP "${id}", which does not exist.`,
            guess ? `Did you mean "${guess}"? A translation carries the id of its original.` : 'A translation carries the id of its original SOP; check the id or add the SOP first.',
          );
          continue;
        }
        if (lang === sop.lang) {
          bag.report(
            'translation/same-language',
            t.origin.at(['lang']),
            `"${id}" is itself written in ${lang}; this file cannot translate it into ${lang}.`,
            `Set \`lang\` to the language of the translation (${lang === 'en' ? 'zh-CN' : 'en'}), or edit the original instead.`,
          );
        }
        if (t.translator !== undefined && !h.people.has(t.translator) && !h.rejected.people.has(t.translator)) {
          const guess = closest(t.translator, h.people.keys());
          bag.report('ref/unknown', t.origin.at(['translator']), `Unknown person "${t.translator}" as translator.`, guess ? `Did you mean "${guess}"?` : 'Use a person id from data/people.yaml.');
        }
        const order = compareVersions(t.sourceVersion, sop.version);
        if (order > 0) {
          bag.report(
            'translation/version-ahead',
            t.origin.at(['sourceVersion']),
            `This translation says it was made from version ${t.sourceVersion} of ${id}, but the SOP is at version ${sop.version}.`,
            `Set \`sourceVersion\` to the version you translated (at most ${sop.version}).`,
          );
        } else if (order < 0) {
          bag.report(
            'translation/outdated',
            t.origin.at(['sourceVersion']),
            `The ${lang} translation of ${id} was made from version ${t.sourceVersion}; the SOP is now at version ${sop.version}.`,
            `Update the translation to version ${sop.version} (see the change log of ${id}) and set \`sourceVersion: "${sop.version}"\`. Until then readers see it with a notice.`,
          );
        }
        const steps = new Map(sop.steps.map((s) => [s.id, s]));
        t.steps.forEach((st, i) => {
          const original = steps.get(st.id);
          if (!original) {
            const guess = closest(st.id, steps.keys());
            bag.report(
              'translation/unknown-step',
              t.origin.at(['steps', i, 'id']),
              `${id} has no step "${st.id}" to translate.`,
              guess ? `Did you mean "${guess}"? Use the step ids of the original.` : `Use the step ids of the original: ${[...steps.keys()].join(', ')}.`,
            );
            return;
          }
          if (st.decision && (!original.decision || original.decision.options.length !== st.decision.options.length)) {
            bag.report(
              'translation/decision-mismatch',
              t.origin.at(['steps', i, 'decision']),
              original.decision
                ? `Step ${st.id} of ${id} has ${original.decision.options.length} answers; the translation gives ${st.decision.options.length}.`
                : `Step ${st.id} of ${id} is not a decision; the translation gives one.`,
              original.decision ? 'Translate each answer of the original, in the same order.' : 'Remove `decision` from this step, or add the decision to the original first.',
            );
          }
        });
      }
    }

    for (const [id, byLang] of h.translations.pages) {
      const page = h.pages.get(id);
      for (const [lang, t] of byLang) {
        if (!page) {
          if (h.rejected.pages.has(id)) continue;
          const guess = closest(id, h.pages.keys());
          bag.report(
            'translation/unknown-original',
            t.origin.at(['translationOf']),
            `This page translates "${id}", which is not a page of the handbook.`,
            guess ? `Did you mean "${guess}"? Give the original's path below content/ without extension (a folder's index.md or README.md: the folder's path).` : "Give the original's path below content/ without extension, e.g. policies/quality-policy (a folder's index.md or README.md: the folder's path, e.g. guides).",
          );
          continue;
        }
        if (lang === page.lang) {
          bag.report(
            'translation/same-language',
            t.origin.at(['lang']),
            `"${id}" is itself in ${lang}; a translation of it needs another \`lang\`.`,
            `Set \`lang\` to the language of the translation (${lang === 'en' ? 'zh-CN' : 'en'}).`,
          );
        }
        if (page.updated !== undefined && t.updated !== undefined && t.updated < page.updated) {
          bag.report(
            'translation/outdated',
            t.origin.at(['updated']),
            `The ${lang} translation of "${id}" dates from ${t.updated}; the original was updated on ${page.updated}.`,
            `Bring the translation up to date and set \`updated: ${page.updated}\` (or later). Until then readers see it with a notice.`,
          );
        }
      }
    }
  },
};
