import { describe, expect, it } from 'vitest';
import { localizeResultUrl, localizeResults, type ResultLocation } from '../../../src/site/search/results.ts';

const zh: ResultLocation = { base: '/', prefix: 'zh/', prefixes: ['zh/'] };
const en: ResultLocation = { base: '/', prefix: '', prefixes: ['zh/'] };

describe('localizeResultUrl', () => {
  it('takes a result to the page in the reader\'s language', () => {
    expect(localizeResultUrl('/sops/SOP-CS-001/', zh)).toBe('/zh/sops/SOP-CS-001/');
    expect(localizeResultUrl('/zh/sops/SOP-CS-001/', zh)).toBe('/zh/sops/SOP-CS-001/');
    expect(localizeResultUrl('/zh/sops/SOP-CS-001/#steps', en)).toBe('/sops/SOP-CS-001/#steps');
    expect(localizeResultUrl('/sops/SOP-CS-001/', en)).toBe('/sops/SOP-CS-001/');
  });

  it('keeps the base, with or without it in the result', () => {
    const at: ResultLocation = { base: '/handbook/', prefix: 'zh/', prefixes: ['zh/'] };
    expect(localizeResultUrl('/handbook/standards/STD-REL-001/', at)).toBe('/handbook/zh/standards/STD-REL-001/');
    expect(localizeResultUrl('/standards/STD-REL-001/', at)).toBe('/handbook/zh/standards/STD-REL-001/');
    expect(localizeResultUrl('/handbook/zh/kpis/KPI-CSAT/', at)).toBe('/handbook/zh/kpis/KPI-CSAT/');
  });

  it('does not mistake a page id starting with "zh" for the language segment', () => {
    expect(localizeResultUrl('/zhong/', zh)).toBe('/zh/zhong/');
  });

  it('leaves other sites alone', () => {
    expect(localizeResultUrl('https://example.com/x/', zh)).toBe('https://example.com/x/');
  });
});

describe('localizeResults', () => {
  it('keeps one result per page, in the order found, with the data of the one in the reader\'s language', () => {
    const results = [
      { url: '/sops/SOP-CS-001/', title: 'Handling complaints' },
      { url: '/standards/STD-REL-001/', title: 'Standard' },
      { url: '/zh/sops/SOP-CS-001/', title: '投诉处理' },
    ];
    expect(localizeResults(results, zh)).toEqual([
      { url: '/zh/sops/SOP-CS-001/', title: '投诉处理' },
      { url: '/zh/standards/STD-REL-001/', title: 'Standard' },
    ]);
    expect(localizeResults(results, en)).toEqual([
      { url: '/sops/SOP-CS-001/', title: 'Handling complaints' },
      { url: '/standards/STD-REL-001/', title: 'Standard' },
    ]);
  });
});
