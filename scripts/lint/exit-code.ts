import type { Finding } from "./finding.js";

/** Exit policy, apart from the rules: 1 on any error, or on more warnings than allowed; else 0. */
export function exitCode(findings: readonly Finding[], maxWarnings?: number): 0 | 1 {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}
