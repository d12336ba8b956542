import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const uniqueId: Rule = {
  id: "unique-id",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
