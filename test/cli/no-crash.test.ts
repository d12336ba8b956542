import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { threadCount } from "../../scripts/lint/run.js";
import { PARALLEL_THRESHOLD } from "../../scripts/lint/parallel.js";
import { runBin, type BinRun } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, AUTHOR, createTestRepository, type TestRepository } from "../helpers/git-repo.js";

/**
 * Issue 9, item 14: inputs that used to stop a command with "internal error" and a stack trace. Each
 * must now be one plain sentence and exit 2, through the real bin as an official would run it.
 */

const GOALS_2020 = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
const GOALS_2021 = readFileSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md"), "utf8");

async function repositoryWithHistory(files: Record<string, string> = {}): Promise<TestRepository> {
  const repository = await createTestRepository();
  await repository.run(["config", "user.name", AUTHOR.name]);
  await repository.run(["config", "user.email", AUTHOR.email]);
  await repository.commit({ message: "Goals", files: { "goals/2020.md": GOALS_2020, "goals/2021.md": GOALS_2021 } });
  await repository.commit({ message: "Agreements", files: { "agreements/vm/vm-statssekreterare.md": agreementText(), ...files } });
  return repository;
}

/** Exit 2, a sentence on stderr with the expected words, and nothing of a crash. */
function expectPlainRefusal(run: BinRun, words: RegExp): void {
  expect(run.stderr).toMatch(words);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at |Error:|RangeError|TypeError/);
  expect(run.status).toBe(2);
}

describe("no stack trace on hostile arguments (issue 9, item 14)", () => {
  it("diff HEAD~1..HEAD HEAD: a range is not a version", async () => {
    const repository = await repositoryWithHistory();
    const run = await runBin(["diff", "HEAD~1..HEAD", "HEAD"], { cwd: repository.dir, env: repository.env });
    expectPlainRefusal(run, /"HEAD~1\.\.HEAD" is a range of commits; give the two versions separately, for example "HEAD~1" "HEAD"/);
  });

  it("diff HEAD^{tree} HEAD, and a blob or a tag-like name: not a commit", async () => {
    const repository = await repositoryWithHistory();
    for (const version of ["HEAD^{tree}", "HEAD:goals/2020.md", "HEAD^!", "HEAD^@"]) {
      const run = await runBin(["diff", version, "HEAD"], { cwd: repository.dir, env: repository.env });
      expectPlainRefusal(run, /is not a commit, branch or tag in this repository/);
    }
  });

  it("new --id of 300 characters", async () => {
    const repository = await repositoryWithHistory();
    const run = await runBin(["new", "--ministry", "VM", "--id", "a".repeat(300), "--language", "sv", "--today", "2020-05-01"], { cwd: repository.dir, env: repository.env });
    expectPlainRefusal(run, /The agreement id is 300 characters long; it can be at most 100/);
    expect(await repository.run(["status", "--porcelain"])).toBe("");
  });

  it("lint --jobs 99999999999999999999 (and report)", async () => {
    const repository = await repositoryWithHistory();
    for (const command of ["lint", "report"]) {
      const run = await runBin([command, "--jobs", "99999999999999999999", "--today", "2020-05-01"], { cwd: repository.dir, env: repository.env });
      expectPlainRefusal(run, /--jobs is too large \(got 99999999999999999999\)/);
    }
  });

  it("cycle open, when an agreement file cannot be written: which file, why, and how to go on", async () => {
    // A name the file system accepts, but not with the hidden temporary name written beside it first.
    const long = `agreements/vm/${"l".repeat(240)}.md`;
    const repository = await repositoryWithHistory({ [long]: agreementText({ id: "vm-lang" }) });
    const run = await runBin(["cycle", "open", "2021", "--today", "2021-03-01"], { cwd: repository.dir, env: repository.env });
    expectPlainRefusal(run, new RegExp(`Could not write ${long}: its name is too long for the file system\\. .*Done before it stopped: created the branch cycle/2021 .*Run the same command again once this is fixed`));
  });
});

describe("--jobs is capped (issue 9, item 10)", () => {
  it("by the cores and the agreements, never below 1", () => {
    expect(threadCount(64, 16, 16)).toBe(16);
    expect(threadCount(64, 16, 2)).toBe(2);
    expect(threadCount(64, 1, 8)).toBe(1);
    expect(threadCount(2, 0, 8)).toBe(1);
    expect(threadCount(undefined, PARALLEL_THRESHOLD - 1, 8)).toBe(1);
    expect(threadCount(undefined, PARALLEL_THRESHOLD, 8)).toBe(2);
    expect(threadCount(undefined, PARALLEL_THRESHOLD, 1)).toBe(1);
  });
});
