/**
 * The site's identity (`data/site.yaml`): the handbook's title in each language, the letters of its
 * icon and its colour. One entry; every field may be left out (the generic title, the
 * organisation's initials, the default blue).
 */
import { z } from 'zod';
import { LocalizedText } from './common.ts';

/** WCAG 2.1 contrast ratio of a colour `#rrggbb` against white. */
export function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (l + 0.05);
}

export const DEFAULT_SITE_COLOUR = '#0b57a4';

export const SiteSettings = z
  .strictObject({
    title: LocalizedText.optional().describe('The handbook\'s title after the organisation\'s name, e.g. `{ en: Service quality handbook, zh-CN: 服务质量手册 }` (default: those words).'),
    iconText: z
      .string()
      .regex(/^(?:[A-Z0-9]{1,3}|[\p{Script=Han}]{1,2})$/u, { message: 'Give one to three capital letters or digits (`HL`), or one or two Chinese characters (`港`).' })
      .optional()
      .describe('The letters on the site\'s icon (favicon), e.g. `HL` (default: the initials of the organisation\'s name).'),
    logo: z
      .string()
      .regex(/^\/(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+\.(?:svg|png|webp)$/, { message: 'Give the logo\'s address in `public/`, starting with `/`, e.g. `/brand/logo.svg` (an SVG, PNG or WebP file; letters, digits, `-` and `_` only).' })
      .optional()
      .describe('The organisation\'s logo, a file in `public/` given by its address, e.g. `/brand/logo.svg` (SVG, PNG or WebP, at most 100 kB): shown before the site\'s name in the header, 32 px high.'),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { message: 'Write the colour as `#` and six hexadecimal digits, e.g. `"#0b57a4"` (quoted in YAML).' })
      .refine((c) => !/^#[0-9a-fA-F]{6}$/.test(c) || contrastOnWhite(c) >= 4.5, { message: 'This colour is too light: white letters on it (the icon) and it on white (the header\'s rule) need a contrast of at least 4.5:1 (WCAG 2.1 AA). Choose a darker shade.' })
      .optional()
      .describe('The organisation\'s colour, `#rrggbb` (quoted in YAML): the icon\'s background and the rule above the header. It must contrast with white at 4.5:1 or more (default `#0b57a4`).'),
  })
  .describe('The site\'s identity: one entry.');
export type SiteSettings = z.infer<typeof SiteSettings>;

export const SiteSettingsFile = z.strictObject({ site: z.array(SiteSettings).describe('One entry: the site\'s identity.') }).describe('data/site.yaml: the site\'s identity.');

/** The identity in force: the file's first entry, else every default. */
export function siteSettingsOf(entries: readonly SiteSettings[]): SiteSettings {
  return entries[0] ?? {};
}
