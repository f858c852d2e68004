import { describe, expect, it } from 'vitest';
import { localizeContentHref } from '../../../src/site/routes/content-links.ts';

describe('links written in content', () => {
  it('lead to the page in the reader\'s interface language, below the base', () => {
    expect(localizeContentHref('/sops/SOP-CS-001/', 'en', '/')).toBe('/sops/SOP-CS-001/');
    expect(localizeContentHref('/sops/SOP-CS-001/', 'zh-CN', '/')).toBe('/zh/sops/SOP-CS-001/');
    expect(localizeContentHref('/sops/SOP-CS-001/#steps', 'zh-CN', '/handbook/')).toBe('/handbook/zh/sops/SOP-CS-001/#steps');
    expect(localizeContentHref('/kpis/KPI-CSAT/?x=1', 'en', '/handbook/')).toBe('/handbook/kpis/KPI-CSAT/?x=1');
  });

  it('leave downloads, Chinese addresses, relative, anchor and external links alone (apart from the base)', () => {
    expect(localizeContentHref('/exports/measurements.csv', 'zh-CN', '/')).toBe('/exports/measurements.csv');
    expect(localizeContentHref('/files/form.pdf', 'zh-CN', '/')).toBe('/files/form.pdf');
    expect(localizeContentHref('/zh/pages/glossary/', 'zh-CN', '/')).toBe('/zh/pages/glossary/');
    expect(localizeContentHref('/zh/pages/glossary/', 'en', '/')).toBe('/zh/pages/glossary/');
    expect(localizeContentHref('../SOP-CS-002/', 'zh-CN', '/')).toBe('../SOP-CS-002/');
    expect(localizeContentHref('#scope', 'zh-CN', '/')).toBe('#scope');
    expect(localizeContentHref('https://www.iso.org/', 'zh-CN', '/')).toBe('https://www.iso.org/');
    expect(localizeContentHref('//cdn.example.com/x', 'zh-CN', '/')).toBe('//cdn.example.com/x');
  });
});
