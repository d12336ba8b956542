import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, onTestFinished, test } from "vitest";
import { main } from "../../scripts/cli.js";
import { UsageError, UserError } from "../../scripts/errors.js";
import { FileWriteError } from "../../scripts/files/write-failure.js";
import { RepositoryError } from "../../scripts/git/errors.js";
import { GitHubError } from "../../scripts/github/errors.js";
import { TagConflict } from "../../scripts/submission/plan.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

/** Runs the whole CLI as the bin does, in `cwd`, and keeps what it printed. */
async function run(argv: readonly string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const status = await main({ argv, cwd, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env }, isTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

/** A folder with agreements/ and goals/ that is no Git repository. */
function plainFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "agreements-errors-"));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(join(folder, "agreements"));
  mkdirSync(join(folder, "goals"));
  return folder;
}

const HINT = /--help" for the options/;

describe("a problem the user can fix is printed by main() alone", () => {
  test("the Git, GitHub and file errors and a tag conflict are all UserErrors; only a usage error offers --help", () => {
    for (const error of [new RepositoryError("r"), new GitHubError("g"), new FileWriteError("f"), new TagConflict("t"), new UsageError("u")]) {
      expect(error).toBeInstanceOf(UserError);
    }
    expect(new RepositoryError("r")).not.toBeInstanceOf(UsageError);
    expect(new GitHubError("g")).not.toBeInstanceOf(UsageError);
  });

  test("a Git problem found deep inside a command reaches main() unconverted: its sentence, exit 2, no --help hint", async () => {
    const folder = plainFolder();
    const result = await run(["diff", "submission-2019", "submission-2020"], folder);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^agreements diff: ".*" is not inside a Git repository\. Run the command in your copy of the agreements repository/);
    expect(result.stderr).not.toMatch(HINT);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("a GitHub setup problem is the same: the sentence naming the variable, exit 2, no hint, no stack", async () => {
    const result = await run(["approvals", "--pr", "1", "--repo", "valtioneuvosto/agreements"], REPOSITORY_ROOT);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'agreements approvals: No GitHub token: the environment variable GITHUB_TOKEN is not set or empty. In a workflow, add "env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}" to the step.\n',
    );
  });

  test("a wrong option is a usage error, with the pointer to --help", async () => {
    const result = await run(["lint", "--no-such-flag"], REPOSITORY_ROOT);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^agreements lint: Unknown option '--no-such-flag'/);
    expect(result.stderr).toMatch(/\nRun "agreements lint --help" for the options\.\n$/);
  });

  test("the errors module is a leaf, and only main() turns a UserError into text", () => {
    const scripts = join(REPOSITORY_ROOT, "scripts");
    expect(readFileSync(join(scripts, "errors.ts"), "utf8")).not.toMatch(/^import /m);
    const converting = listFiles(scripts)
      .filter((file) => file.endsWith(".ts"))
      .filter((file) => /instanceof (UserError|UsageError)\b/.test(readFileSync(file, "utf8")))
      .map((file) => relative(REPOSITORY_ROOT, file));
    expect(converting).toEqual(["scripts/cli.ts"]);
  });

  test("no catch block turns one error into another with the same sentence: it would only hide what the error was", () => {
    const converting = listFiles(join(REPOSITORY_ROOT, "scripts"))
      .filter((file) => file.endsWith(".ts"))
      .filter((file) => /new (UsageError|UserError)\(error\.message\b|asUsageError/.test(readFileSync(file, "utf8")))
      .map((file) => relative(REPOSITORY_ROOT, file));
    expect(converting).toEqual([]);
  });
});

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)]));
}
