/** "Did you mean" for broken content links: likely, cheap, never the linking page or its folder. */
import { describe, expect, it } from 'vitest';
import { LinkSuggestions } from '../../../src/core/rules/link-suggestions.ts';

const PAGES = [
  '/',
  '/sops/',
  '/sops/SOP-CS-001/',
  '/sops/SOP-CS-002/',
  '/zh/sops/SOP-CS-002/',
  '/pages/',
  '/pages/policies/',
  '/pages/policies/complaints/',
  '/pages/team/onboarding/',
  '/pages/team/',
  '/exports/measurements.csv',
];

describe('LinkSuggestions', () => {
  const s = new LinkSuggestions(PAGES);

  it('suggests the page with the same last segment when a document moved', () => {
    expect(s.suggest('/pages/complaints/', '/pages/team/onboarding/')).toBe('/pages/policies/complaints/');
    expect(s.suggest('/pages/handbook/complaints.md', '/pages/team/onboarding/')).toBe('/pages/policies/complaints/');
  });

  it('suggests a page one edit away, preferring the interface of the link', () => {
    expect(s.suggest('/sops/SOP-CS-02/', '/sops/SOP-CS-001/')).toBe('/sops/SOP-CS-002/');
    expect(s.suggest('/zh/sops/SOP-CS-0002/', '/zh/sops/SOP-CS-001/')).toBe('/zh/sops/SOP-CS-002/');
  });

  it('never suggests the linking page itself or a folder above it', () => {
    expect(s.suggest('/pages/team/onboardingg/x/', '/pages/team/onboarding/')).toBeUndefined();
    expect(s.suggest('/pages/team/onboarding/team/', '/pages/team/onboarding/')).toBeUndefined();
  });

  it('suggests nothing when nothing is close, and never a download', () => {
    expect(s.suggest('/pages/quality-manual/', '/sops/SOP-CS-001/')).toBeUndefined();
    expect(s.suggest('/exports/measurement.csv/', '/sops/SOP-CS-001/')).toBeUndefined();
  });

  it('finds moved pages and typos among thousands of pages', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `/pages/wiki/page-${i}/`);
    const big = new LinkSuggestions(many);
    expect(big.suggest('/pages/old/page-4321/', '/pages/wiki/page-1/')).toBe('/pages/wiki/page-4321/');
    expect(big.suggest('/pages/old/page-43210/', '/pages/wiki/page-1/')).toBe('/pages/wiki/page-4321/');
    expect(big.suggest('/pages/old/intro/', '/pages/wiki/page-1/')).toBeUndefined();
  });
});

/** The previous implementation, which compared a link with every page sharing its last segment: the reference. */
function referenceSuggest(pages: readonly string[], path: string, from: string): string | undefined {
  const last = (p: string) => {
    const t = p.replace(/\/+$/, '');
    let seg = t.slice(t.lastIndexOf('/') + 1);
    try {
      seg = decodeURIComponent(seg);
    } catch {
      // kept as written
    }
    return seg.replace(/\.mdx?$/i, '').toLowerCase();
  };
  const shared = (a: string, b: string) => {
    const x = a.split('/').filter(Boolean);
    const y = b.split('/').filter(Boolean);
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) n++;
    return n;
  };
  const start = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  const oneEdit = (a: string, b: string) => {
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  };
  const segment = last(path);
  if (segment === '' || segment.length > 64) return undefined;
  const candidates = pages.filter((p) => p.endsWith('/') && p !== '/' && last(p) !== '' && last(p).length <= 64);
  const best = (list: string[]) => {
    let found: string | undefined;
    let score: [number, number] = [-1, -1];
    for (const c of list) {
      if (c === from || from.startsWith(c) || c === path || c === `${path}/`) continue;
      const s: [number, number] = [shared(path, c), start(segment, last(c))];
      if (s[0] > score[0] || (s[0] === score[0] && (s[1] > score[1] || (s[1] === score[1] && found !== undefined && c < found)))) {
        found = c;
        score = s;
      }
    }
    return found;
  };
  return best(candidates.filter((c) => last(c) === segment)) ?? best(candidates.filter((c) => oneEdit(segment, last(c))));
}

describe('LinkSuggestions against the comparison with every page', () => {
  it('suggests what comparing with every page suggested, on 3,000 random links over random page trees', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
    const words = ['a', 'b', 'ab', 'ba', 'abc', 'team', 'teams', 'overview', 'overveiw', 'index', 'sop-1', 'sop-2', 'sop-12', 'Team', '团队', '%E5%9B%A2'];
    const randomPath = () => `/${Array.from({ length: 1 + next(4) }, () => words[next(words.length)]).join('/')}/`;
    let suggested = 0;
    for (let round = 0; round < 60; round++) {
      const pages = Array.from({ length: 5 + next(80) }, randomPath);
      const s = new LinkSuggestions(pages);
      for (let i = 0; i < 50; i++) {
        const link = next(5) === 0 ? randomPath().slice(0, -1) : randomPath();
        const from = next(3) === 0 ? pages[next(pages.length)]! : randomPath();
        const expected = referenceSuggest(pages, link, from);
        expect(s.suggest(link, from), `${link} from ${from} among ${pages.join(' ')}`).toBe(expected);
        if (expected) suggested++;
      }
    }
    expect(suggested).toBeGreaterThan(1000);
  });

  it('stays linear when thousands of pages share a last segment and every link is broken', () => {
    // 4,000 `overview` pages and 20,000 broken links took 148 s (and 90 s for one-edit typos) before.
    const pages = Array.from({ length: 4000 }, (_, i) => `/pages/team-${i}/overview/`);
    const s = new LinkSuggestions(pages);
    const started = performance.now();
    for (let i = 0; i < 20000; i++) {
      expect(s.suggest(`/pages/team-${i % 4000}/sub/overview/`, `/pages/team-${i % 4000}/other/`)).toBe(`/pages/team-${i % 4000}/overview/`);
      expect(s.suggest(`/pages/x${i}/overviews/`, '/pages/elsewhere/')).toBe('/pages/team-0/overview/');
    }
    expect(performance.now() - started).toBeLessThan(20_000); // about a second on a loaded machine; quadratic took minutes
  });
});
