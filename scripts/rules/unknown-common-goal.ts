import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { goalId } from "../model/recognise.js";
import { closestMatch } from "../model/suggest.js";
import type { CatalogueGoal } from "../model/types.js";
import { agreementRule, catalogueFor } from "./rule.js";

/** Every id in the catalogue's goal tree: a parent such as `hr` is a valid choice as well as its children. */
function catalogueGoalIds(goals: readonly CatalogueGoal[]): string[] {
  return goals.flatMap((goal) => [goal.id, ...catalogueGoalIds(goal.children ?? [])]);
}

export const unknownCommonGoal = agreementRule({
  id: "unknown-common-goal",
  defaultSeverity: "error",
  description: "A common goal must name a goal id from the common goals of the cycle's instruction.",
  check(file, context) {
    const entry = catalogueFor(context, file.view.cycle);
    if (!entry) return [];
    const ids = catalogueGoalIds(entry.catalogue.goals);
    return (file.view.goals ?? []).flatMap((goal, index) => {
      if (goal === undefined || goal.section !== "common" || goal.common === undefined || ids.includes(goal.common)) return [];
      const suggestion = goalId(goal.common, ids) ?? closestMatch(goal.common, ids);
      return [{
        text: say("unknown-common-goal", { common: goal.common, cycle: entry.catalogue.cycle, path: entry.path, suggestion, ids }),
        ...locate(file, ["goals", index, "common"]),
      }];
    });
  },
});
