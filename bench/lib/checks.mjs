// Reads each tool's output after a run, so a broken run (a crash, no JSON, a usage error) stops the
// benchmark instead of being timed as if it were a fast lint.

import { DEFECT_RULES } from "../generate.mjs";

export class BrokenRun extends Error {}

function broken(label, result, why) {
  const output = `${result.stderr}\n${result.stdout}`.trim().split("\n").slice(-15).join("\n");
  return new BrokenRun(`${label}: ${why} (exit code ${result.code}).\n${output}`);
}

/**
 * `agreements lint --format json`: exit 1 is expected (the corpus has defects), exit 2 is not. Counts the
 * findings by rule and compares them with the planted defects.
 */
export function readLint(label, result, defects) {
  if (result.code !== 0 && result.code !== 1) throw broken(label, result, "the lint did not finish");
  let findings;
  try {
    findings = JSON.parse(result.stdout);
  } catch {
    throw broken(label, result, "the lint did not print JSON findings");
  }
  if (!Array.isArray(findings)) throw broken(label, result, "the JSON is not an array of findings");
  const byRule = {};
  const rulesByFile = new Map();
  for (const finding of findings) {
    byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
    if (!rulesByFile.has(finding.file)) rulesByFile.set(finding.file, new Set());
    rulesByFile.get(finding.file).add(finding.rule);
  }
  return { exitCode: result.code, findings: findings.length, byRule, ...compareWithDefects(rulesByFile, defects) };
}

/** Planted defects found by the rule meant to find them, defects missed, and findings in clean files. */
function compareWithDefects(rulesByFile, defects) {
  const planted = {};
  for (const [file, kind] of Object.entries(defects)) {
    const expectedRule = DEFECT_RULES[kind];
    planted[kind] ??= { rule: expectedRule, planted: 0, found: 0 };
    planted[kind].planted++;
    if (rulesByFile.get(file)?.has(expectedRule)) planted[kind].found++;
  }
  const cleanFilesWithFindings = [...rulesByFile.keys()].filter((file) => !(file in defects));
  return { planted, cleanFilesWithFindings: cleanFilesWithFindings.length, cleanFileExamples: cleanFilesWithFindings.slice(0, 5) };
}

/** The floor prints one JSON line. */
export function readFloor(label, result) {
  if (result.code !== 0) throw broken(label, result, "the floor script failed");
  try {
    return JSON.parse(result.stdout.trim().split("\n").at(-1));
  } catch {
    throw broken(label, result, "the floor script did not print its JSON line");
  }
}

/** markdownlint-cli2 exits 1 when it finds something (it will: its rules are not ours), 2 on failure. */
export function readMarkdownlint(label, result) {
  if (result.code !== 0 && result.code !== 1) throw broken(label, result, "markdownlint-cli2 failed");
  const linted = /Linting: (\d+) file/.exec(result.stdout);
  const summary = /Summary: (\d+) error/.exec(result.stdout);
  if (!linted || !summary) throw broken(label, result, "markdownlint-cli2 printed no summary");
  return { exitCode: result.code, filesLinted: Number(linted[1]), errors: Number(summary[1]) };
}
