/**
 * The scoring engine's explanations in English: the words the exports use too, so they live in
 * the core (src/core/scoring/explanation-words.ts) and are taken from there.
 */
export { ENGLISH_EXPLANATIONS as explanations } from '../../../core/scoring/explanation-words.ts';
