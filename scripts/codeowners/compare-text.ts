import { printable } from "../output/markdown-escape.js";

/**
 * The difference between the CODEOWNERS file on disk and the one the agreements give, in a few lines for
 * a CI log: "-" for a line to go, "+" for a line to come. Every line of the file is unique and the lines are
 * sorted, so which lines differ says all there is to say.
 */
export function describeDifference(current: string, expected: string, maxLines = 10): string[] {
  const currentLines = current.split(/\r?\n/).filter((line) => line !== "");
  const expectedLines = expected.split(/\r?\n/).filter((line) => line !== "");
  const expectedSet = new Set(expectedLines);
  const currentSet = new Set(currentLines);
  const changes = [
    ...currentLines.filter((line) => !expectedSet.has(line)).map((line) => `- ${printable(line)}`),
    ...expectedLines.filter((line) => !currentSet.has(line)).map((line) => `+ ${printable(line)}`),
  ];
  if (changes.length === 0 && current !== expected) return ["(only blank lines or line endings differ)"];
  if (changes.length <= maxLines) return changes;
  return [...changes.slice(0, maxLines - 1), `… and ${changes.length - (maxLines - 1)} more changed lines`];
}
