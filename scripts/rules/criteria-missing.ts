import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { agreementRule, catalogueFor } from "./rule.js";

/** Positioned like `measures-missing`: the `criteria` key when present, or else the goal's `id` key. */
export const criteriaMissing = agreementRule({
  id: "criteria-missing",
  defaultSeverity: "error",
  description: "In a cycle whose goals feed the result bonus, every goal must have criteria for judging its success.",
  check(file, context) {
    const entry = catalogueFor(context, file.view.cycle);
    if (!entry?.catalogue.bonus.goalsNeedMetersAndCriteria) return [];
    return (file.view.goals ?? []).flatMap((goal, index) => {
      if (goal?.id === undefined) return [];
      if (Object.keys(goal.criteria ?? {}).length > 0) return [];
      return [{
        text: say("criteria-missing", { goal: goal.id, cycle: entry.catalogue.cycle }),
        ...locate(file, ["goals", index, goal.criteria ? "criteria" : "id"], true),
      }];
    });
  },
});
