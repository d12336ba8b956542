import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Finding } from "../../scripts/lint/finding.js";
import { runBin, type BinRun as Run } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

/**
 * The real bin as a subprocess, as a user or a workflow runs it. It runs dist/, so the test command builds
 * first (`npm test` = `npm run build && vitest run`).
 */
const FIXTURES = join(REPOSITORY_ROOT, "test", "fixtures", "cli");
/** A repository with schema errors (one a hostile key full of workflow-command text) and a YAML syntax error. */
const ERRORS = join(FIXTURES, "errors");
/** A repository whose only problems are schema errors, which its own config turns into warnings. */
const WARNINGS = join(FIXTURES, "warnings");
// The texts asserted here are the English ones; the default language is tested in test/messages/messages-command.test.ts.
const TODAY = ["--today", "2020-05-01", "--lang", "en"];
const VERSION = (JSON.parse(readFileSync(join(REPOSITORY_ROOT, "package.json"), "utf8")) as { version: string }).version;
const ANSI = /\u001b\[/;

/** The environment minus anything that changes output, so a run inside GitHub Actions never writes its real job summary. */
const BASE_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !["GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"].includes(key)),
);

function run(args: readonly string[], cwd: string = REPOSITORY_ROOT, env: Record<string, string> = {}): Promise<Run> {
  return runBin(args, { cwd, env: { ...BASE_ENV, ...env }, timeout: 20_000 });
}

const temporary: string[] = [];
function tempDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), "agreements-cli-"));
  temporary.push(directory);
  return directory;
}
/** A throwaway copy of a fixture repository with one more file (a config, a summary) written into its root. */
function copyWithFile(fixture: string, name: string, content: string): string {
  const directory = tempDirectory();
  cpSync(fixture, directory, { recursive: true });
  writeFileSync(join(directory, name), content);
  return directory;
}
afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

interface Case {
  name: string;
  args: readonly string[];
  /** The repository to run in (default: this one); a function for one made on the spot. */
  cwd?: string | (() => string);
  env?: (cwd: string) => Record<string, string>;
  status: number;
  stdout?: RegExp;
  check?: (result: Run, cwd: string) => void | Promise<void>;
}

const usageError = (pattern: RegExp) => (result: Run) => {
  expect(result.stderr).toMatch(pattern);
  expect(result.stdout).toBe("");
};

