import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const catalogue: Rule = {
  id: "catalogue",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
