import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { agreementRule, catalogueFor } from "./rule.js";

export const commonGoalsMissing = agreementRule({
  id: "common-goals-missing",
  defaultSeverity: "error",
  description: "Every agreement must include at least one of the state's common management goals (section: common).",
  check(file, context) {
    const entry = catalogueFor(context, file.view.cycle);
    // Without a valid goals list the schema rule has spoken; a goal whose section is wrong may be the common one.
    const goals = file.view.goals;
    if (!entry || !goals || goals.some((goal) => goal === undefined || goal.section === undefined || goal.section === "common")) return [];
    const examples = entry.catalogue.goals.map((goal) => goal.id);
    return [{
      text: say("common-goals-missing", { path: entry.path, examples }),
      ...locate(file, ["goals"], true),
    }];
  },
});
