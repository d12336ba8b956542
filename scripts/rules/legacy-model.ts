import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const legacyModel: Rule = {
  id: "legacy-model",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
