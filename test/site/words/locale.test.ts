import { describe, expect, it } from 'vitest';
import { inLocales, localeFromParam, localeSwitchUrl, pageLocale } from '../../../src/site/words/locale.ts';

describe('interface locale', () => {
  it('reads the locale from the first path segment below the base', () => {
    expect(pageLocale(new URL('https://h.example/sops/SOP-CS-001/'), '/')).toBe('en');
    expect(pageLocale(new URL('https://h.example/zh/sops/SOP-CS-001/'), '/')).toBe('zh-CN');
    expect(pageLocale(new URL('https://h.example/zh/'), '/')).toBe('zh-CN');
    expect(pageLocale(new URL('https://h.example/handbook/zh/kpis/'), '/handbook/')).toBe('zh-CN');
    // A page whose own first segment merely starts with "zh" is English.
    expect(pageLocale(new URL('https://h.example/pages/zh-notes/'), '/')).toBe('en');
  });

  it('switches a URL to the same page in the other language, keeping query and fragment', () => {
    expect(localeSwitchUrl(new URL('https://h.example/sops/SOP-CS-001/#steps'), 'zh-CN', '/')).toBe('/zh/sops/SOP-CS-001/#steps');
    expect(localeSwitchUrl(new URL('https://h.example/zh/search/?q=%E6%8A%95%E8%AF%89'), 'en', '/')).toBe('/search/?q=%E6%8A%95%E8%AF%89');
    expect(localeSwitchUrl(new URL('https://h.example/zh/'), 'en', '/')).toBe('/');
    expect(localeSwitchUrl(new URL('https://h.example/'), 'zh-CN', '/')).toBe('/zh/');
    expect(localeSwitchUrl(new URL('https://h.example/handbook/units/hq/'), 'zh-CN', '/handbook/')).toBe('/handbook/zh/units/hq/');
    expect(localeSwitchUrl(new URL('https://h.example/sops/X/'), 'en', '/')).toBe('/sops/X/');
  });

  it('repeats static paths per locale with the route parameter and a locale prop', () => {
    const paths = inLocales([{ params: { id: 'SOP-1' }, props: { n: 1 } }]);
    expect(paths).toEqual([
      { params: { id: 'SOP-1', locale: undefined }, props: { n: 1, locale: 'en' } },
      { params: { id: 'SOP-1', locale: 'zh' }, props: { n: 1, locale: 'zh-CN' } },
    ]);
    expect(inLocales()).toHaveLength(2);
    expect(localeFromParam(undefined)).toBe('en');
    expect(localeFromParam('zh')).toBe('zh-CN');
    expect(() => localeFromParam('fr')).toThrow(/Unknown locale/);
  });
});
