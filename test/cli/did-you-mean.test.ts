import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";

async function run(argv: string[], cwd: string, env: Record<string, string> = {}) {
  const { status: code, stdout, stderr } = await runCli(argv, { cwd, env });
  return { code, stdout, stderr };
}

async function repositoryWithTag() {
  const repository = await createTestRepository();
  const goals = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
  await repository.commit({ message: "Agreements", files: { "goals/2020.md": goals, "agreements/vm/vm-statssekreterare.md": agreementText() } });
  await repository.tag("submission-2020", { message: "Submission of 2020" });
  return repository;
}

describe("did you mean", () => {
  it("a mistyped command", async () => {
    const result = await run(["lnit"], REPOSITORY_ROOT);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('agreements: "lnit" is not a command. Did you mean "agreements lint"? Run "agreements --help" to see the commands.\n');
  });

  it("a mistyped option", async () => {
    const result = await run(["lint", "--formt", "json"], REPOSITORY_ROOT);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--formt'. Did you mean --format?");
    const far = await run(["lint", "--colour"], REPOSITORY_ROOT);
    expect(far.stderr).not.toContain("Did you mean");
  });

  // new and calendar take no arguments besides their options, and node words their unknown option without
  // the sentence about arguments that the other commands' message loses: the sentence still ends.
  it.each([
    [["calendar", "--cylce", "2020"], "agreements calendar: Unknown option '--cylce'. Did you mean --cycle?\n"],
    [["new", "--langauge", "sv"], "agreements new: Unknown option '--langauge'. Did you mean --language?\n"],
    [["new", "--lang", "sv"], "agreements new: Unknown option '--lang'.\n"],
    [["lint", "--lnag", "sv"], "agreements lint: Unknown option '--lnag'. Did you mean --lang?\n"],
  ])("a mistyped option is a whole sentence: %j", async (argv, first) => {
    const result = await run(argv, REPOSITORY_ROOT);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${first}Run "agreements ${argv[0]} --help" for the options.\n`);
  });

  it("a mistyped tag or branch, for diff, report --at and lint --changed-since", async () => {
    const repository = await repositoryWithTag();
    const diff = await run(["diff", "submision-2020", "HEAD"], repository.dir, repository.env);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain('"submision-2020" is not a commit, branch or tag in this repository. Did you mean "submission-2020"?');
    const report = await run(["report", "--at", "submission-2002"], repository.dir, repository.env);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('--at: "submission-2002" names no tag, branch or commit in this repository. Did you mean "submission-2020"?');
    const changed = await run(["lint", "--changed-since", "mian"], repository.dir, repository.env);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toContain('Did you mean "main"?');
  });

  it("a mistyped agreement id, for history", async () => {
    const repository = await repositoryWithTag();
    const result = await run(["history", "vm-statsekreterare"], repository.dir, repository.env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No agreement has the id "vm-statsekreterare" in the current commit (no file agreements/<ministry>/vm-statsekreterare.md). Did you mean "vm-statssekreterare"?');
  });
});
