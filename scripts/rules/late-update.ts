import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const lateUpdate: Rule = {
  id: "late-update",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
