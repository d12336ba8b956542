import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const sectionsMissing: Rule = {
  id: "sections-missing",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
