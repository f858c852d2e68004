/**
 * Time limits written in prose, as an SOP's summary or text states them: "within 30 minutes",
 * "within 2 hours", "30分钟内", "48小时以内", "3天内". Only the "within" form counts: it is the one that
 * states a limit, while "amber at 15 minutes" or "over 48 hours" state something else. Working
 * days are not calendar time and are left out.
 */
import { sentences } from './sentences.ts';

export interface TimePhrase {
  /** As written. */
  text: string;
  minutes: number;
  /** Offset of the phrase in the text searched. */
  index: number;
}

const UNIT_MINUTES: Record<string, number> = { minute: 1, min: 1, hour: 60, hr: 60, h: 60, day: 1440, d: 1440, 分钟: 1, 分: 1, 小时: 60, 个小时: 60, 天: 1440, 日: 1440 };

const ENGLISH = /\bwithin\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|h|(?:calendar\s+)?days?|d)\b(?!\s*(?:working|business))/gi;
const CHINESE = /(\d+(?:\.\d+)?)\s*(分钟|个小时|小时|天|日)(?:之|以)?内/g;

/** The time limits stated in `text`, in order. */
export function timePhrases(text: string): TimePhrase[] {
  const out: TimePhrase[] = [];
  for (const re of [ENGLISH, CHINESE]) {
    for (const m of text.matchAll(re)) {
      const unit = m[2]!.toLowerCase().replace(/^calendar\s+/, '').replace(/s$/, '');
      const factor = UNIT_MINUTES[unit];
      if (factor === undefined) continue;
      out.push({ text: m[0], minutes: Number(m[1]) * factor, index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A sentence naming a standard states the standard's limit, which may rightly differ from a step's. */
const STANDARD_REFERENCE = /\bSTD-[A-Z]{2,6}-\d{3}\b/;

export interface StatedLimit {
  /** The sentence, as written. */
  sentence: string;
  phrase: TimePhrase;
  /** Offset of the phrase in the whole text. */
  offset: number;
}

/**
 * The sentences of `text` that state exactly one time limit and name no standard: the only ones
 * the consistency rules read, so that a sentence comparing limits is never taken for a contradiction.
 */
export function statedLimits(text: string): StatedLimit[] {
  const out: StatedLimit[] = [];
  for (const s of sentences(text)) {
    if (STANDARD_REFERENCE.test(s.text)) continue;
    const found = timePhrases(s.text);
    if (found.length === 1) out.push({ sentence: s.text, phrase: found[0]!, offset: s.offset + found[0]!.index });
  }
  return out;
}
