import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const bonusNotApplicable: Rule = {
  id: "bonus-not-applicable",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
