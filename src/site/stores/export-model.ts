/**
 * The export model of the build's handbook (core/exports/export-model.ts): the handbook as the site
 * shows it, with the superseded versions of its KPIs from the build's document control.
 */
import { exportModel, type ExportModel } from '../../core/exports/export-model.ts';
import type { Handbook } from '../../core/model/handbook.ts';
import { documentVersionsOf } from './document-control.ts';

export function exportModelOf(h: Handbook): ExportModel {
  return exportModel(h, documentVersionsOf);
}
