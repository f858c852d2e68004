/**
 * An SOP at a glance, for the person at the point of work: who takes part (the roles in the order
 * they first act, with their steps), the time limits (each step that has one, with the standard it
 * must meet) and the records the procedure leaves, each taken from the steps as shown (the version
 * in force, in the page's language). Nothing here is decided anew: it reads the steps.
 */
import type { Handbook, SopEntity } from '../../core/model/handbook.ts';
import { formatDuration } from '../words/format.ts';
import type { UiLocale } from '../words/locale.ts';
import { localized } from '../words/text.ts';

export interface GlanceRole {
  id: string;
  name: string;
  /** Its steps, in order. */
  steps: string[];
}

export interface GlanceLimit {
  step: string;
  role: string;
  /** `20 min` in the page's words. */
  limit: string;
  standard: string | undefined;
}

export interface GlanceRecord {
  record: string;
  /** The steps that leave it. */
  steps: string[];
}

export interface SopGlance {
  roles: GlanceRole[];
  timeLimits: GlanceLimit[];
  records: GlanceRecord[];
}

export function sopGlance(h: Pick<Handbook, 'roles'>, sop: Pick<SopEntity, 'steps'>, locale: UiLocale): SopGlance {
  const roles = new Map<string, GlanceRole>();
  const records = new Map<string, GlanceRecord>();
  const timeLimits: GlanceLimit[] = [];
  const roleName = (id: string) => {
    const role = h.roles.get(id);
    return role ? localized(role.name, locale) : id;
  };
  for (const step of sop.steps) {
    let role = roles.get(step.actor);
    if (!role) roles.set(step.actor, (role = { id: step.actor, name: roleName(step.actor), steps: [] }));
    role.steps.push(step.id);
    if (step.timeLimit) timeLimits.push({ step: step.id, role: role.name, limit: formatDuration(step.timeLimit, locale), standard: step.standard });
    if (step.record) {
      const key = step.record.trim();
      const entry = records.get(key);
      if (entry) entry.steps.push(step.id);
      else records.set(key, { record: key, steps: [step.id] });
    }
  }
  return { roles: [...roles.values()], timeLimits, records: [...records.values()] };
}
