import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const commonGoalsMissing: Rule = {
  id: "common-goals-missing",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
