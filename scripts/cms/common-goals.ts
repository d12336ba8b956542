import type { Catalogue, CatalogueGoal } from "../model/types.js";
import type { Language } from "./labels.js";

/**
 * The choices of the common-goal field: every goal of every catalogue, children included, newest
 * catalogue first, each id once. A form cannot make one field's choices depend on another field (the
 * cycle), so it offers them all; the lint still checks that the goal is in the agreement's cycle.
 */
export function commonGoalChoices(catalogues: readonly Catalogue[], language: Language): { id: string; title: string }[] {
  const seen = new Set<string>();
  const choices: { id: string; title: string }[] = [];
  const add = (goal: CatalogueGoal) => {
    if (!seen.has(goal.id)) {
      seen.add(goal.id);
      choices.push({ id: goal.id, title: goal.title[language] });
    }
    for (const child of goal.children ?? []) add(child);
  };
  for (const catalogue of [...catalogues].sort((a, b) => b.cycle - a.cycle)) catalogue.goals.forEach(add);
  return choices;
}
