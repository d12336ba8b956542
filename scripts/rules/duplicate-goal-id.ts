import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
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
        text: say("duplicate-goal-id", { number: index + 1, id: goal.id, first: first + 1 }),
        ...locate(file, ["goals", index, "id"]),
      });
    });
    return reports;
  },
});
