import { DOCS_BASE, type Finding } from "../../scripts/lint/finding.js";

/** A finding for formatter tests: an error of `schema` at 3:5–3:9 of agreements/vm/a.md unless overridden. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  const rule = overrides.rule ?? "schema";
  return {
    file: "agreements/vm/a.md",
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    rule,
    severity: "error",
    message: "Something is wrong.",
    hint: "Fix it like this.",
    docs: DOCS_BASE + rule,
    ...overrides,
  };
}
