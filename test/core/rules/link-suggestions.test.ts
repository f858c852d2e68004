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
