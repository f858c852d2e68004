/**
 * The excerpt of a search result, as text parts with the matched words marked, built from the
 * text Pagefind returns for the result (`raw_content`, its words separated by U+200B when the index
 * segmented them, and the places of the matched words). It is Pagefind's excerpt (the window of
 * `length` words where the matches are densest), except that it never starts or ends inside a word
 * written without a space: Pagefind cuts `STD-RESP-001` into `STD`, `-`, `RESP`, `-`, `001`, so its
 * own excerpt may begin with "-001 Effective". The parts are text, to be put in the page as text
 * (never as HTML). No dependency: used by the search page's browser script.
 */

export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

export interface ExcerptPart {
  text: string;
  /** A matched word. */
  mark: boolean;
}

const ZWS = '\u200B';
/** Chinese and Japanese characters: words written without spaces, which may be cut between. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Pagefind's choice of the first word: the window of `length` words with the highest score. */
export function excerptStart(locations: readonly WeightedLocation[], length: number): number {
  if (locations.length === 0) return 0;
  const words: number[] = [];
  for (const l of locations) words[l.location] = (words[l.location] ?? 0) + l.balanced_score;
  if (words.length <= length) return 0;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += words[i] ?? 0;
  let best = sum;
  let bestAt = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > best) {
      best = sum;
      bestAt = [i]; // as Pagefind does: the window then starts a word before the densest one
    } else if (sum === best && bestAt[bestAt.length - 1] === i - 1) bestAt.push(i);
  }
  return bestAt[Math.floor(bestAt.length / 2)]!;
}

/** Does the word `next` continue `prev` with no space between (within one spaced word such as an id)? */
function glued(prev: string | undefined, next: string | undefined): boolean {
  if (prev === undefined || next === undefined || prev === '' || next === '') return false;
  const last = prev.at(-1)!;
  const first = next[0]!;
  if (/\s/.test(last) || /\s/.test(first)) return false;
  return !UNSPACED.test(last) && !UNSPACED.test(first);
}

/** Pagefind's text escapes `<` and `>`; the parts are plain text. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * The excerpt of `raw` around `locations` (Pagefind's `raw_content` and `weighted_locations` of a
 * result), about `length` words, widened to whole spaced words; `…` marks text left out.
 */
export function excerptParts(raw: string, locations: readonly WeightedLocation[], length: number): ExcerptPart[] {
  const segmented = raw.includes(ZWS);
  const words = segmented ? raw.split(ZWS) : raw.split(/[^\S\uFEFF]+/);
  const joiner = segmented ? '' : ' ';
  let start = Math.min(excerptStart(locations, length), Math.max(0, words.length - length));
  let end = Math.min(words.length, start + length);
  // Words split at spaces are whole already; segmented ones may continue one another.
  while (segmented && start > 0 && glued(words[start - 1], words[start])) start--;
  while (segmented && end < words.length && glued(words[end - 1], words[end])) end++;
  const marked = new Set(locations.map((l) => l.location));
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else if (text) parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    const word = unescape(words[i]!);
    const sep = i > start ? joiner : '';
    if (marked.has(i)) {
      // The mark covers the word, not the space after it.
      const trimmed = word.trimEnd();
      push(sep, false);
      push(trimmed, true);
      push(word.slice(trimmed.length), false);
    } else push(sep + word, false);
  }
  if (parts.length > 0) {
    const last = parts[parts.length - 1]!;
    if (!last.mark) last.text = last.text.trimEnd();
    if (start === 0 && !parts[0]!.mark) parts[0]!.text = parts[0]!.text.trimStart();
  }
  if (end < words.length) push(' …', false);
  return parts.filter((p) => p.text !== '');
}
