import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const unknownCycle: Rule = {
  id: "unknown-cycle",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
