/**
 * The pull-request report, pinned as a whole: it is what reviewers read before they approve.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { compareHandbooks } from '../../../src/core/change/compare.ts';
import { renderReport } from '../../../src/core/change/report.ts';
import { checkChanges } from '../../../src/core/change/rules.ts';
import { build, buildPatched, validFiles } from '../../helpers/fixture.ts';

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';

describe('pull-request report', () => {
  it('shows documents, versions, steps, time limits, targets, measurements, approvals and diagnostics', () => {
    const base = build(validFiles()).handbook;
    const { handbook: head, diagnostics } = buildPatched({
      replace: [
        { file: SOP, from: '\nversion: "1.10"', to: '\nversion: "1.11"' },
        { file: SOP, from: 'effective: 2026-03-01', to: 'effective: 2026-11-02' },
        { file: SOP, from: '    timeLimit: 30 min\n', to: '    timeLimit: 20 min\n' },
        { file: SOP, from: '    next: end\n', to: '    next: S5\n  - id: S5\n    actor: service-agent\n    action: Call the customer back to check the solution worked.\n    timeLimit: 24 h\n' },
        {
          file: SOP,
          from: '    summary: Clarified who records the ticket.\n',
          to: '    summary: Clarified who records the ticket.\n  - version: "1.11"\n    date: 2026-11-02\n    change: minor\n    summary: Faster first response; call-back added.\n',
        },
        { file: 'data/standards/STD-RESP-001.yaml', from: 'timeLimit: 30 min', to: 'timeLimit: 20 min' },
        { file: 'data/kpis/KPI-CSAT.yaml', from: 'target: 85', to: 'target: 88' },
        { file: 'data/measurements/2026-10.csv', from: 'KPI-CSAT,br-north,2026-10,88.5,200,177,,,', to: 'KPI-CSAT,br-north,2026-10,86.5,200,173,,,Recounted' },
        
      ],
      append: [
        { file: 'data/measurements/2026-10.csv', text: 'KPI-CSAT,br-north,2026-09,90,140,126,,,\n' },
        { file: 'content/policies/quality-policy.md', text: '\nA new closing line.\n' },
      ],
    });
    const changes = compareHandbooks(base, head);
    const bag = new DiagnosticBag();
    checkChanges(changes, head, bag);
    const report = renderReport(changes, head, {
      baseName: 'origin/main',
      baseCommit: '0123456789abcdef0123456789abcdef01234567',
      mergeBase: true,
      diagnostics: [...diagnostics, ...bag.sorted()],
    });
    expect(report).toMatchInlineSnapshot(`
      "<!-- sqms-report -->
      ## Handbook changes

      Compared with \`origin/main\` at \`0123456\` (where this branch started), as of 2026-11-22.

      **The check finds 0 errors and 2 warnings** (listed at the end).

      ### Documents

      | Document | Change | Version | Status |
      |---|---|---|---|
      | **SOP-CS-001** Complaint handling | changed in substance (minor) | 1.10 → 1.11 | effective |
      | Page **policies/quality-policy** Quality policy | changed (text) | | |

      ### Steps, time limits and text

      **SOP-CS-001 Complaint handling** (1.10 → 1.11)

      - Step **S1** time limit: 30 min → 20 min
      - Step **S4** next: end → S5
      - Step **S5** added: Service agent: Call the customer back to check the solution worked. (24 h)

      ### Approvals needed

      Each approver approves the pull request; the approvals are recorded with the content's fingerprint when it merges.

      | Document | Approvers |
      |---|---|
      | SOP-CS-001 1.11 | Ann Lee (@annlee) |

      ### Service standards

      | | What changed |
      |---|---|
      | **STD-RESP-001** Complaint first response within 30 minutes | criterion: First personal response to a logged complaint within 30 min → First personal response to a logged complaint within 20 min |

      ### KPI definitions and targets

      | | What changed |
      |---|---|
      | **KPI-CSAT** Customer satisfaction (CSAT) | target: 85 → 88 |

      ### Measurements

      - **1 added**: 2026-09 KPI-CSAT (1)

      **1 correction** of past values:

      | KPI | Unit | Period | Before | After | Note |
      |---|---|---|---|---|---|
      | KPI-CSAT | br-north | 2026-10 | 88.5 (177 of 200) | 86.5 (173 of 200) | Recounted |

      ### Check

      In what this change touches:

      | Severity | Code | Where | Message |
      |---|---|---|---|
      | warning | \`kpi/min-sample-too-small\` | \`data/kpis/KPI-CSAT.yaml:15\` | A sample of 70 at the target of 88 % expects 8.4 cases missing it; at least 10 are needed to tell a miss from chance. |
      | warning | \`change/major-as-minor\` | \`content/sops/customer-service/SOP-CS-001.mdx:59\` | SOP-CS-001 1.10 → 1.11 is recorded as a minor change, but step S1 time limit: 30 min → 20 min; step S4 next: end → S5; step S5 added: that changes how the work is done. |

      <details><summary>1 note</summary>

      | Severity | Code | Where | Message |
      |---|---|---|---|
      | info | \`change/measurement-corrected\` | \`data/measurements/2026-10.csv:2\` | Correction: KPI-CSAT for br-north in 2026-10 changes from 88.5 (177 of 200) to 86.5 (173 of 200). |

      </details>
      "
    `);
  });

  it('says when nothing changed', () => {
    const h = build(validFiles()).handbook;
    const report = renderReport(compareHandbooks(h, h), h, { baseName: 'main', baseCommit: 'abcdef0', mergeBase: false, diagnostics: [] });
    expect(report).toContain('No SOPs, pages, standards, KPIs, measurements, improvement actions or other records change.');
    expect(report).toContain('**The check passes.**');
  });
});
