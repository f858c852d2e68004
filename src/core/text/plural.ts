/**
 * English counts for the diagnostics, the pull-request report and the command line: `1 day`,
 * `3 days`. The site's words in both languages live in its dictionaries, not here.
 */

/** The count with its noun: `plural(1, 'day')` is "1 day", `plural(3, 'day')` "3 days". */
export function plural(n: number, word: string, pluralForm = `${word}s`): string {
  return `${n} ${nounFor(n, word, pluralForm)}`;
}

/** The noun alone, singular for exactly one: for phrases where the count stands elsewhere. */
export function nounFor(n: number, word: string, pluralForm = `${word}s`): string {
  return n === 1 ? word : pluralForm;
}
