/**
 * How each kind of controlled document is read from its Git history, for the decision of the
 * version in force (`../git/versions.ts`): SOPs and pages as frontmatter and body, standards and
 * KPIs as YAML. A KPI writes no status: a version with an effective date is in force from it.
 */
import { SOP_READER, type TextReader } from './versions.ts';
import { parsePageText, parseYamlText } from '../model/sop-text.ts';
import { Kpi } from '../schema/kpi.ts';
import { kpiKind } from '../model/kinds/kpi.ts';
import { PageFrontmatter } from '../schema/page.ts';
import { Standard } from '../schema/standard.ts';
import type { ControlledKind } from '../control/document.ts';

export const KPI_READER: TextReader<Kpi> = { parse: (text) => parseYamlText(text, Kpi, kpiKind.renamedFields), defaultStatus: 'effective' };
export const STANDARD_READER: TextReader<Standard> = { parse: (text) => parseYamlText(text, Standard), defaultStatus: 'effective' };
export const PAGE_READER: TextReader<PageFrontmatter> = { parse: (text) => parsePageText(text, PageFrontmatter), defaultStatus: 'effective' };

export function readerFor(kind: ControlledKind): TextReader<unknown> {
  return (kind === 'sop' ? SOP_READER : kind === 'kpi' ? KPI_READER : kind === 'standard' ? STANDARD_READER : PAGE_READER) as TextReader<unknown>;
}
