/** Minimal argument parsing for the `sqms` command, with errors a person can act on. */
import { parseArgs } from 'node:util';
import { handbookRootSetting } from '../core/settings.ts';

export interface CommonOptions {
  root: string;
}

export function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      root: { type: 'string' },
      format: { type: 'string' },
      strict: { type: 'boolean' },
      today: { type: 'string' },
      'date-window': { type: 'string' },
      quiet: { type: 'boolean' },
      'max-per-code': { type: 'string' },
      links: { type: 'string' },
      title: { type: 'string' },
      area: { type: 'string' },
      out: { type: 'string' },
      prefix: { type: 'string' },
      check: { type: 'boolean' },
      base: { type: 'string' },
      sop: { type: 'string' },
      document: { type: 'string' },
      by: { type: 'string' },
      meaning: { type: 'string' },
      at: { type: 'string' },
      commit: { type: 'string' },
      source: { type: 'string' },
      within: { type: 'string' },
      owner: { type: 'string' },
      approvers: { type: 'string' },
      into: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** The handbook root: `--root`, else `SQMS_ROOT`, else the current directory. */
export function rootFrom(value: string | undefined): string {
  return value ?? handbookRootSetting();
}
