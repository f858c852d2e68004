import { describe, expect, it } from 'vitest';
import type { PageEntity } from '../../../src/core/model/handbook.ts';
import { bodyHasTitleHeading, sortPages } from '../../../src/site/views/pages.ts';

const page = (id: string, title: string, order?: number) => ({ id, title, order }) as PageEntity;

describe('sortPages', () => {
  it('orders by order, pages without one last, then by title and id', () => {
    const sorted = sortPages([page('z', 'Zeta'), page('b', 'Beta', 2), page('a', 'Alpha'), page('m', 'Manual', 1)]);
    expect(sorted.map((p) => p.id)).toEqual(['m', 'b', 'a', 'z']);
  });
});

describe('bodyHasTitleHeading', () => {
  it('is true when the first # heading is the title', () => {
    expect(bodyHasTitleHeading('\n# 术语表\n\ntext', '术语表')).toBe(true);
    expect(bodyHasTitleHeading('# Glossary #\n', 'Glossary')).toBe(true);
  });

  it('is false without a level-one heading or with another title', () => {
    expect(bodyHasTitleHeading('## Scope\n', 'Scope')).toBe(false);
    expect(bodyHasTitleHeading('# Intro\n', 'Quality manual')).toBe(false);
  });
});
