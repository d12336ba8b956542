import type { Evaluation } from "../model/types.js";
import { toValue } from "./fields.js";
import { byKey } from "./goals.js";
import type { EvaluationChange, EvaluationField } from "./types.js";

const FIELDS: readonly EvaluationField[] = ["date", "rating", "summary", "bonus"];

/** Evaluations matched by year: added, removed, or changed in date, rating, summary or bonus. */
export function compareEvaluations(before: readonly Evaluation[], after: readonly Evaluation[]): EvaluationChange[] {
  const oldByYear = byKey(before, (evaluation) => String(evaluation.year));
  const newByYear = byKey(after, (evaluation) => String(evaluation.year));
  const changes: EvaluationChange[] = [];
  for (const [key, evaluation] of newByYear) {
    const old = oldByYear.get(key);
    if (!old) {
      changes.push({ kind: "added", evaluation });
      continue;
    }
    const fields = FIELDS.filter((field) => old[field] !== evaluation[field]).map((field) => ({
      field,
      ...(old[field] === undefined ? {} : { before: toValue(old[field]) }),
      ...(evaluation[field] === undefined ? {} : { after: toValue(evaluation[field]) }),
    }));
    if (fields.length > 0) changes.push({ kind: "changed", year: evaluation.year, changes: fields });
  }
  for (const [key, evaluation] of oldByYear) if (!newByYear.has(key)) changes.push({ kind: "removed", evaluation });
  return changes.sort((a, b) => yearOf(a) - yearOf(b));
}

function yearOf(change: EvaluationChange): number {
  return change.kind === "changed" ? change.year : change.evaluation.year;
}
