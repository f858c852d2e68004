/**
 * `sop/time-limit-contradicted`: a step's time limit contradicted by the SOP's own words, only
 * where a sentence is clearly about that step; with a base revision, the old limit left in the
 * words after a step's limit changed. Sentences that compare limits, name a standard or several
 * steps, or state something other than a limit are never reported.
 */
import { describe, expect, it } from 'vitest';
import { compareHandbooks } from '../../../src/core/change/compare.ts';
import { checkChanges } from '../../../src/core/change/rules.ts';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { sentences } from '../../../src/core/text/sentences.ts';
import { statedLimits, timePhrases } from '../../../src/core/text/time-phrases.ts';
import { build, buildPatched, validFiles } from '../../helpers/fixture.ts';

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const CODE = 'sop/time-limit-contradicted';

const withText = (text: string) => buildPatched({ append: [{ file: SOP, text: `\n${text}\n` }] }).diagnostics.filter((d) => d.code === CODE);

describe('time limits in prose', () => {
  it('reads "within" limits in English and Chinese, not other times', () => {
    expect(timePhrases('Reply within 30 minutes, call back within 2 hours and visit within 3 days.').map((p) => p.minutes)).toEqual([30, 120, 4320]);
    expect(timePhrases('在30分钟内响应，48小时以内提出方案，3天内到账。').map((p) => p.minutes)).toEqual([30, 2880, 4320]);
    expect(timePhrases('The countdown turns amber at 15 minutes; over 48 hours is late.')).toEqual([]);
    expect(timePhrases('Within 5 working days.')).toEqual([]);
  });

  it('cuts sentences, table rows and list items, and skips fenced code', () => {
    const text = 'First one. Second\none continues.\n\n| S1 | within 5 min |\n- item one\n- item two\n\n```\nS1 within 9 minutes\n```\n第一句。第二句。';
    expect(sentences(text).map((s) => s.text.trim())).toEqual(['First one.', 'Second\none continues.', '| S1 | within 5 min |', '- item one', '- item two', '第一句。', '第二句。']);
  });

  it('keeps only sentences that state one limit and name no standard', () => {
    expect(statedLimits('S1 within 20 minutes, inside STD-RESP-001 (within 30 minutes). S1 within 20 minutes or within 25 minutes. S1 within 40 minutes.').map((s) => s.phrase.text)).toEqual(['within 40 minutes']);
  });
});

describe('a step\'s time limit contradicted by its own SOP', () => {
  it('is reported for a sentence naming the step with another limit', () => {
    expect(withText('In step S1 the agent answers within 45 minutes.').map((d) => d.message)).toEqual(['Step S1 has the time limit 30 min, but the text says "within 45 minutes" for it.']);
    expect(withText('S3: within 3 d.').map((d) => d.message)).toEqual(['Step S3 has the time limit 48 h, but the text says "within 3 d" for it.']);
  });

  it('is not reported when the words agree, or the sentence is not clearly about one step', () => {
    expect(withText('In step S1 the agent answers within 30 minutes.')).toEqual([]);
    expect(withText('S3 is done within 2 days (48 hours).')).toEqual([]); // one "within" phrase, 2 d = 48 h
    expect(withText('The agent answers within 45 minutes.')).toEqual([]); // no step named
    expect(withText('After S1, S3 follows within 45 minutes.')).toEqual([]); // two steps named
    expect(withText('S1 answers within 20 minutes, inside STD-RESP-001.')).toEqual([]); // a standard named
    expect(withText('S1 answers within 20 minutes or within 25 minutes.')).toEqual([]); // two limits
    expect(withText('S1: the countdown turns amber at 15 minutes.')).toEqual([]); // not a limit
    expect(withText('```\nS1 within 45 minutes\n```')).toEqual([]); // code
  });
});

describe('the old limit left in the words after the step\'s limit changed (check --base)', () => {
  const base = build(validFiles()).handbook;
  const changed = (text: string) => {
    const { handbook: head } = buildPatched({
      replace: [{ file: SOP, from: '    timeLimit: 30 min\n', to: '    timeLimit: 20 min\n' }],
      append: [{ file: SOP, text: `\n${text}\n` }],
    });
    const bag = new DiagnosticBag();
    checkChanges(compareHandbooks(base, head), head, bag);
    return bag.items.filter((d) => d.code === CODE);
  };

  it('is reported where the text still states the old limit', () => {
    const found = changed('Every complaint is acknowledged within 30 minutes.');
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([[63, 33, 'Step S1\'s time limit changes from 30 min to 20 min, but the text still says "within 30 minutes".']]);
    expect(found[0]!.hint).toBe('Update the words to 20 min, so that readers are not given the old limit.');
  });

  it('is not reported for the new limit, a sentence naming a standard or another step, or a limit another step still has', () => {
    expect(changed('Every complaint is acknowledged within 20 minutes.')).toEqual([]);
    expect(changed('STD-RESP-001 asks for a response within 30 minutes.')).toEqual([]);
    expect(changed('Step S3 opens the action within 30 minutes.').filter((d) => d.message.includes('changes from'))).toEqual([]);
    expect(changed('A corrective action is opened within 48 hours.')).toEqual([]);
  });
});
