/**
 * The ids the link check knows on an SOP page (src/core/page-anchors.ts) include every section the
 * page's contents list can link to, so that a link to a box of an SOP page is never reported.
 */
import { describe, expect, it } from 'vitest';
import { sopPageAnchors } from '../../../src/core/page-anchors.ts';
import { sopContents } from '../../../src/site/views/sop-contents.ts';

describe('the anchors of an SOP page', () => {
  it('include every section of the contents list, with every box shown', () => {
    const page = { approvalShown: true, training: [{}], risks: { rows: [{}] }, managementReview: {}, evidence: { complaints: {}, inspections: undefined, visits: undefined }, textLang: undefined } as never;
    for (const locale of ['en', 'zh-CN'] as const) {
      const ids = sopContents(page, [], locale).map((e) => e.id);
      expect(ids.length).toBeGreaterThan(10);
      for (const id of ids) expect(sopPageAnchors([])).toContain(id);
    }
  });

  it('include each step\'s row and lane', () => {
    const anchors = sopPageAnchors([{ id: 'S1' }, { id: 'S2a' }]);
    for (const id of ['step-S1', 'swimlane-S1', 'step-S2a', 'swimlane-S2a', 'main', 'sop-glance', 'doc-history']) expect(anchors).toContain(id);
  });
});
