import type { Finding } from "../finding.js";
import type { Language } from "../../model/types.js";
import type { Rule } from "../../rules/rule.js";

export interface FormatOptions {
  /** How many files were checked, for totals lines. */
  filesChecked: number;
  /** ANSI colour: only on a terminal, never with NO_COLOR. */
  color: boolean;
  /** The rules that ran, for formats that describe them (SARIF). */
  rules: readonly Rule[];
  toolVersion: string;
  /** The language of the formatter's own words (totals, severities); the findings come already rendered. Default English. */
  language?: Language;
}

/** Every output format has this one shape, like markdownlint-cli2's formatters. */
export type Formatter = (findings: readonly Finding[], options: FormatOptions) => string;

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
