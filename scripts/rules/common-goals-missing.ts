import { locate } from "../model/document.js";
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
    const examples = entry.catalogue.goals.map((goal) => goal.id).join(", ");
    return [{
      message: `The agreement has no common management goal: none of its goals has section: common.`,
      hint: `Add the common goals chosen in the management discussion, each with section: common and common: <goal id> from ${entry.path} (for example ${examples}).`,
      ...locate(file, ["goals"], true),
    }];
  },
});
