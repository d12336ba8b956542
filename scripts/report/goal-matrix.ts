import type { Catalogue, CatalogueGoal, MinistryCode } from "../model/types.js";
import type { GoalUse } from "./model.js";
import { MINISTRIES } from "./sectors.js";

/** The catalogue's goal tree as a list, parents before their children, each knowing its parent. */
export function flattenGoals(goals: readonly CatalogueGoal[], parent: string | null = null, depth = 0): { goal: CatalogueGoal; parent: string | null; depth: number }[] {
  return goals.flatMap((goal) => [{ goal, parent, depth }, ...flattenGoals(goal.children ?? [], goal.id, depth + 1)]);
}

export interface GoalMatrix {
  rows: GoalUse[];
  unused: string[];
}

/**
 * Counts, per sector, the agreements that chose each catalogue goal. An agreement that names a goal twice
 * counts once. `totalWithSubGoals` also counts a parent as used when one of its children is.
 */
export function buildGoalMatrix(catalogue: Catalogue, choices: readonly { sector: MinistryCode; goals: readonly string[] }[]): GoalMatrix {
  const flat = flattenGoals(catalogue.goals);
  const parents = new Map(flat.map((entry) => [entry.goal.id, entry.parent]));
  const rows = new Map<string, GoalUse>(
    flat.map(({ goal, parent, depth }) => [
      goal.id,
      { id: goal.id, parent, depth, title: goal.title, bySector: Object.fromEntries(MINISTRIES.map((code) => [code, 0])) as Record<MinistryCode, number>, total: 0, totalWithSubGoals: 0 },
    ]),
  );
  for (const choice of choices) {
    const chosen = new Set(choice.goals.filter((id) => rows.has(id)));
    const covered = new Set<string>();
    for (const id of chosen) {
      const row = rows.get(id)!;
      row.bySector[choice.sector]++;
      row.total++;
      for (let at: string | null | undefined = id; at; at = parents.get(at)) covered.add(at);
    }
    for (const id of covered) rows.get(id)!.totalWithSubGoals++;
  }
  const list = [...rows.values()];
  return { rows: list, unused: list.filter((row) => row.totalWithSubGoals === 0).map((row) => row.id) };
}
