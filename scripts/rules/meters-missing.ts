import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const metersMissing: Rule = {
  id: "meters-missing",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
