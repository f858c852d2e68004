/**
 * The handbook model: every entity loaded from the sources, validated, with references resolved.
 * Pages, the command-line check and the tests all read this one model.
 */
import type { CompiledBody } from '../body/compile.ts';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.ts';
import type { DateWindow } from '../time/window.ts';
import type { Path } from '../source/yaml-source.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { ImprovementAction } from '../schema/improvement-action.ts';
import type { Risk } from '../schema/risk.ts';
import type { ManagementReview } from '../schema/management-review.ts';
import type { RiskLevel } from '../risks/rating.ts';
import type { Measurement } from '../schema/measurement.ts';
import type { Acknowledgement, PhaseEntry } from '../schema/control-chart.ts';
import type { Person, ProcessArea, Role, Unit } from '../schema/organisation.ts';
import type { PageFrontmatter } from '../schema/page.ts';
import type { SopFrontmatter } from '../schema/sop.ts';
import type { SopTranslationFrontmatter } from '../schema/translation.ts';
import type { Standard } from '../schema/standard.ts';
import type { SearchSynonym } from '../schema/search-synonym.ts';
import type { Locale } from '../schema/common.ts';
import type { Audit } from '../schema/audit.ts';
import type { Finding } from '../schema/finding.ts';
import type { TrainingSettings } from '../schema/training.ts';
import type { CheckSettings } from '../schema/check-settings.ts';
import type { SiteSettings } from '../schema/site-settings.ts';
import type { TrainingCoverage } from '../schema/coverage.ts';
import type { RetrainingCampaign } from '../schema/campaign.ts';
import type { Checklist, Inspection } from '../schema/inspection.ts';
import type { MysteryShopVisit } from '../schema/mystery-shop.ts';
import type { Period } from '../time/period.ts';
import type { ComplaintCause, ComplaintMonth } from '../schema/complaint.ts';
import type { CountProblem, Counts } from './measurement-counts.ts';

/** Where an entity was defined, and how to find any of its fields in the source. */
export interface Origin {
  /** Path relative to the handbook root, e.g. `data/kpis/KPI-CSAT.yaml`. */
  file: string;
  /** Position of a field of this entity, e.g. `at(['steps', 2, 'timeLimit'])`. */
  at(path: Path): SourcePosition;
  /** Position of a field's key (for a missing or misplaced field). */
  atKey(path: Path): SourcePosition;
}

export type Sourced<T> = T & { origin: Origin };

export type UnitEntity = Sourced<Unit> & {
  /** Child units, in source order. */
  children: UnitEntity[];
  /** The parent unit, if any. */
  parentUnit: UnitEntity | undefined;
};
export type RoleEntity = Sourced<Role>;
export type PersonEntity = Sourced<Person>;
export type ProcessAreaEntity = Sourced<ProcessArea>;
export type StandardEntity = Sourced<Standard>;
export type KpiEntity = Sourced<Kpi>;
export type ImprovementActionEntity = Sourced<ImprovementAction> & {
  /** Derived: open (not closed) and past its due date. */
  readonly overdue: boolean;
};

export type RiskEntity = Sourced<Risk> & {
  /** Derived: the level of the rating before and after controls (`risks/rating.ts`). */
  readonly levelBefore: RiskLevel;
  readonly levelAfter: RiskLevel;
  /** Derived: last review + interval, and whether that day has passed (an active risk only). */
  readonly nextReview: string;
  readonly reviewOverdue: boolean;
};

export type ManagementReviewEntity = Sourced<ManagementReview> & {
  /** Derived: `planned` (dated after today), `held`, or `superseded` once a later review has been held (derive/management-reviews.ts). */
  readonly status: ManagementReviewStatus;
};
export type ManagementReviewStatus = 'planned' | 'held' | 'superseded';

