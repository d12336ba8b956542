import type { Severity } from "../rules/rule.js";

/** Where each rule's documentation lives: its section in README.md (the anchor is the rule id). */
export const DOCS_BASE = "https://github.com/agreements-as-code/agreements-as-code/blob/main/README.md#";

/** One finding as every formatter receives it. The JSON format prints exactly these fields. */
export interface Finding {
  /** Repository-relative path with forward slashes. */
  file: string;
  /** 1-based line and column (UTF-16 code units) of the offending key or value. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
  hint: string;
  docs: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
