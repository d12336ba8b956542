import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const toBeFilled: Rule = {
  id: "to-be-filled",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
