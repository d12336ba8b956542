import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const termDates: Rule = {
  id: "term-dates",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
