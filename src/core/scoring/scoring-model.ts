/**
 * What the scoring engine reads of a handbook: the type every function of `scoring/` takes instead
 * of the whole `Handbook`, so that the compiler keeps the list of its inputs. The export files are
 * computed from a projection of exactly this (core/exports/export-model.ts) and reused when its
 * digest is unchanged: a field the engine starts reading must be added here first, and then it is
 * in the projection, and in the digest, too. A `Handbook` is one (pages pass theirs).
 *
 * Of the SOPs the engine reads only what places a control chart's phases (a major version's date
 * in the change log, the status and scope of the SOPs a KPI measures), never their steps or bodies.
 */
import type { AcknowledgementEntity, AuditEntity, Derived, FindingEntity, HandbookIndex, ImprovementActionEntity, KpiEntity, MeasurementEntity, PhaseEntity, UnitEntity } from '../model/handbook.ts';
import type { SopFrontmatter } from '../schema/sop.ts';

/** A change-log entry of an SOP as the engine reads it: which version, of what kind, from when. */
export interface SopChangeFacts {
  readonly version: string;
  readonly change: SopFrontmatter['changeLog'][number]['change'];
  readonly date: string;
}

/** An SOP as the engine reads it: the facts that place the phases of the control charts of the KPIs it is measured by. */
export interface SopVersionFacts {
  readonly id: string;
  readonly status: SopFrontmatter['status'];
  readonly scope: SopFrontmatter['scope'];
  readonly changeLog: readonly SopChangeFacts[];
}

export interface ScoringModel {
  /** The date the model was evaluated against. */
  readonly today: string;
  readonly units: ReadonlyMap<string, UnitEntity>;
  /** The KPIs, each as the definition the scorecard judges by. */
  readonly kpis: ReadonlyMap<string, KpiEntity>;
  /** Every valid measurement, in file order. */
  readonly measurements: readonly MeasurementEntity[];
  readonly actions: ReadonlyMap<string, ImprovementActionEntity>;
  readonly audits: ReadonlyMap<string, AuditEntity>;
  readonly findings: ReadonlyMap<string, FindingEntity>;
  /** Declared control-chart phases and ramp-ups, in file order. */
  readonly phases: readonly PhaseEntity[];
  /** Acknowledged signals, in file order. */
  readonly acknowledgements: readonly AcknowledgementEntity[];
  readonly sops: ReadonlyMap<string, SopVersionFacts>;
  readonly index: Pick<HandbookIndex, 'unitAndDescendants'> & {
    readonly measurementsByKpi: HandbookIndex['measurementsByKpi'];
    readonly actionsByKpi: ReadonlyMap<string, readonly ImprovementActionEntity[]>;
    /** The SOPs measured by each KPI. */
    readonly sopsByKpi: ReadonlyMap<string, readonly SopVersionFacts[]>;
  };
  readonly derived: Pick<Derived, 'kpiScope'>;
}