export interface MeasurementEntity extends Omit<Measurement, 'value' | 'n'> {
  /**
   * Derived: the value on the KPI's scale, from the counts when they are given (exactly, not
   * rounded), else as written; null for no data (and while the counts are invalid or the KPI unknown).
   */
  readonly value: number | null;
  /** Derived: the sample size as written, or the sum of the counts. */
  readonly n?: number | undefined;
  /** The value as written in the file: undefined when left out (the counts give it), null for no data. */
  valueWritten: number | null | undefined;
  /** Derived: the counts behind the value, as the statistics need them (`measurement-counts.ts`); undefined when there are none. */
  readonly counts: Counts | undefined;
  origin: Origin;
  /** Derived: the parsed period (undefined if it does not match the KPI's frequency). */
  readonly periodInfo: Period | undefined;
}

/** An audit of the audit programme (`data/audits/`). */
export type AuditEntity = Sourced<Audit>;
/** An audit finding (`data/findings/`). */
export type FindingEntity = Sourced<Finding>;
/** A checklist of daily inspections or mystery-shopper visits (`data/checklists.yaml`). */
export type ChecklistEntity = Sourced<Checklist>;
/** The daily inspections of a unit in a month (`data/inspections/`). */
export type InspectionEntity = Sourced<Inspection>;
/** A mystery-shopper visit (`data/mystery-shop/`). */
export type MysteryShopVisitEntity = Sourced<MysteryShopVisit>;

/** A declared phase (`data/phases.yaml`). */
export type PhaseEntity = Sourced<PhaseEntry>;
/** An acknowledged signal (`data/acknowledgements.yaml`). */
export type AcknowledgementEntity = Sourced<Acknowledgement>;
/** Synonyms of the site search (`data/search-synonyms.yaml`). */
export type SearchSynonymEntity = Sourced<SearchSynonym>;
/** The training settings (`data/training/settings.yaml`). */
export type TrainingSettingsEntity = Sourced<TrainingSettings>;
/** The check's settings (`data/check-settings.yaml`). */
export type CheckSettingsEntity = Sourced<CheckSettings>;
/** The site's identity (`data/site.yaml`). */
export type SiteSettingsEntity = Sourced<SiteSettings>;
/** Certification coverage of a quarter (`data/training/coverage/`). */
export type CoverageEntity = Sourced<TrainingCoverage>;
/** A retraining campaign (`data/training/campaigns/`). */
export type CampaignEntity = Sourced<RetrainingCampaign>;
/** One unit's month of the complaint and feedback register (`data/complaints/`). */
export type ComplaintEntity = Sourced<ComplaintMonth>;
/** A cause of the complaint taxonomy (`data/complaint-causes.yaml`). */
export type ComplaintCauseEntity = Sourced<ComplaintCause>;

export interface ReviewStatus {
  /** Last review date used for the computation (lastReviewed, else effective). */
  lastReview: string | undefined;
  /** Next review due date. */
  due: string | undefined;
  /** Days until due (negative when overdue). */
  daysLeft: number | undefined;
  state: 'not-scheduled' | 'ok' | 'due-soon' | 'overdue';
}

export type SopEntity = Sourced<SopFrontmatter> & {
  kind: 'sop';
  /** MDX body below the frontmatter. */
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** Derived: the periodic review on the handbook's day. */
  readonly review: ReviewStatus;
};

export type PageEntity = Sourced<PageFrontmatter> & {
  kind: 'page';
  /** Derived from the path below `content/`, e.g. `policies/quality-policy` (a folder's index.md: the folder's path). */
  id: string;
  title: string;
  /** The language of the text, a canonical BCP 47 tag: `en`, `zh-CN`, or any other (`ja`, `pt-BR`), shown in both interfaces. */
  lang: string;
  body: string;
  bodyLine: number;
};

/** A translation of an SOP (`SOP-CS-001.zh-CN.mdx`): the words in another language, not the procedure. */
export type SopTranslationEntity = Sourced<SopTranslationFrontmatter> & {
  kind: 'sop-translation';
  body: string;
  bodyLine: number;
};

/** An image or attachment (`content/team/org-chart.png`, `public/brand/logo.svg`): published as it is; the check reads its size and an SVG's text. */
export interface AssetEntity {
  path: string;
  bytes: number;
  /** The text of an SVG (within the size limit). */
  text: string | undefined;
}

/** A handbook page that translates another (`translationOf` in its frontmatter). */
export type PageTranslationEntity = PageEntity & { translationOf: string };

