import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { fileURLToPath } from "node:url";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { lint, type LanguageChoice, type LintResult } from "../../scripts/lint/engine.js";
import { cutAtClosing } from "../../scripts/model/front-matter.js";
import { RULES } from "../../scripts/rules/index.js";
import { builtAgreements } from "./agreement.js";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const RULE_FIXTURES = join(REPOSITORY_ROOT, "test", "fixtures", "rules");

/** Copies the shipped agreements/ and goals/ into `dir` (made if it is not there). */
export function copyExamples(dir: string): void {
  for (const folder of ["agreements", "goals"]) cpSync(join(REPOSITORY_ROOT, folder), join(dir, folder), { recursive: true });
}

/** A temporary folder (its name starting with `prefix`) with a copy of the shipped agreements and catalogues, removed after the test. */
export function examplesCopy(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  copyExamples(root);
  return root;
}

/** A fixture case states its own expectations: the date to lint on and the findings of its rule. */
export interface Expectation {
  today: string;
  findings: { file: string; line: number; column: number }[];
}

/**
 * Lints a fixture folder laid out like a repository (agreements/, optionally goals/). Without its own
 * goals/ it is checked against the shipped catalogues, so fixtures do not copy them.
 */
export function lintFixture(caseDirectory: string, today: string, languages?: LanguageChoice): LintResult {
  const ownGoals = existsSync(join(caseDirectory, "goals"));
  const read = (root: string, paths: string[]) => paths.map((path) => ({ path, bytes: readFileSync(join(root, path)) }));
  const files = caseFiles(caseDirectory);
  const built = new Set(files.map((file) => file.path));
  const shippedGoals = ownGoals ? [] : read(REPOSITORY_ROOT, collectMarkdownFiles(REPOSITORY_ROOT, ["goals"], []));
  return lint({
    files: [...files, ...shippedGoals],
    rules: RULES,
    today,
    reportOn: (path) => ownGoals || !path.startsWith("goals/"),
    keepParsed: true,
    languages,
    pathExists: (path) => built.has(path) || existsSync(join(caseDirectory, path)) || (!ownGoals && path.startsWith("goals/") && existsSync(join(REPOSITORY_ROOT, path))),
  });
}

/** The Markdown files of a fixture case: its own files and the agreements it builds from the base (changes.yaml). */
export function caseFiles(caseDirectory: string): { path: string; bytes: Buffer }[] {
  const own = collectMarkdownFiles(caseDirectory, ["."], []).map((path) => ({ path, bytes: readFileSync(join(caseDirectory, path)) }));
  return [...own, ...builtAgreements(caseDirectory)].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every agreement the rule fixtures build from the base, named by the path it would have as a file of its case. */
export function builtFixtureAgreements(): { path: string; bytes: Buffer }[] {
  return readdirSync(RULE_FIXTURES).flatMap((rule) =>
    readdirSync(join(RULE_FIXTURES, rule)).flatMap((name) =>
      builtAgreements(join(RULE_FIXTURES, rule, name)).map((file) => ({ path: `test/fixtures/rules/${rule}/${name}/${file.path}`, bytes: file.bytes })),
    ),
  );
}

/**
 * Every Markdown file the repository ships or its tests build: the agreements and catalogues, the files under
 * test/fixtures/, and the agreements the rule fixtures build (builtFixtureAgreements). The corpus on which
 * the parsing shortcuts are held to the definitions they replace.
 */
export function repositoryMarkdownFiles(): { path: string; bytes: Buffer }[] {
  const onDisk = collectMarkdownFiles(REPOSITORY_ROOT, ["agreements", "goals", "test/fixtures"], []).map((path) => ({ path, bytes: readFileSync(join(REPOSITORY_ROOT, path)) }));
  return [...onDisk, ...builtFixtureAgreements()];
}

/** The front matter block of a text as splitFrontMatter cuts it (cutAtClosing), or undefined without a closed block. */
export function frontMatterBlock(text: string): string | undefined {
  const close = text.indexOf("\n---", 3);
  return /^---[ \t]*\r?\n/.test(text) && close !== -1 ? cutAtClosing(text, close).yaml : undefined;
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
