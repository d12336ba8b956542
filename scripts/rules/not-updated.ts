import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const notUpdated: Rule = {
  id: "not-updated",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
