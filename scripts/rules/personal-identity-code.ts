import type { Rule } from "./rule.js";

// PLACEHOLDER: to be implemented.
export const personalIdentityCode: Rule = {
  id: "personal-identity-code",
  defaultSeverity: "error",
  description: "TODO",
  appliesTo: ["agreement"],
  check: () => [],
};
