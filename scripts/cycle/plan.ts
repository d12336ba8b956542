import type { AgreementFile } from "../model/document.js";
import { closestMatch } from "../model/suggest.js";
import type { Catalogue, CatalogueGoal } from "../model/types.js";
import { editAgreement, type NewEvaluation } from "./edit-agreement.js";

/** What the roll-forward changes in one agreement. */
export type CycleChange = { kind: "set-cycle"; from: number; to: number } | { kind: "add-evaluation"; year: number; date: string };

/** A goal whose `common` names a catalogue goal the new instruction no longer has: kept, and reported. */
export interface GoneGoal {
  goal: string;
  title: string;
  common: string;
  /** A goal of the new catalogue with a similar id, when there is one (a renamed goal?). */
  similar?: string;
}

export interface AgreementPlan {
  path: string;
  changes: CycleChange[];
  goneGoals: GoneGoal[];
  /** Things a person should know that change nothing (no evaluation because the term began later …). */
  notes: string[];
  /** The agreement's new contents, present when there are changes. */
  after?: Uint8Array;
}

export interface CyclePlan {
  year: number;
  branch: string;
  cataloguePath: string;
  /** The year whose evaluation each agreement gets. */
  evaluationYear: number;
  agreements: AgreementPlan[];
  /** Agreements whose front matter could not be read: the roll-forward leaves them for a person to fix. */
  manualFixes: { path: string; reason: string }[];
}

export interface CyclePlanInput {
  year: number;
  catalogue: { path: string; catalogue: Catalogue };
  /** Every agreement, parsed, with the bytes it was parsed from. */
  agreements: readonly { file: AgreementFile; bytes: Uint8Array }[];
  /** YYYY-MM-DD: the stand-in date of the new evaluations. */
  today: string;
}

const BOM = [0xef, 0xbb, 0xbf];

/** The branch a cycle is opened on. */
export function cycleBranch(year: number): string {
  return `cycle/${year}`;
}

/**
 * Plans the roll-forward of every agreement to a new yearly instruction: set `cycle`, add the evaluation
 * of the year just ended (marked to be filled, so lint flags it until it is), keep every goal, and report
 * goals whose catalogue goal is gone. Pure: the same files, catalogue and date give the same plan, and a
 * plan made from files already rolled forward changes nothing, which is what makes re-running safe.
 */
export function buildCyclePlan(input: CyclePlanInput): CyclePlan {
  const { year, catalogue } = input;
  const evaluationYear = catalogue.catalogue.evaluationYear ?? year - 1;
  const goalIds = catalogueGoalIds(catalogue.catalogue.goals);
  const plan: CyclePlan = { year, branch: cycleBranch(year), cataloguePath: catalogue.path, evaluationYear, agreements: [], manualFixes: [] };

  for (const { file, bytes } of [...input.agreements].sort((a, b) => (a.file.path < b.file.path ? -1 : 1))) {
    const agreement = file.agreement;
    if (!agreement) {
      const reason = file.syntaxProblems.length > 0 ? "its front matter cannot be read" : "its front matter does not pass the schema";
      plan.manualFixes.push({ path: file.path, reason: `${reason}; run "agreements lint ${file.path}", fix it, and run the roll-forward again` });
      continue;
    }
    const entry: AgreementPlan = { path: file.path, changes: [], goneGoals: [], notes: [] };
    plan.agreements.push(entry);
    if (agreement.cycle > year) {
      entry.notes.push(`it already answers a later cycle (${agreement.cycle}), so it was left as it is`);
      continue;
    }
    if (agreement.cycle < year) entry.changes.push({ kind: "set-cycle", from: agreement.cycle, to: year });

    const evaluated = (agreement.evaluations ?? []).some((evaluation) => evaluation.year === evaluationYear);
    if (agreement.term.start > `${evaluationYear}-12-31`) {
      entry.notes.push(`no evaluation of ${evaluationYear} is added: the term began on ${agreement.term.start}`);
    } else if (!evaluated) {
      entry.changes.push({ kind: "add-evaluation", year: evaluationYear, date: standInDate(input.today, agreement.term) });
    }
    if (agreement.term.end < `${year}-01-01`) {
      entry.notes.push(`its term ended on ${agreement.term.end}: check whether it should be renewed (a new agreement) rather than rolled forward`);
    }

    for (const goal of agreement.goals) {
      if (goal.common === undefined || goalIds.includes(goal.common)) continue;
      const similar = closestMatch(goal.common, goalIds);
      entry.goneGoals.push({ goal: goal.id, title: goal.title, common: goal.common, ...(similar ? { similar } : {}) });
    }

    if (entry.changes.length > 0) entry.after = applyChanges(bytes, entry.changes);
  }
  return plan;
}

/** Every goal id of a catalogue, children included: an agreement may name a narrower goal. */
function catalogueGoalIds(goals: readonly CatalogueGoal[]): string[] {
  return goals.flatMap((goal) => [goal.id, ...catalogueGoalIds(goal.children ?? [])]);
}

/**
 * A real date the schema and `term-dates` accept, so the only findings on the new entry are the marked
 * placeholders: today, moved into the term (an evaluation may come up to a year after the term ends).
 */
function standInDate(today: string, term: { start: string; end: string }): string {
  const last = `${String(Number(term.end.slice(0, 4)) + 1).padStart(4, "0")}${term.end.slice(4)}`;
  return today < term.start ? term.start : today > last ? last : today;
}

function applyChanges(bytes: Uint8Array, changes: readonly CycleChange[]): Uint8Array {
  const hasBom = BOM.every((byte, index) => bytes[index] === byte);
  const text = Buffer.from(bytes.subarray(hasBom ? 3 : 0)).toString("utf8");
  const setCycle = changes.find((change) => change.kind === "set-cycle");
  const addEvaluation = changes.find((change) => change.kind === "add-evaluation");
  const evaluation: NewEvaluation | undefined = addEvaluation ? { year: addEvaluation.year, date: addEvaluation.date } : undefined;
  const edited = editAgreement(text, { ...(setCycle ? { cycle: setCycle.to } : {}), ...(evaluation ? { evaluation } : {}) });
  return Buffer.concat([Buffer.from(hasBom ? BOM : []), Buffer.from(edited, "utf8")]);
}

/** How many agreements the plan changes. */
export function changedCount(plan: CyclePlan): number {
  return plan.agreements.filter((entry) => entry.changes.length > 0).length;
}
