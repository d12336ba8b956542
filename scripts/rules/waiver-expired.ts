import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const waiverExpired: Rule = {
  id: "waiver-expired",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
