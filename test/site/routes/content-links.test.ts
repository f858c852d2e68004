import { describe, expect, it } from 'vitest';
import { localizeContentHref, resolveBodyLinks } from '../../../src/site/routes/content-links.ts';
import { compiledHref } from '../../../src/integration/content-links-plugin.ts';
import { buildPatched } from '../../helpers/fixture.ts';

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

describe('links in a compiled body, resolved by the page as the link check resolves them', () => {
  const handbook = buildPatched({ files: { 'content/team/index.md': '# Team\n\n## Who we are\n' } }).handbook;
  const resolve = (href: string, locale: 'en' | 'zh-CN') =>
    resolveBodyLinks(`<a href="${compiledHref(href)}">x</a>`, 'content/policies/quality-policy.md', locale, handbook, '/handbook/');

  it('a content folder written from the root leads to its page (the check accepts it, so the build must not 404)', () => {
    expect(resolve('/team/#who-we-are', 'en')).toBe('<a href="/handbook/pages/team/#who-we-are">x</a>');
    expect(resolve('/team/', 'zh-CN')).toBe('<a href="/handbook/zh/pages/team/">x</a>');
  });

  it('an address of the site stays one, below the base and in the reader\'s language', () => {
    expect(resolve('/kpis/KPI-CSAT/', 'zh-CN')).toBe('<a href="/handbook/zh/kpis/KPI-CSAT/">x</a>');
    expect(resolve('/exports/measurements.csv', 'zh-CN')).toBe('<a href="/handbook/exports/measurements.csv">x</a>');
    expect(resolve('../team/', 'en')).toBe('<a href="/handbook/pages/team/">x</a>');
  });
});
