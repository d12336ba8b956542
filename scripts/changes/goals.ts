import type { AgreementGoal, Criteria, Meter } from "../model/types.js";
import type { GoalChange, GoalDetail, GoalSummary } from "./types.js";

const METER_FIELDS = ["target", "baseline", "unit"] as const;
const CRITERIA_LEVELS = ["excellent", "good", "satisfactory", "poor"];

/** Goals matched by their stable id: added, removed, or changed in title, section, measures, meters, criteria. */
export function compareGoals(before: readonly AgreementGoal[], after: readonly AgreementGoal[]): GoalChange[] {
  const beforeById = byKey(before, (goal) => goal.id);
  const afterById = byKey(after, (goal) => goal.id);
  const changes: GoalChange[] = [];
  for (const [key, goal] of afterById) {
    const old = beforeById.get(key);
    if (!old) {
      changes.push({ kind: "added", goal: summarise(goal) });
      continue;
    }
    const details = compareGoal(old, goal);
    if (details.length > 0) changes.push({ kind: "changed", id: goal.id, title: goal.title, details });
  }
  for (const [key, goal] of beforeById) if (!afterById.has(key)) changes.push({ kind: "removed", goal: summarise(goal) });
  return changes;
}

/** The facts that name a goal in a listing. */
export function summarise(goal: AgreementGoal): GoalSummary {
  return { id: goal.id, section: goal.section, title: goal.title, ...(goal.common === undefined ? {} : { common: goal.common }) };
}

function compareGoal(before: AgreementGoal, after: AgreementGoal): GoalDetail[] {
  const details: GoalDetail[] = [];
  if (before.title !== after.title) details.push({ kind: "retitled", before: before.title, after: after.title });
  if (before.section !== after.section) details.push({ kind: "moved", before: before.section, after: after.section });
  if (before.common !== after.common) details.push({ kind: "common-goal", ...optional("before", before.common), ...optional("after", after.common) });

  const oldMeasures = new Set(before.measures ?? []);
  const newMeasures = new Set(after.measures ?? []);
  for (const text of oldMeasures) if (!newMeasures.has(text)) details.push({ kind: "measure-removed", text });
  for (const text of newMeasures) if (!oldMeasures.has(text)) details.push({ kind: "measure-added", text });

  details.push(...compareMeters(before.meters ?? [], after.meters ?? []));
  details.push(...compareCriteria(before.criteria ?? {}, after.criteria ?? {}));
  return details;
}

/** Meters matched by name: a renamed meter is one removed and one added. */
function compareMeters(before: readonly Meter[], after: readonly Meter[]): GoalDetail[] {
  const oldByName = byKey(before, (meter) => meter.name);
  const newByName = byKey(after, (meter) => meter.name);
  const details: GoalDetail[] = [];
  for (const [key, meter] of oldByName) if (!newByName.has(key)) details.push({ kind: "meter-removed", meter });
  for (const [key, meter] of newByName) {
    const old = oldByName.get(key);
    if (!old) {
      details.push({ kind: "meter-added", meter });
      continue;
    }
    for (const field of METER_FIELDS) {
      if (old[field] !== meter[field]) {
        details.push({ kind: "meter-changed", name: meter.name, field, ...optional("before", old[field]), ...optional("after", meter[field]) });
      }
    }
  }
  return details;
}

function compareCriteria(before: Criteria, after: Criteria): GoalDetail[] {
  const levels = [...new Set([...CRITERIA_LEVELS, ...Object.keys(before), ...Object.keys(after)])];
  const details: GoalDetail[] = [];
  for (const level of levels) {
    const old = (before as Record<string, string | undefined>)[level];
    const now = (after as Record<string, string | undefined>)[level];
    if (old !== now) details.push({ kind: "criterion-changed", level, ...optional("before", old), ...optional("after", now) });
  }
  return details;
}

/** Items by key; a repeated key (a lint error of its own) gets " (2)" so neither copy is lost. */
export function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    let name = key(item);
    for (let count = 2; map.has(name); count++) name = `${key(item)} (${count})`;
    map.set(name, item);
  }
  return map;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
