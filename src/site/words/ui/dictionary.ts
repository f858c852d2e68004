/**
 * Interface text in both languages. Each group of pages keeps its words in a file of its own in
 * this folder (`chrome.ts`, `lists.ts`, `scorecards.ts`…), written as
 *
 *   export const listText = dictionary({ title: 'SOPs', … }, { title: '标准作业程序', … });
 *   const t = listText(locale);
 *
 * The Chinese half must have exactly the keys and shapes of the English one (checked by the type
 * checker), so a word cannot be missing in one language.
 */
import type { UiLocale } from '../locale.ts';

export function dictionary<T>(en: T, zh: NoInfer<T>): (locale: UiLocale) => T {
  return (locale) => (locale === 'zh-CN' ? zh : en);
}
