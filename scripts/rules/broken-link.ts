import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const brokenLink: Rule = {
  id: "broken-link",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
