import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { agreementRule, catalogueFor } from "./rule.js";

/**
 * Reported at the goal's `measures` key when it is there but empty, otherwise at the goal's `id` key:
 * that is where the goal starts and where the missing list belongs. `meters-missing` and
 * `criteria-missing` point the same way.
 */
export const measuresMissing = agreementRule({
  id: "measures-missing",
  defaultSeverity: "error",
  description: "Every common goal must list the development measures agreed for it.",
  check(file, context) {
    if (!catalogueFor(context, file.view.cycle)) return [];
    return (file.view.goals ?? []).flatMap((goal, index) => {
      if (goal?.id === undefined) return [];
      if (goal.section !== "common" || (goal.measures?.length ?? 0) > 0) return [];
      return [{
        text: say("measures-missing", { goal: goal.id, common: goal.common }),
        ...locate(file, ["goals", index, goal.measures ? "measures" : "id"], true),
      }];
    });
  },
});
