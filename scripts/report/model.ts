import type { Agreement, Bonus, Localised, MinistryCode, Rating, SectionId } from "../model/types.js";

/**
 * The report model: what `agreements report --format json` prints, and what every other format renders.
 * Stable: fields are only ever added; a change that breaks readers bumps `version`.
 *
 * Personal data: the default model holds counts, agreement titles, organisations and goal titles, but no
 * names, ratings or bonus proposals per person. Those appear only in `people`, which exists only when the
 * report was made with `--restricted`.
 */
export interface ReportModel {
  /** The model's format version. */
  version: 1;
  /** The cycle (goals/<cycle>.md) the report measures against. */
  cycle: number;
  /** The date deadlines are measured against (YYYY-MM-DD), as passed in with `--today`. */
  today: string;
  /** True when the report holds ratings and bonus proposals per person (`people`). */
  restricted: boolean;
  catalogue: CatalogueSummary;
  /** The cycle's update deadline (`updateDeadline` in the catalogue); null if the catalogue names none that exists. */
  deadline: DeadlineStatus | null;
  /** The twelve administrative sectors in the government's order, then `unknown` if some file's sector could not be told. */
  sectors: SectorSummary[];
  /** The same counts over the whole repository. */
  total: Summary;
  /** The goal x sector matrix: one row per catalogue goal, parents before their children. */
  goalMatrix: GoalUse[];
  /** Ids of catalogue goals that no agreement updated for the cycle uses, neither the goal itself nor a sub-goal. */
  unusedGoals: string[];
  /** Lint findings counted per sector and rule, in sector order and then by rule id. */
  findings: FindingCount[];
  /** Every agreement whose front matter could be read, by sector and file. */
  agreements: AgreementRow[];
  /** Agreement files whose front matter could not be read or did not pass the schema. */
  unreadable: UnreadableFile[];
  /** Goals of agreements updated for the cycle that lack meters or criteria (the result bonus needs both). */
  goalsNotReady: GoalNotReady[];
  /** Ratings and bonus proposals per person: present only with `--restricted`. */
  people?: PersonEvaluation[];
}

/** A sector is a ministry's administrative sector, named by the ministry code; `unknown` when a broken file does not tell. */
export type SectorCode = MinistryCode | "unknown";

export type Kind = NonNullable<Agreement["kind"]>;
export type Model = Agreement["model"];

export interface CatalogueSummary {
  /** Repository path of the catalogue, such as goals/2020.md. */
  path: string;
  title: Localised;
  reference: string;
  /** The year whose evaluation of success the cycle requires; null when it requires none. */
  evaluationYear: number | null;
  /** Whether the cycle's goals need meters and criteria for the result bonus. */
  goalsNeedMetersAndCriteria: boolean;
}

export interface DeadlineStatus {
  id: string;
  date: string;
  title: Localised;
  /** Days from `today` to the deadline: positive before it, 0 on the day, negative after it. */
  daysLeft: number;
}

/**
 * Where a sector stands against the deadline: `complete` (every agreement file is updated for the cycle),
 * `open` (some are not, and the deadline has not passed), `overdue` (some are not, and it has passed),
 * `empty` (the sector has no agreement files).
 */
export type SectorStatus = "complete" | "open" | "overdue" | "empty";

/** Counts for one sector, or for all of them. */
export interface Summary {
  /** Agreement files, readable or not. */
  files: number;
  /** Files whose front matter could not be read or failed the schema: counted here, left out of every other count. */
  unreadable: number;
  /** Readable agreements (files - unreadable). */
  agreements: number;
  byModel: Record<Model, number>;
  /** A missing `kind` counts as `other`. */
  byKind: Record<Kind, number>;
  /**
   * Agreements updated for the report's cycle, as the Ministry of Finance means it: `cycle` is the report's
   * cycle, `agreed` is a date of this cycle's discussions, and nothing is left to fill in.
   */
  updated: number;
  notUpdated: number;
  /** Agreements carrying a filled-in evaluation for the catalogue's `evaluationYear`; null when the cycle requires none. */
  evaluationPresent: number | null;
  evaluationMissing: number | null;
  /** Agreements updated for the cycle whose `agreed` date is after the update deadline. */
  agreedAfterDeadline: number;
  /** Agreements updated for the cycle that name no goal of the cycle's catalogue. */
  withoutCommonGoal: number;
  /** Goals (all sections) in agreements updated for the cycle. */
  goals: number;
  goalsWithMetersAndCriteria: number;
  goalsWithoutMetersAndCriteria: number;
  /** Evaluations of every readable agreement by year: how many, and how many carry a bonus proposal. */
  evaluations: EvaluationCount[];
  /** Placeholders still to be filled in (`to-be-filled` findings, counted among the errors too) in the sector's agreement files. */
  placeholders: number;
  /** Lint findings on the sector's agreement files. */
  errors: number;
  warnings: number;
  status: SectorStatus;
}

export interface SectorSummary extends Summary {
  sector: SectorCode;
}

export interface EvaluationCount {
  year: number;
  evaluations: number;
  /** Evaluations whose bonus is proposed, granted or not granted: a proposal was made. */
  bonusProposals: number;
}

export interface GoalUse {
  id: string;
  /** The parent goal's id; null for a top-level goal. */
  parent: string | null;
  /** 0 for a top-level goal, 1 for its children, and so on. */
  depth: number;
  title: Localised;
  /** Agreements updated for the cycle that chose exactly this goal, per ministry. */
  bySector: Record<MinistryCode, number>;
  total: number;
  /** Agreements that chose this goal or one of its sub-goals (counted once each). */
  totalWithSubGoals: number;
}

export interface FindingCount {
  /** The sector of the file; null for findings on goal catalogues (goals/). */
  sector: SectorCode | null;
  rule: string;
  errors: number;
  warnings: number;
}

export interface AgreementRow {
  file: string;
  sector: MinistryCode;
  id: string;
  title: string;
  organisation: string;
  model: Model;
  kind: Kind;
  cycle: number;
  agreed: string;
  updated: boolean;
  /** Whether the evaluation the cycle requires is present; null when the cycle requires none. */
  evaluationPresent: boolean | null;
  agreedAfterDeadline: boolean;
  /** Ids of catalogue goals the agreement chose (only for agreements updated for the cycle). */
  commonGoals: string[];
}

export interface UnreadableFile {
  file: string;
  sector: SectorCode;
}

export interface GoalNotReady {
  file: string;
  sector: MinistryCode;
  agreement: string;
  goal: string;
  title: string;
  section: SectionId;
  missing: ("meters" | "criteria")[];
}

/** One evaluation of one person: personal data, only in restricted reports. */
export interface PersonEvaluation {
  file: string;
  sector: MinistryCode;
  agreement: string;
  official: string;
  officialTitle: string;
  organisation: string;
  year: number;
  rating: Rating;
  bonus: Bonus;
}
