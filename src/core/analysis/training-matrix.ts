/**
 * The training matrix (ISO 9001 7.2): for each role, the SOPs in force that require training of
 * it and at what level; for each SOP, the roles. Built from the SOPs it is given, which are the
 * versions in force (the site passes the SOPs as shown on the build date), so that a version
 * approved for a later date does not change who must be trained today.
 */
import type { Handbook, RoleEntity, SopEntity } from '../model/handbook.ts';
import { compareText } from '../order.ts';

export type TrainingLevel = 'read' | 'assessed';

export interface TrainingMatrix {
  /** The SOPs that require training of some role, by id. */
  sops: SopEntity[];
  /** The roles some SOP requires training of, in the order of data/roles.yaml (unknown ids last). */
  roles: { id: string; role: RoleEntity | undefined }[];
  /** Level per role id, then SOP id. */
  level: Map<string, Map<string, TrainingLevel>>;
  /** SOPs per role id, with their level. */
  byRole: Map<string, { sop: SopEntity; level: TrainingLevel }[]>;
}

export function trainingMatrix(h: Pick<Handbook, 'roles'>, sops: Iterable<SopEntity>): TrainingMatrix {
  const trained = [...sops]
    .filter((s) => s.training.level !== 'none' && s.training.roles.length > 0)
    .sort((a, b) => compareText(a.id, b.id));
  const level = new Map<string, Map<string, TrainingLevel>>();
  const byRole = new Map<string, { sop: SopEntity; level: TrainingLevel }[]>();
  for (const sop of trained) {
    const l = sop.training.level as TrainingLevel;
    for (const role of new Set(sop.training.roles)) {
      if (!level.has(role)) level.set(role, new Map());
      level.get(role)!.set(sop.id, l);
      if (!byRole.has(role)) byRole.set(role, []);
      byRole.get(role)!.push({ sop, level: l });
    }
  }
  const order = [...h.roles.keys()];
  const rank = (id: string) => (order.indexOf(id) < 0 ? order.length : order.indexOf(id));
  const roles = [...level.keys()].sort((a, b) => rank(a) - rank(b) || compareText(a, b)).map((id) => ({ id, role: h.roles.get(id) }));
  return { sops: trained, roles, level, byRole };
}
