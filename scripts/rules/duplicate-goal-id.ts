import { locate } from "../model/document.js";
import { agreementRule, type Report } from "./rule.js";

/**
 * `diff`, `history` and the pull request comment follow a goal from version to version by its id; two
 * goals with one id in a file would be mixed up there (a meter seemingly moved from one to the other).
 */
export const duplicateGoalId = agreementRule({
  id: "duplicate-goal-id",
  defaultSeverity: "error",
  description: "Each goal of an agreement must have its own id.",
  check(file) {
    const firstIndex = new Map<string, number>();
    const reports: Report[] = [];
    (file.view.goals ?? []).forEach((goal, index) => {
      if (goal?.id === undefined) return;
      const first = firstIndex.get(goal.id);
      if (first === undefined) {
        firstIndex.set(goal.id, index);
        return;
      }
      reports.push({
        message: `Goal ${index + 1} has the id "${goal.id}", which goal ${first + 1} already has.`,
        hint: "Give each goal its own id, for example by adding a word that tells this goal apart; keep the id of the goal that was there first.",
        ...locate(file, ["goals", index, "id"]),
      });
    });
    return reports;
  },
});
