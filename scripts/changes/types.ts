/**
 * The structured change of one agreement between two versions. This is also the JSON that
 * `agreements diff --format json` and `agreements history --format json` print: keep it stable.
 */
import type { Message } from "../messages/catalogue.js";
import type { Evaluation, Meter, SectionId } from "../model/types.js";

/** What happened to the agreement's file. */
export type FileStatus = "added" | "removed" | "modified" | "renamed";

/** A scalar as it stands in the front matter, or absent (undefined) on one side. */
export type Value = string | number | boolean | null;

/** A version that could not be read, with the lint finding that says why. */
export interface UnreadableVersion {
  side: "before" | "after";
  /** `front-matter-syntax` or `schema`. */
  rule: string;
  line: number;
  column: number;
  /** The problem in English; the JSON output carries it in the chosen language. */
  message: string;
  hint: string;
  /** The problem as a message key and values, to say it in the reader's language (left out of the JSON). */
  text?: Message;
  /** How many more problems `agreements lint` would report on that version. */
  more: number;
}

/** A top-level field (dotted path for nested ones: "parties.official.name", "waivers[schema].until"). */
export interface FieldChange {
  field: string;
  before?: Value;
  after?: Value;
}

/** A goal as listed when it is added or removed. */
export interface GoalSummary {
  id: string;
  section: SectionId;
  title: string;
  common?: string;
}

/** One change inside a goal that both versions have. */
export type GoalDetail =
  | { kind: "retitled"; before: string; after: string }
  | { kind: "moved"; before: SectionId; after: SectionId }
  | { kind: "common-goal"; before?: string; after?: string }
  | { kind: "measure-added"; text: string }
  | { kind: "measure-removed"; text: string }
  | { kind: "meter-added"; meter: Meter }
  | { kind: "meter-removed"; meter: Meter }
  | { kind: "meter-changed"; name: string; field: "target" | "baseline" | "unit"; before?: string; after?: string }
  | { kind: "criterion-changed"; level: string; before?: string; after?: string };

/** A goal added, removed, or changed (with its details). */
export type GoalChange =
  | { kind: "added"; goal: GoalSummary }
  | { kind: "removed"; goal: GoalSummary }
  | { kind: "changed"; id: string; title: string; details: GoalDetail[] };

/** The fields of an evaluation that are compared. */
export type EvaluationField = "date" | "rating" | "summary" | "bonus";

/** An evaluation added, removed, or changed (field by field). */
export type EvaluationChange =
  | { kind: "added"; evaluation: Evaluation }
  | { kind: "removed"; evaluation: Evaluation }
  | { kind: "changed"; year: number; changes: { field: EvaluationField; before?: Value; after?: Value }[] };

/** One changed line of a section's text. */
export interface DiffLine {
  op: "-" | "+";
  text: string;
}

/** A short line diff: the changed lines only, at most a handful, and how many more were left out. */
export interface LineDiff {
  lines: DiffLine[];
  omitted: number;
}

/** Sections of the Markdown body, matched by heading; "" is the text before the first heading. */
export type SectionChange =
  | { kind: "added"; heading: string; lines: number }
  | { kind: "removed"; heading: string; lines: number }
  | { kind: "renamed"; before: string; after: string }
  | { kind: "edited"; heading: string; diff: LineDiff };

/** Everything that changed in one agreement between two versions. */
export interface AgreementChange {
  status: FileStatus;
  /** Repository path after the change (before it, for a removed file). */
  path: string;
  /** The path before a rename or move. */
  previousPath?: string;
  /** The agreement's id and title, from the newer readable version. */
  id?: string;
  title?: string;
  unreadable: UnreadableVersion[];
  fields: FieldChange[];
  goals: GoalChange[];
  evaluations: EvaluationChange[];
  sections: SectionChange[];
}

/** One version of an agreement in `agreements history`, newest first. */
export interface AgreementVersion {
  commit: string;
  /** Author date, ISO 8601. */
  date: string;
  author: { name: string; email: string };
  subject: string;
  pullRequest?: number;
  /** Submission tags whose commit contains this version's commit. */
  tags: string[];
  /** Submission tags that recorded this version (it was the current one when the tag was made). */
  submittedIn: string[];
  change: AgreementChange;
}

/** `agreements history`: every version of one agreement. */
export interface AgreementHistory {
  /** What was asked for: an id or a path. */
  target: string;
  /** The path at HEAD (or the path asked for). */
  path: string;
  versions: AgreementVersion[];
}

/** `agreements diff`: every changed agreement between two refs. */
export interface AgreementDiff {
  from: { ref: string; commit: string };
  to: { ref: string; commit: string };
  agreements: AgreementChange[];
}