/** Translations by the id of the original, then by language. */
export interface Translations {
  sops: Map<string, Map<Locale, SopTranslationEntity>>;
  pages: Map<string, Map<Locale, PageTranslationEntity>>;
}

export type EntityKind = 'units' | 'roles' | 'people' | 'areas' | 'sops' | 'pages' | 'standards' | 'kpis' | 'actions' | 'audits' | 'findings' | 'risks' | 'complaintCauses' | 'checklists' | 'mysteryShopVisits' | 'managementReviews';

export interface Handbook {
  /** Absolute path of the handbook root (the folder holding `content/` and `data/`). */
  root: string;
  /** The date the model was evaluated against (reviews, overdue actions). */
  today: string;
  /** The years in which dates and periods are plausible; others were reported and left out. */
  dateWindow: DateWindow;
  units: Map<string, UnitEntity>;
  roles: Map<string, RoleEntity>;
  people: Map<string, PersonEntity>;
  areas: Map<string, ProcessAreaEntity>;
  sops: Map<string, SopEntity>;
  pages: Map<string, PageEntity>;
  /** Translations of SOPs and pages; the originals above hold the procedure and the approvals. */
  translations: Translations;
  /**
   * What the check learned of each SOP and page body (translations too) while compiling it, by
   * file (`content/…`): its anchors. Empty when bodies were not compiled (`bodies: false`).
   */
  compiledBodies: Map<string, CompiledBody>;
  standards: Map<string, StandardEntity>;
  kpis: Map<string, KpiEntity>;
  actions: Map<string, ImprovementActionEntity>;
  /** The audit programme: audits planned and done, and their findings. */
  audits: Map<string, AuditEntity>;
  findings: Map<string, FindingEntity>;
  /** The risk register. */
  risks: Map<string, RiskEntity>;
  /** Daily inspections and mystery-shopper visits as evidence. */
  checklists: Map<string, ChecklistEntity>;
  inspections: InspectionEntity[];
  mysteryShopVisits: Map<string, MysteryShopVisitEntity>;
  /** Management reviews, by the quarter reviewed. */
  managementReviews: Map<string, ManagementReviewEntity>;
  /**
   * Ids of entities whose file did not pass the schema, per kind. They are reported once where
   * they are defined; references to them are not reported again as unknown.
   */
  rejected: Record<EntityKind, Set<string>>;
  /** Every valid measurement, in file order. */
  measurements: MeasurementEntity[];
  /** Declared control-chart phases and ramp-ups, in file order. */
  phases: PhaseEntity[];
  /** Acknowledged signals, in file order. */
  acknowledgements: AcknowledgementEntity[];
  /** Synonyms of the site search, in file order. */
  searchSynonyms: SearchSynonymEntity[];
  /** The training settings, in file order (one entry). */
  trainingSettings: TrainingSettingsEntity[];
  /** The check's settings, in file order (one entry; `checkSettingsOf` gives the one in force). */
  checkSettings: CheckSettingsEntity[];
  /** The site's identity, in file order (one entry; `siteSettingsOf` gives the one in force). */
  siteSettings: SiteSettingsEntity[];
  /** Certification coverage by quarter. */
  trainingCoverage: Map<string, CoverageEntity>;
  /** Retraining campaigns by id (`SOP-CS-001-4.0`). */
  campaigns: Map<string, CampaignEntity>;
  /** The complaint and feedback register, one entry per unit and month, in file order. */
  complaints: ComplaintEntity[];
  /** The complaint causes, by id. */
  complaintCauses: Map<string, ComplaintCauseEntity>;
  /** Images and attachments next to the content and files in `public/`, by path (`content/team/org-chart.png`), published as they are. */
  assets: Map<string, AssetEntity>;
  /** Indexes built once, so that no page or rule searches lists. */
  index: HandbookIndex;
  /** What the derive step computed from the model before the rules ran (`src/core/derive`). */
  derived: Derived;
}

/**
 * The handbook's derived part (`src/core/derive`); the entities' derived fields are marked
 * "Derived" and readonly. A view with other KPI definitions derives it again (`deriveView`).
 */