const cases: Case[] = [
  { name: "--version prints the package version", args: ["--version"], status: 0, check: (result) => expect(result.stdout).toBe(`${VERSION}\n`) },
  { name: "--help lists the commands", args: ["--help"], status: 0, stdout: /Usage: agreements <command>[\s\S]*\blint\b[\s\S]*\bschema\b/ },
  { name: "no command shows the help and exits 2", args: [], status: 2, stdout: /Usage: agreements <command>/ },
  { name: "lint --help shows the lint options", args: ["lint", "--help"], status: 0, stdout: /Usage: agreements lint[\s\S]*--format[\s\S]*--max-warnings/ },
  { name: "an unknown command is a usage error", args: ["frobnicate"], status: 2, check: usageError(/"frobnicate" is not a command/) },
  { name: "an unknown flag is a usage error that names it", args: ["lint", "--frobnicate"], status: 2, check: usageError(/--frobnicate/) },
  { name: "an unknown format is a usage error", args: ["lint", "--format", "nope"], status: 2, check: usageError(/--format[\s\S]*"nope"/) },
  { name: "an impossible --today is a usage error", args: ["lint", "--today", "2020-13-01"], status: 2, check: usageError(/--today[\s\S]*2020-13-01/) },
  { name: "--max-warnings must be a number", args: ["lint", "--max-warnings", "some"], status: 2, check: usageError(/--max-warnings/) },
  { name: "a path that does not exist is a usage error", args: ["lint", "no/such/folder", ...TODAY], status: 2, check: usageError(/"no\/such\/folder" does not exist/) },

  {
    name: "the shipped repository lints clean",
    args: ["lint", ...TODAY],
    status: 0,
    check: (result) => {
      expect(result.stdout).toMatch(/\d+ files? checked/);
      expect(result.stdout).not.toMatch(/\berror\b/);
      expect(result.stderr).toBe("");
    },
  },

  {
    name: "text: findings grouped by file with positions, rule ids and a totals line",
    args: ["lint", ...TODAY],
    cwd: ERRORS,
    status: 1,
    check: (result) => {
      expect(result.stdout).toContain('agreements/vm/schema-errors.md:4:11  error    "language" must be one of sv, fi, en');
      expect(result.stdout).toMatch(/agreements\/om\/broken-yaml\.md:3:8 {2}error {4}.*front-matter-syntax/);
      expect(result.stdout).toMatch(/✖ \d+ errors and 0 warnings in 2 files \(3 files checked\)\./);
    },
  },
  {
    name: "json: a parsable array with every documented field",
    args: ["lint", ...TODAY, "--format", "json"],
    cwd: ERRORS,
    status: 1,
    check: (result) => {
      const findings = JSON.parse(result.stdout) as Finding[];
      for (const finding of findings) {
        expect(Object.keys(finding)).toEqual(["file", "line", "column", "endLine", "endColumn", "rule", "severity", "message", "hint", "docs"]);
        expect(finding.docs).toMatch(new RegExp(`#${finding.rule}$`));
      }
      expect(findings).toContainEqual(expect.objectContaining({ file: "agreements/vm/schema-errors.md", line: 4, column: 11, endLine: 4, endColumn: 22, rule: "schema", severity: "error" }));
      expect(findings).toContainEqual(expect.objectContaining({ file: "agreements/vm/schema-errors.md", line: 14, column: 9, rule: "schema" }));
      expect(findings).toContainEqual(expect.objectContaining({ file: "agreements/om/broken-yaml.md", line: 3, column: 8, rule: "front-matter-syntax", severity: "error" }));
      expect(findings.some((finding) => finding.file.startsWith("goals/"))).toBe(false);
    },
  },
  {
    name: "sarif: a parsable SARIF 2.1.0 log with the findings",
    args: ["lint", ...TODAY, "--format", "sarif"],
    cwd: ERRORS,
    status: 1,
    check: (result) => {
      const log = JSON.parse(result.stdout);
      expect(log.version).toBe("2.1.0");
      expect(log.runs[0].tool.driver).toMatchObject({ name: "agreements", version: VERSION });
      expect(log.runs[0].results).toContainEqual(
        expect.objectContaining({
          ruleId: "schema",
          level: "error",
          locations: [{ physicalLocation: { artifactLocation: { uri: "agreements/vm/schema-errors.md", uriBaseId: "%SRCROOT%" }, region: { startLine: 4, startColumn: 11, endLine: 4, endColumn: 22 } } }],
        }),
      );
      expect(log.runs[0].results.some((item: { ruleId: string }) => item.ruleId === "front-matter-syntax")).toBe(true);
    },
  },
  {
    name: "github: escaped annotations, and a job summary with every finding",
    args: ["lint", ...TODAY, "--format", "github"],
    cwd: () => copyWithFile(ERRORS, "__summary__", "previous step's summary\n"),
    env: (cwd) => ({ GITHUB_STEP_SUMMARY: join(cwd, "__summary__") }),
    status: 1,
    check: async (result, cwd) => {
      const expected = JSON.parse((await run(["lint", ...TODAY, "--format", "json"], cwd)).stdout) as Finding[];
      const lines = result.stdout.split(/\r\n|\r|\n/).filter(Boolean);
      const commands = lines.filter((line) => line.startsWith("::"));
      expect(commands).toHaveLength(expected.length);
      for (const line of commands) expect(line).toMatch(/^::error file=[^:,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
      expect(commands).toContain('::error file=agreements/vm/schema-errors.md,line=4,col=11,endLine=4,endColumn=22,title=schema::"language" must be one of sv, fi, en; it is "<b>no</b>". Write one of: sv, fi, en.');
      // The hostile key's "\r\n::error::pwned" stays inside its own annotation.
      expect(lines.some((line) => line.startsWith("::error::pwned"))).toBe(false);
      expect(result.stdout).toContain("%0D%0A::error::pwned");

      const summary = readFileSync(join(cwd, "__summary__"), "utf8");
      expect(summary).toContain("## Agreements lint");
      const rows = summary.split("\n").filter((line) => line.startsWith("| agreements/"));
      expect(rows).toHaveLength(expected.length);
      for (const finding of expected) expect(summary).toContain(`| ${finding.file}:${finding.line}:${finding.column} | ${finding.severity} |`);
      expect(summary).not.toContain("<script>");
      // Appended, as GitHub expects: what an earlier step wrote stays.
      expect(summary.startsWith("previous step's summary\n")).toBe(true);
    },
  },

  { name: "warnings only: exit 0", args: ["lint", ...TODAY, "--config", "schema-as-warning.json"], cwd: WARNINGS, status: 0, stdout: /⚠ 0 errors and 2 warnings in 1 file/ },
  { name: "warnings only with --max-warnings 0: exit 1", args: ["lint", ...TODAY, "--config", "schema-as-warning.json", "--max-warnings", "0"], cwd: WARNINGS, status: 1, stdout: /0 errors and 2 warnings/ },
  { name: "warnings only within --max-warnings: exit 0", args: ["lint", ...TODAY, "--config", "schema-as-warning.json", "--max-warnings", "2"], cwd: WARNINGS, status: 0 },
  { name: "the same repository without the config: errors, exit 1", args: ["lint", ...TODAY], cwd: WARNINGS, status: 1, stdout: /2 errors and 0 warnings/ },

  {
    name: "NO_COLOR: no ANSI escapes",
    args: ["lint", ...TODAY],
    cwd: ERRORS,
    env: () => ({ NO_COLOR: "1" }),
    status: 1,
    check: (result) => expect(result.stdout + result.stderr).not.toMatch(ANSI),
  },
  {
    name: "not a terminal: no ANSI escapes",
    args: ["lint", ...TODAY],
    cwd: ERRORS,
    status: 1,
    check: (result) => {
      expect(result.stdout).toMatch(/error/);
      expect(result.stdout + result.stderr).not.toMatch(ANSI);
    },
  },

  {
    name: "agreements.config.json can turn a rule off",
    args: ["lint", ...TODAY, "--format", "json"],
    cwd: () => copyWithFile(ERRORS, "agreements.config.json", JSON.stringify({ rules: { schema: "off" } })),
    status: 1,
    check: (result) => {
      const findings = JSON.parse(result.stdout) as Finding[];
      expect(findings.filter((finding) => finding.rule === "schema")).toEqual([]);
      expect(findings.some((finding) => finding.rule === "front-matter-syntax")).toBe(true);
    },
  },
  {
    name: "agreements.config.json can make a rule a warning",
    args: ["lint", ...TODAY, "--format", "json"],
    cwd: () => copyWithFile(ERRORS, "agreements.config.json", JSON.stringify({ rules: { schema: "warn" } })),
    status: 1,
    check: (result) => {
      const findings = JSON.parse(result.stdout) as Finding[];
      const schema = findings.filter((finding) => finding.rule === "schema");
      expect(schema.length).toBeGreaterThan(0);
      expect(schema.every((finding) => finding.severity === "warning")).toBe(true);
      expect(findings.find((finding) => finding.rule === "front-matter-syntax")?.severity).toBe("error");
    },
  },
  {
    name: "agreements.config.yaml is read too",
    args: ["lint", ...TODAY, "--format", "json"],
    cwd: () => copyWithFile(ERRORS, "agreements.config.yaml", "rules:\n  front-matter-syntax: off\n"),
    status: 1,
    check: (result) => expect((JSON.parse(result.stdout) as Finding[]).some((finding) => finding.rule === "front-matter-syntax")).toBe(false),
  },
  {
    name: "a config with an unknown key: exit 2 naming the key",
    args: ["lint", ...TODAY],
    cwd: () => copyWithFile(ERRORS, "agreements.config.json", JSON.stringify({ rulez: { schema: "off" } })),
    status: 2,
    check: usageError(/"rulez" is not a config key[\s\S]*Did you mean "rules"/),
  },
  {
    name: "a config with an unknown rule id: exit 2 naming it",
    args: ["lint", ...TODAY],
    cwd: () => copyWithFile(ERRORS, "agreements.config.json", JSON.stringify({ rules: { shema: "off" } })),
    status: 2,
    check: usageError(/"rules\.shema" is not a rule[\s\S]*Did you mean "schema"/),
  },
  {
    name: "a config with a bad severity: exit 2 naming the rule",
    args: ["lint", ...TODAY],
    cwd: () => copyWithFile(ERRORS, "agreements.config.json", JSON.stringify({ rules: { schema: "loud" } })),
    status: 2,
    check: usageError(/"rules\.schema" must be off, warn or error/),
  },
  {
    name: "a config that is not JSON: exit 2",
    args: ["lint", ...TODAY],
    cwd: () => copyWithFile(ERRORS, "agreements.config.json", "{ rules: "),
    status: 2,
    check: usageError(/agreements\.config\.json is not valid JSON/),
  },
  { name: "--config naming a missing file: exit 2", args: ["lint", ...TODAY, "--config", "missing.json"], cwd: ERRORS, status: 2, check: usageError(/missing\.json cannot be read/) },
];

describe("agreements (the real bin, as a subprocess)", () => {
  // Each case is its own process, so they run side by side.
  it.concurrent.each(cases.map((item) => [item.name, item] as const))("%s", async (_name, item) => {
    const cwd = typeof item.cwd === "function" ? item.cwd() : item.cwd ?? REPOSITORY_ROOT;
    const result = await run(item.args, cwd, item.env?.(cwd));
    expect(result.status, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(item.status);
    if (item.stdout) expect(result.stdout).toMatch(item.stdout);
    await item.check?.(result, cwd);
  });
});
