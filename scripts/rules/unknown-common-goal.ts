import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const unknownCommonGoal: Rule = {
  id: "unknown-common-goal",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
