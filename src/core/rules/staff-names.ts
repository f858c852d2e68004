/**
 * Finds staff members' names in a text in one pass, for the personal-data rule's `data/staff-name`.
 *
 * The names that are reliably a name (personal-data.ts says why): the Latin name in full (two words
 * or more, case kept, any whitespace between the words, no letter of A–Z just before or after), a
 * Chinese name of three or more characters anywhere, and one of two characters with no other Chinese
 * character on either side. A regular expression per name scanned the whole text once per staff
 * member (320 people over 50 MB of records: seconds); here each position of the text is looked at
 * once, and only where a name can start: the words a Latin name starts with and the Chinese names
 * are keys of maps, so the cost is linear in the text whatever the number of staff.
 *
 * The findings are what the regular expressions found: per name, matches do not overlap (the next
 * is looked for after the end of the previous, as `String.prototype.matchAll` does), and at the same
 * place the names come in the order of `people` (the Latin name before the Chinese ones).
 */

export interface StaffNameMatch {
  /** Where the name starts in the text. */
  index: number;
  /** The name as written there. */
  text: string;
  /** The people id whose name it is. */
  id: string;
}

interface Name {
  /** Position among all names, for the order of matches at one place. */
  order: number;
  id: string;
  /** The Latin name's words, or the Chinese name as one word. */
  words: readonly string[];
}

const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** What `\s` matches in a JavaScript regular expression. */
const WHITESPACE = /\s/;
const isWhitespace = (text: string, i: number) => {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITESPACE.test(text[i]!);
};

export interface StaffNameMatcher {
  find(text: string): StaffNameMatch[];
}

/** A matcher for the names of `people` as `data/people.yaml` writes them (`Zhou Ming 周明`). */
export function staffNameMatcher(people: readonly { id: string; name: string }[]): StaffNameMatcher {
  /** Latin names by their first word. */
  const latin = new Map<string, Name[]>();
  /** Chinese names by the whole name. */
  const han = new Map<string, Name[]>();
  const hanLengths = new Set<number>();
  const latinFirstChars = new Set<number>();
  let longestFirstWord = 0;
  let order = 0;
  for (const p of people) {
    const words = p.name.replace(/[\u4e00-\u9fff]+/g, ' ').replace(/\s+/g, ' ').trim().split(' ');
    if (words.length >= 2) {
      const first = words[0]!;
      latin.set(first, [...(latin.get(first) ?? []), { order: order++, id: p.id, words }]);
      latinFirstChars.add(first.charCodeAt(0));
      longestFirstWord = Math.max(longestFirstWord, first.length);
    }
    for (const name of p.name.match(/[\u4e00-\u9fff]+/g) ?? []) {
      if (name.length < 2) continue;
      han.set(name, [...(han.get(name) ?? []), { order: order++, id: p.id, words: [name] }]);
      hanLengths.add(name.length);
    }
  }
  const lengths = [...hanLengths].sort((a, b) => a - b);

  /** The end of a Latin name's match starting at `start` (after its first word, which ends at `at`), or -1. */
  const latinEnd = (text: string, words: readonly string[], at: number): number => {
    let i = at;
    for (let w = 1; w < words.length; w++) {
      if (!isWhitespace(text, i)) return -1;
      while (isWhitespace(text, i)) i++;
      const word = words[w]!;
      if (!text.startsWith(word, i)) return -1;
      i += word.length;
    }
    return i < text.length && isLatinLetter(text.charCodeAt(i)) ? -1 : i;
  };

  return {
    find(text) {
      const found: (StaffNameMatch & { order: number })[] = [];
      /** Per name, where its last match ended: matches of one name do not overlap. */
      const nextFrom = new Map<number, number>();
      const add = (name: Name, index: number, end: number) => {
        if (index < (nextFrom.get(name.order) ?? 0)) return;
        nextFrom.set(name.order, end);
        found.push({ index, text: text.slice(index, end), id: name.id, order: name.order });
      };
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (isHan(c)) {
          for (const length of lengths) {
            if (i + length > text.length) break;
            const candidates = han.get(text.slice(i, i + length));
            if (!candidates) continue;
            // Two characters are a name only standing alone among Chinese characters.
            if (length === 2 && ((i > 0 && isHan(text.charCodeAt(i - 1))) || isHan(text.charCodeAt(i + 2)))) continue;
            for (const name of candidates) add(name, i, i + length);
          }
          continue;
        }
        if (!latinFirstChars.has(c) || (i > 0 && isLatinLetter(text.charCodeAt(i - 1)))) continue;
        // A Latin name's first word is followed by whitespace: read up to it (at most the longest first word).
        let j = i;
        while (j < text.length && j - i <= longestFirstWord && !isWhitespace(text, j)) j++;
        const candidates = j < text.length && j - i <= longestFirstWord ? latin.get(text.slice(i, j)) : undefined;
        for (const name of candidates ?? []) {
          const end = latinEnd(text, name.words, j);
          if (end >= 0) add(name, i, end);
        }
      }
      return found.sort((a, b) => a.index - b.index || a.order - b.order).map(({ index, text: written, id }) => ({ index, text: written, id }));
    },
  };
}
