/**
 * `sqms schema`: writes JSON Schemas generated from the zod schemas into `schemas/`, which the
 * editor settings (`.vscode/settings.json`) map onto the data files and SOP frontmatter, so
 * authors get completion and the field descriptions as hover text. `--check` fails when the
 * committed files are out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SopFrontmatter } from '../core/schema/sop.ts';
import { PageFrontmatter } from '../core/schema/page.ts';
import { SopTranslationFrontmatter } from '../core/schema/translation.ts';
import { Standard } from '../core/schema/standard.ts';
import { Kpi } from '../core/schema/kpi.ts';
import { ImprovementAction } from '../core/schema/improvement-action.ts';
import { MeasurementsFile } from '../core/schema/measurement.ts';
import { PeopleFile, ProcessAreasFile, RolesFile, UnitsFile } from '../core/schema/organisation.ts';
import { ApprovalFile } from '../core/approval/schema.ts';
import { AcknowledgementsFile, PhasesFile } from '../core/schema/control-chart.ts';
import { SearchSynonymsFile } from '../core/schema/search-synonym.ts';

export const JSON_SCHEMAS: Record<string, { schema: z.ZodType; title: string; files: string[] }> = {
  sop: { schema: SopFrontmatter, title: 'SOP frontmatter', files: ['content/sops/**/*.mdx', 'content/sops/**/*.md'] },
  'sop-translation': { schema: SopTranslationFrontmatter, title: 'SOP translation frontmatter', files: ['content/sops/**/*.zh-CN.mdx', 'content/sops/**/*.en.mdx'] },
  page: { schema: PageFrontmatter, title: 'Handbook page frontmatter', files: [] },
  standard: { schema: Standard, title: 'Service standard', files: ['data/standards/*.yaml'] },
  kpi: { schema: Kpi, title: 'KPI definition', files: ['data/kpis/*.yaml'] },
  action: { schema: ImprovementAction, title: 'Improvement action', files: ['data/actions/*.yaml'] },
  measurements: { schema: MeasurementsFile, title: 'KPI measurements', files: ['data/measurements/*.yaml'] },
  units: { schema: UnitsFile, title: 'Units', files: ['data/units.yaml'] },
  roles: { schema: RolesFile, title: 'Roles', files: ['data/roles.yaml'] },
  people: { schema: PeopleFile, title: 'People', files: ['data/people.yaml'] },
  'process-areas': { schema: ProcessAreasFile, title: 'Process areas', files: ['data/process-areas.yaml'] },
  phases: { schema: PhasesFile, title: 'Control-chart phases', files: ['data/phases.yaml'] },
  acknowledgements: { schema: AcknowledgementsFile, title: 'Acknowledged signals', files: ['data/acknowledgements.yaml'] },
  'search-synonyms': { schema: SearchSynonymsFile, title: 'Search synonyms', files: ['data/search-synonyms.yaml'] },
  approvals: { schema: ApprovalFile, title: 'Approval evidence', files: ['data/approvals/**/*.yaml'] },
};

export function renderJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(JSON_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    out.set(`schemas/${name}.schema.json`, JSON.stringify({ ...json, title }, null, 2) + '\n');
  }
  return out;
}

export function writeJsonSchemas(projectRoot: string, checkOnly: boolean): number {
  const stale: string[] = [];
  for (const [path, text] of renderJsonSchemas()) {
    const target = join(projectRoot, path);
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    stale.push(path);
    if (!checkOnly) {
      mkdirSync(join(projectRoot, 'schemas'), { recursive: true });
      writeFileSync(target, text);
    }
  }
  if (checkOnly && stale.length > 0) {
    process.stderr.write(`These JSON Schemas are out of date: ${stale.join(', ')}.\nRun \`npm run schema\` and commit the result.\n`);
    return 1;
  }
  process.stdout.write(stale.length ? `Wrote ${stale.join(', ')}.\n` : 'JSON Schemas are up to date.\n');
  return 0;
}
