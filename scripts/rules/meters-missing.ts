import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { agreementRule, catalogueFor } from "./rule.js";

/** Positioned like `measures-missing`: the empty `meters` key, or else the goal's `id` key. */
export const metersMissing = agreementRule({
  id: "meters-missing",
  defaultSeverity: "error",
  description: "In a cycle whose goals feed the result bonus, every goal must have at least one meter.",
  check(file, context) {
    const entry = catalogueFor(context, file.view.cycle);
    if (!entry?.catalogue.bonus.goalsNeedMetersAndCriteria) return [];
    return (file.view.goals ?? []).flatMap((goal, index) => {
      if (goal?.id === undefined) return [];
      if ((goal.meters?.length ?? 0) > 0) return [];
      return [{
        text: say("meters-missing", { goal: goal.id, cycle: entry.catalogue.cycle }),
        ...locate(file, ["goals", index, goal.meters ? "meters" : "id"], true),
      }];
    });
  },
});
