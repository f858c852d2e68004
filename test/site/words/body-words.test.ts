import { describe, expect, it } from 'vitest';
import { fillBodyWords } from '../../../src/site/words/body-words.ts';

describe('words a body asks for', () => {
  const html = '<div class="callout callout-caution" role="note"><p class="callout-label" data-sqms-word="callout.caution"></p><p>Text</p></div>';

  it('are filled in in the reader\'s language', () => {
    expect(fillBodyWords(html, 'en')).toBe('<div class="callout callout-caution" role="note"><p class="callout-label">Caution</p><p>Text</p></div>');
    expect(fillBodyWords(html, 'zh-CN')).toContain('<p class="callout-label">小心</p>');
  });

  it('are filled in whatever the order of the attributes', () => {
    expect(fillBodyWords('<p data-sqms-word="callout.tip" class="callout-label"></p>', 'en')).toBe('<p class="callout-label">Tip</p>');
  });

  it('leave unknown keys and elements with content alone', () => {
    const other = '<p data-sqms-word="callout.unknown"></p><p data-sqms-word="callout.tip">x</p>';
    expect(fillBodyWords(other, 'en')).toBe(other);
  });
});
