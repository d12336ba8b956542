import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const criteriaMissing: Rule = {
  id: "criteria-missing",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
