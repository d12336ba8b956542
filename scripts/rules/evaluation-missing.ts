import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const evaluationMissing: Rule = {
  id: "evaluation-missing",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
