/**
 * How a search query and a synonym's phrase are compared (data/search-synonyms.yaml): lower case,
 * full-width forms folded (NFKC), question marks and full stops dropped, spaces collapsed. Shared by
 * the check (src/core/rules/search-synonyms.ts) and the search page's script
 * (src/site/search/terms.ts), so what the check calls the same phrase is the same for the search.
 * No imports: it is bundled into the browser script.
 */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[?!.,;:。，、；：]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
