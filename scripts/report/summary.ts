import type { AgreementDigest, DigestGoal } from "../model/agreement-digest.js";
import type { DeadlineStatus, EvaluationCount, Summary } from "./model.js";

/** Bonus values that show a proposal was made (whatever was decided on it). */
const PROPOSED = new Set(["proposed", "granted", "not-granted"]);

export function emptySummary(requiresEvaluation: boolean): Summary {
  return {
    files: 0,
    unreadable: 0,
    agreements: 0,
    byModel: { "2017": 0, legacy: 0 },
    byKind: { "ministry-head": 0, "agency-head": 0, "director-general": 0, other: 0 },
    updated: 0,
    notUpdated: 0,
    evaluationPresent: requiresEvaluation ? 0 : null,
    evaluationMissing: requiresEvaluation ? 0 : null,
    agreedAfterDeadline: 0,
    withoutCommonGoal: 0,
    goals: 0,
    goalsWithMetersAndCriteria: 0,
    goalsWithoutMetersAndCriteria: 0,
    evaluations: [],
    placeholders: 0,
    errors: 0,
    warnings: 0,
    status: "empty",
  };
}

/** What the report has worked out about one readable agreement, beyond its own data. */
export interface AgreementFacts {
  agreement: AgreementDigest;
  updated: boolean;
  evaluationPresent: boolean | null;
  agreedAfterDeadline: boolean;
  hasCommonGoal: boolean;
}

export function countUnreadable(summary: Summary): void {
  summary.files++;
  summary.unreadable++;
}

export function countAgreement(summary: Summary, facts: AgreementFacts): void {
  const { agreement } = facts;
  summary.files++;
  summary.agreements++;
  summary.byModel[agreement.model]++;
  summary.byKind[agreement.kind ?? "other"]++;
  if (facts.updated) summary.updated++;
  else summary.notUpdated++;
  if (facts.evaluationPresent !== null && summary.evaluationPresent !== null && summary.evaluationMissing !== null) {
    if (facts.evaluationPresent) summary.evaluationPresent++;
    else summary.evaluationMissing++;
  }
  for (const evaluation of agreement.evaluations ?? []) {
    const count = evaluationCount(summary.evaluations, evaluation.year);
    count.evaluations++;
    if (PROPOSED.has(evaluation.bonus)) count.bonusProposals++;
  }
  // Agreements still on an older cycle chose their goals from an older catalogue: they say nothing about this one.
  if (!facts.updated) return;
  if (facts.agreedAfterDeadline) summary.agreedAfterDeadline++;
  if (!facts.hasCommonGoal) summary.withoutCommonGoal++;
  for (const goal of agreement.goals) {
    summary.goals++;
    if (missingForBonus(goal).length === 0) summary.goalsWithMetersAndCriteria++;
    else summary.goalsWithoutMetersAndCriteria++;
  }
}

export function missingForBonus(goal: DigestGoal): ("meters" | "criteria")[] {
  const missing: ("meters" | "criteria")[] = [];
  if (!goal.meters || goal.meters.length === 0) missing.push("meters");
  if (!goal.criteria || Object.keys(goal.criteria).length === 0) missing.push("criteria");
  return missing;
}

function evaluationCount(counts: EvaluationCount[], year: number): EvaluationCount {
  let count = counts.find((candidate) => candidate.year === year);
  if (!count) {
    count = { year, evaluations: 0, bonusProposals: 0 };
    counts.push(count);
    counts.sort((a, b) => a.year - b.year);
  }
  return count;
}

/**
 * Settles the status once every file and finding is counted. Unreadable files count as outstanding:
 * nobody can tell they are updated; and a sector with an error or a placeholder left is never complete.
 */
export function settleStatus(summary: Summary, deadline: DeadlineStatus | null): void {
  const outstanding = summary.notUpdated + summary.unreadable + summary.errors + summary.placeholders;
  if (summary.files === 0) summary.status = "empty";
  else if (outstanding === 0) summary.status = "complete";
  else if (deadline !== null && deadline.daysLeft < 0) summary.status = "overdue";
  else summary.status = "open";
}
