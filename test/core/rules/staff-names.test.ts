/**
 * The one-pass staff-name matcher (src/core/rules/staff-names.ts) finds exactly what the regular
 * expression per name found before it (kept here as the reference), on seeded random texts built
 * from names, near-misses and separators; and its work does not grow with the number of staff.
 */
import { describe, expect, it } from 'vitest';
import { staffNameMatcher } from '../../../src/core/rules/staff-names.ts';

/** The previous implementation: one regular expression per name, each scanning the whole text. */
function reference(people: readonly { id: string; name: string }[], text: string) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns: { id: string; pattern: RegExp }[] = [];
  for (const p of people) {
    const latin = p.name.replace(/[\u4e00-\u9fff]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (latin.split(' ').length >= 2) patterns.push({ id: p.id, pattern: new RegExp(`(?<![A-Za-z])${escape(latin).replace(/ /g, '\\s+')}(?![A-Za-z])`, 'g') });
    for (const han of p.name.match(/[\u4e00-\u9fff]+/g) ?? []) {
      if (han.length >= 3) patterns.push({ id: p.id, pattern: new RegExp(escape(han), 'g') });
      else if (han.length === 2) patterns.push({ id: p.id, pattern: new RegExp(`(?<![\\u4e00-\\u9fff])${han}(?![\\u4e00-\\u9fff])`, 'g') });
    }
  }
  const out: { index: number; text: string; id: string }[] = [];
  for (const { id, pattern } of patterns) for (const m of text.matchAll(pattern)) out.push({ index: m.index, text: m[0], id });
  return out.sort((a, b) => a.index - b.index); // stable: at one place, in the order of the patterns
}

const PEOPLE = [
  { id: 'zhou-ming', name: 'Zhou Ming 周明' },
  { id: 'david-lin', name: 'David Lin 林大伟' },
  { id: 'li-wei', name: 'Li Wei 李伟' },
  { id: 'li-wei-2', name: 'Li Wei 李伟' }, // two staff of the same name: both named, in file order
  { id: 'li-wei-ming', name: 'Li Wei Ming' }, // a longer name that starts like another
  { id: 'ouyang', name: 'Ouyang Nana 欧阳娜娜' },
  { id: 'haha', name: 'Ha Ha 哈哈哈' }, // a name that overlaps itself
  { id: 'dot', name: "J. O'Neil-Smith" },
  { id: 'mono', name: 'Cher' }, // one Latin word: never matched
  { id: 'zh-only', name: '王芳' },
];

const FRAGMENTS = [
  'Zhou Ming', 'Zhou  Ming', 'Zhou\nMing', 'Zhou\u3000Ming', 'Zhou Mingyu', 'xZhou Ming', 'Zhou Ming1', 'zhou ming',
  'David Lin', 'David Linn', 'Li Wei', 'Li Wei Ming', 'Li WeiMing', 'Li', 'Wei', 'Ouyang Nana', "J. O'Neil-Smith", "J.O'Neil-Smith", 'Cher',
  '周明', '一周明显', '林大伟', '李伟', '李伟伟', '欧阳娜娜', '欧阳娜', '哈哈哈', '哈哈哈哈', '哈哈哈哈哈哈', '王芳', '王芳芳', '王', '芳',
  ' ', ' ', ', ', '\n', '。', '；', '(', ')', '-', '1', 'a', 'Z', '"', ':', '\t', '的',
];

function randomText(seed: number, length: number): string {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  let text = '';
  for (let i = 0; i < length; i++) text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!;
  return text;
}

describe('staffNameMatcher', () => {
  const matcher = staffNameMatcher(PEOPLE);

  it('finds what one regular expression per name found, on 2,000 random texts', () => {
    let matches = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      const expected = reference(PEOPLE, text);
      expect(matcher.find(text), text).toEqual(expected);
      matches += expected.length;
    }
    expect(matches).toBeGreaterThan(3000); // the texts do hold names
  });

  it('keeps the rules of what is reliably a name', () => {
    const found = (text: string) => matcher.find(text).map((m) => `${m.index}:${m.text}:${m.id}`);
    expect(found('一周明显; 周明。')).toEqual(['6:周明:zhou-ming']);
    expect(found('Zhou Mingyu, Zhou\u00a0Ming.')).toEqual(['13:Zhou\u00a0Ming:zhou-ming']);
    expect(found('哈哈哈哈')).toEqual(['0:哈哈哈:haha']);
    expect(found('Li Wei Ming')).toEqual(['0:Li Wei:li-wei', '0:Li Wei:li-wei-2', '0:Li Wei Ming:li-wei-ming']);
    expect(found('Cher; 王芳; 王芳芳')).toEqual(['6:王芳:zh-only']);
  });

  it('finds one name among 5,000 staff sharing ten surnames in a long text', () => {
    // The old way ran 5,000 regular expressions over the text; this reads it once.
    const surnames = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'];
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, name: `${surnames[i % 10]} G${i}z` }));
    const text = `${'Wang Fang counted 34 complaints at br-pudong; '.repeat(2000)}Wang G4990z.`;
    const big = staffNameMatcher(many);
    expect(big.find(text)).toEqual([{ index: text.length - 12, text: 'Wang G4990z', id: 'p4990' }]);
    expect(big.find(text)).toEqual(reference(many.slice(4990, 4991), text));
  });
});
