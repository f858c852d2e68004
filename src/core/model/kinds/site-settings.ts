/** The site's identity (`data/site.yaml`): title, icon letters and colour. */
import { SiteSettings, SiteSettingsFile } from '../../schema/site-settings.ts';
import type { KindDefinition } from './kind.ts';

export const siteSettingsKind = {
  name: 'site-settings',
  noun: 'site setting',
  labels: { en: { one: 'site setting', many: 'site settings' }, 'zh-CN': { one: '站点设置', many: '站点设置' } },
  source: { shape: 'list-file', globs: ['data/site.{yaml,yml}'], key: 'site', ids: false },
  schema: SiteSettings,
  jsonSchema: { name: 'site', title: 'Site identity', schema: SiteSettingsFile },
  collection: 'siteSettings',
  references: {},
} as const satisfies KindDefinition;
