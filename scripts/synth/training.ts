/**
 * Certification coverage (data/training/coverage/YYYY-QN.yaml): per branch and quarter, the
 * service agents and team leaders, those certified and those whose certification expires within
 * 90 days, for the last four quarters up to the end month. Counts only; no training settings, so
 * no retraining campaign is required of the synthetic SOPs.
 */
import type { Random } from './random.ts';
import type { World } from './world.ts';

export interface CoverageFile {
  path: string;
  text: string;
}

export function buildCoverage(r: Random, world: World, end: string): CoverageFile[] {
  const [year, month] = end.split('-').map(Number) as [number, number];
  let q = Math.floor((month - 1) / 3) + 1;
  let y = year;
  const quarters: { id: string; asOf: string }[] = [];
  for (let i = 0; i < 4; i++) {
    const lastMonth = q * 3;
    const lastDay = new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();
    quarters.unshift({ id: `${y}-Q${q}`, asOf: `${y}-${String(lastMonth).padStart(2, '0')}-${lastDay}` });
    if (--q === 0) {
      q = 4;
      y--;
    }
  }
  return quarters.map(({ id, asOf }) => {
    const rows = world.branches.flatMap((b) =>
      [['service-agent', r.int(8, 40)], ['team-leader', r.int(1, 5)]].map(([role, staff]) => {
        const certified = Math.max(0, (staff as number) - r.int(0, Math.ceil((staff as number) / 6)));
        const expiring = r.int(0, Math.min(certified, 3));
        return `  - { unit: ${b.id}, role: ${role}, staff: ${staff}, certified: ${certified}, expiring: ${expiring} }`;
      }),
    );
    return { path: `data/training/coverage/${id}.yaml`, text: `# Certification coverage at the end of ${id} (synthetic counts).\nid: ${id}\nasOf: ${asOf}\nrows:\n${rows.join('\n')}\n` };
  });
}
