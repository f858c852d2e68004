/**
 * Synonyms for the site search (`data/search-synonyms.yaml`): the words readers use for a common
 * question, and the words the handbook uses for it. A search containing one of the phrases also
 * finds what the terms find (see src/site/search/terms.ts).
 */
import { z } from 'zod';

const Phrase = z
  .string()
  .trim()
  .min(1, { message: 'Write a word or phrase.' })
  .max(100, { message: 'Keep a phrase under 100 characters.' })
  .regex(/^[^"\n\r\t]*$/, { message: 'A phrase is plain words: no quotation marks, tabs or line breaks.' });

export const SearchSynonym = z
  .strictObject({
    phrases: z
      .array(Phrase)
      .min(1)
      .max(50)
      .describe('What readers type, in any language: `how long to respond`, `多久回复`. A search containing one of them (whole words; case and full-width forms do not matter) also searches with the terms in its place.'),
    terms: z
      .array(Phrase)
      .min(1)
      .max(10)
      .describe('The words the handbook uses for it, each searched in place of the phrase: `first response`, `首次响应`. Results of the reader\'s own words are kept.'),
  })
  .describe('A common question and the handbook\'s words for it.');
export type SearchSynonym = z.infer<typeof SearchSynonym>;

/** The whole file `data/search-synonyms.yaml` (for the editor's JSON Schema). */
export const SearchSynonymsFile = z.strictObject({ synonyms: z.array(SearchSynonym).describe('Common questions and the handbook\'s words for them.') });
