import { locate } from "../model/document.js";
import { agreementRule } from "./rule.js";

export const commonGoalsMissing = agreementRule({
  id: "common-goals-missing",
  defaultSeverity: "error",
  description: "Every agreement must include at least one of the state's common management goals (section: common).",
  check(file, context) {
    const entry = context.catalogues.get(file.agreement.cycle);
    if (!entry || file.agreement.goals.some((goal) => goal.section === "common")) return [];
    const examples = entry.catalogue.goals.map((goal) => goal.id).join(", ");
    return [{
      message: `The agreement has no common management goal: none of its goals has section: common.`,
      hint: `Add the common goals chosen in the management discussion, each with section: common and common: <goal id> from ${entry.path} (for example ${examples}).`,
      ...locate(file, ["goals"], true),
    }];
  },
});
