import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { lint, type LintResult } from "../../scripts/lint/engine.js";
import { RULES } from "../../scripts/rules/index.js";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const RULE_FIXTURES = join(REPOSITORY_ROOT, "test", "fixtures", "rules");

/** A fixture case states its own expectations: the date to lint on and the findings of its rule. */
export interface Expectation {
  today: string;
  findings: { file: string; line: number; column: number }[];
}

function walk(directory: string, root: string, files: string[] = []): string[] {
  for (const entry of readdirSync(directory)) {
    const absolute = join(directory, entry);
    if (statSync(absolute).isDirectory()) walk(absolute, root, files);
    else if (entry.endsWith(".md")) files.push(relative(root, absolute).split(sep).join("/"));
  }
  return files;
}

/**
 * Lints a fixture folder laid out like a repository (agreements/, optionally goals/). Without its own
 * goals/ it is checked against the shipped catalogues, so fixtures do not copy them.
 */
export function lintFixture(caseDirectory: string, today: string): LintResult {
  const ownGoals = existsSync(join(caseDirectory, "goals"));
  const files = walk(caseDirectory, caseDirectory).map((path) => ({ path, bytes: readFileSync(join(caseDirectory, path)) }));
  const shippedGoals = ownGoals ? [] : walk(join(REPOSITORY_ROOT, "goals"), REPOSITORY_ROOT).map((path) => ({ path, bytes: readFileSync(join(REPOSITORY_ROOT, path)) }));
  return lint({
    files: [...files, ...shippedGoals],
    rules: RULES,
    today,
    reportOn: (path) => ownGoals || !path.startsWith("goals/"),
    keepParsed: true,
    pathExists: (path) => existsSync(join(caseDirectory, path)) || (!ownGoals && path.startsWith("goals/") && existsSync(join(REPOSITORY_ROOT, path))),
  });
}

export function fixtureCases(ruleId: string): { name: string; directory: string; expectation: Expectation }[] {
  const directory = join(RULE_FIXTURES, ruleId);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => statSync(join(directory, name)).isDirectory())
    .map((name) => ({
      name,
      directory: join(directory, name),
      expectation: JSON.parse(readFileSync(join(directory, name, "expected.json"), "utf8")) as Expectation,
    }));
}