export interface Derived {
  /** The units each KPI is reported for (its `units` and everything below them, minus `notApplicable`), by KPI id. */
  readonly kpiScope: ReadonlyMap<string, ReadonlySet<string>>;
  /** Measurements whose counts cannot be used as written, or whose value is given without its counts: the `measurement-counts` rule reports them. */
  readonly countFindings: readonly CountFinding[];
  /** The major versions of assessed SOPs that wait for a retraining campaign, by SOP id, oldest first (`derive/training-gate.ts`). */
  readonly retrainingGates: ReadonlyMap<string, readonly RetrainingGate[]>;
  /** The compliance KPIs' counts computed from the complaint register (`derive/complaint-kpis.ts`), typed or not. */
  readonly complaintKpis: readonly ComplaintKpiCount[];
  /** The quarters whose management review is overdue, and the next review due (`reviews/management-review-schedule.ts`). */
  readonly managementReviewSchedule: ManagementReviewSchedule;
  /** The periodic reviews of the active risks, soonest (most overdue) first (`reviews/risk-schedule.ts`). */
  readonly riskReviews: readonly RiskReviewDue[];
  /** Each unit's share of repeat complaints on a p′ chart and against the ceiling (`derive/repeat-complaints.ts`), units in register order. */
  readonly repeatComplaints: readonly RepeatComplaintWatch[];
  /** Each unit's certification coverage in the latest coverage quarter now and once its expiring certifications lapse (`derive/certification-lapse.ts`). */
  readonly certificationLapses: readonly CertificationLapse[];
}

/** A unit's certification coverage now and once the certifications expiring within the window lapse, if nothing renews them. */
export interface CertificationLapse {
  readonly unit: string;
  /** The quarter of the coverage figures and the day they were taken. */
  readonly period: string;
  readonly asOf: string;
  /** The last day of the window the expiring certifications lapse in. */
  readonly lapseBy: string;
  readonly staff: number;
  readonly certified: number;
  readonly expiring: number;
  /** Coverage now and after the lapse, in percent. */
  readonly now: number;
  readonly after: number;
  /** The coverage KPI and its target (percent). */
  readonly kpi: string;
  readonly target: number;
  /** At or above the target now, below it once the expiring certifications lapse. */
  readonly fallsBelow: boolean;
  /** The coverage file's rows of the unit's roles. */
  readonly rows: readonly number[];
}

/** One unit's repeat complaints (repeat ÷ received per month of the register) watched for a rise. */
export interface RepeatComplaintWatch {
  readonly unit: string;
  /** The months with `repeat` recorded, oldest first. */
  readonly months: readonly { readonly month: string; readonly repeat: number; readonly received: number }[];
  /** The register's last three months (of any unit), pooled: repeat, received, their share in percent and its Wilson 95 % interval (null without complaints). */
  readonly window: { readonly from: string; readonly to: string; readonly repeat: number; readonly received: number; readonly share: number | null; readonly lower: number | null; readonly upper: number | null };
  /** The chart of the monthly shares in percent: p, or Laney p′ when over-dispersed; `none` with fewer than 8 months. */
  readonly chart: 'p' | 'p-prime' | 'none';
  /** Centre line (p̄ of the baseline, percent) and the upper limit at the unit's latest month; null without a chart. */
  readonly centre: number | null;
  readonly upper: number | null;
  /** The months of the window at which a rise signals (rule 1, rule 2 or the trend rule), oldest first, with their rules. */
  readonly signals: readonly { readonly month: string; readonly rule: string }[];
  /** A rise signals at the unit's latest month, and that month is in the window. */
  readonly signalsNow: boolean;
  /** The first month of the unit's latest run of rising signals (signals no more than three months apart), if one is in the window. */
  readonly signallingSince: string | undefined;
  /** The ceiling in force (percent, `complaints.repeatCeiling`) and whether the window's share is above it beyond noise (its interval's lower end above). */
  readonly ceiling: number;
  readonly aboveCeiling: boolean;
  /** Signals now, or above the ceiling: the check warns and the pages flag it. */
  readonly flagged: boolean;
}

