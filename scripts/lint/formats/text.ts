import type { Finding } from "../finding.js";
import { outputWords, totalsLine } from "../../messages/output.js";
import type { Formatter } from "./formatter.js";

const paint = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const styles = { red: paint(31), yellow: paint(33), green: paint(32), dim: paint(2), bold: paint(1) };
const plain = { red: String, yellow: String, green: String, dim: String, bold: String };

/**
 * File text may hold line breaks or terminal escapes: shown as \uXXXX so it can neither start a line
 * (a `::command` in a CI log) nor restyle the terminal.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
const visible = (text: string) => text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** `file:line:col  severity  message  rule-id`, grouped by file, with the fix hint below, and a totals line. */
export const formatText: Formatter = (findings, options) => {
  const style = options.color ? styles : plain;
  const words = outputWords(options.language);
  // Padded to the longer of the two words, so the messages line up.
  const width = Math.max(words.error.length, words.warning.length);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  for (const [file, group] of byFile) {
    lines.push(style.bold(visible(file)));
    for (const finding of group) {
      const severity = finding.severity === "error" ? style.red(words.error.padEnd(width)) : style.yellow(words.warning.padEnd(width));
      lines.push(`${visible(file)}:${finding.line}:${finding.column}  ${severity}  ${visible(finding.message)}  ${style.dim(finding.rule)}`);
      if (finding.hint) lines.push(`  ${style.dim("→")} ${visible(finding.hint)}`);
    }
    lines.push("");
  }
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0) {
    lines.push(style.green(`✔ ${words.clean(words.checkedFiles(options.filesChecked))}`));
  } else {
    const summary = totalsLine(words, { errors, warnings, files: byFile.size, checked: options.filesChecked });
    lines.push(errors > 0 ? style.red(`✖ ${summary}`) : style.yellow(`⚠ ${summary}`));
  }
  return `${lines.join("\n")}\n`;
};
