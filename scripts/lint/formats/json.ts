import type { Formatter } from "./formatter.js";

/** A stable JSON array of findings (the fields of `Finding`, in that order), documented in README. */
export const formatJson: Formatter = (findings) =>
  `${JSON.stringify(
    findings.map(({ file, line, column, endLine, endColumn, rule, severity, message, hint, docs }) => ({ file, line, column, endLine, endColumn, rule, severity, message, hint, docs })),
    null,
    2,
  )}\n`;