/** The management review of one quarter, as due: by `due`, `overdueAfterMonths` after the quarter ends. */
export interface ManagementReviewDue {
  readonly quarter: Period;
  /** The last day the review may meet. */
  readonly due: string;
  /** Days from today to `due` (negative when overdue). */
  readonly daysLeft: number;
}

export interface ManagementReviewSchedule {
  /** The setting in force (`data/check-settings.yaml`, `managementReviews.overdueAfterMonths`). */
  readonly overdueAfterMonths: number;
  /** Quarters from the first reviewed one whose review is not recorded and past its due date, oldest first. */
  readonly overdue: readonly ManagementReviewDue[];
  /** The next review to hold: the oldest quarter without a review (ended or in progress); none when no review is recorded at all. */
  readonly next: ManagementReviewDue | undefined;
}

/** The periodic review of an active risk: its last review plus its interval. */
export interface RiskReviewDue {
  readonly risk: RiskEntity;
  readonly due: string;
  /** Negative when overdue. */
  readonly daysLeft: number;
}

/**
 * A major version of an assessed SOP that took (or takes) effect on or after the day the training
 * records start: it is in force only once its retraining campaign reaches the required completion
 * in every unit in scope, or while an exception signed by the quality manager holds.
 */
export interface RetrainingGate {
  readonly sop: string;
  /** The major version, e.g. `4.0`. */
  readonly version: string;
  /** The day it takes effect by its date. */
  readonly effective: string;
  readonly campaign: CampaignEntity | undefined;
  /** Units in scope whose completion reached the required share. */
  readonly unitsComplete: number;
  readonly unitsInScope: number;
  /** A dated exception signed by the quality manager holds today. */
  readonly exception: boolean;
  /** The version may be in force: every unit in scope complete, or an exception holds. */
  readonly passed: boolean;
}

/** A compliance KPI's counts for one unit and period, computed from the complaint register (`derive/complaint-kpis.ts`). */
export interface ComplaintKpiCount {
  readonly kpi: string;
  readonly unit: string;
  readonly period: string;
  /** Promises kept, summed over the period's months. */
  readonly k: number;
  /** Cases the promise applied to, summed over the period's months. */
  readonly n: number;
  /** The standard whose promises were counted. */
  readonly standard: string;
  /** The register entries summed, in month order. */
  readonly entries: readonly ComplaintEntity[];
}

/** What deriving a measurement's counts found (`model/measurement-counts.ts`). */
export interface CountFinding {
  readonly measurement: MeasurementEntity;
  readonly problems: readonly CountProblem[];
  /** A value is given without the counts the KPI's values are expected to come with. */
  readonly withoutCounts: boolean;
}

export interface HandbookIndex {
  /** SOPs implementing each standard. */
  sopsByStandard: Map<string, SopEntity[]>;
  /** SOPs measured by each KPI. */
  sopsByKpi: Map<string, SopEntity[]>;
  /** Standards each KPI measures: whose criterion names it, or whose time limit it counts (`standard-measures.ts`). */
  standardsByKpi: Map<string, StandardEntity[]>;
  /** SOPs per process area. */
  sopsByArea: Map<string, SopEntity[]>;
  /** Measurements per KPI, then unit, then period key. */
  measurementsByKpi: Map<string, Map<string, Map<string, MeasurementEntity>>>;
  /** Improvement actions linked to each KPI, unit, SOP and standard. */
  actionsByKpi: Map<string, ImprovementActionEntity[]>;
  actionsByUnit: Map<string, ImprovementActionEntity[]>;
  actionsBySop: Map<string, ImprovementActionEntity[]>;
  actionsByStandard: Map<string, ImprovementActionEntity[]>;
  /** Active risks arising at a step of each SOP, or controlled by it (a control names the SOP). */
  risksBySop: Map<string, RiskEntity[]>;
  /** People per unit. */
  peopleByUnit: Map<string, PersonEntity[]>;
  /** Every unit id below a unit, including itself (for scopes). */
  unitAndDescendants(unitId: string): Set<string>;
}

export interface LoadResult {
  handbook: Handbook;
  /** Every diagnostic, sorted by file, line and column. */
  diagnostics: Diagnostic[];
}
