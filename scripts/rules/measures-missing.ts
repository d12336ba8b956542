import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const measuresMissing: Rule = {
  id: "measures-missing",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
