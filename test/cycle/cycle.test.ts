import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { lint } from "../../scripts/lint/engine.js";
import { splitFrontMatter } from "../../scripts/model/front-matter.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runBin } from "../helpers/bin.js";
import { agreementText, AUTHOR, createTestRepository, GOALS_YAML, type TestRepository } from "../helpers/git-repo.js";
import { runCli, runRefused } from "../helpers/cli.js";

const GOALS_2020 = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
/** goals/2020.md moved on a year (deadline 2021-04-30, evaluation of 2020), without the goal "mobility". */
const GOALS_2021 = readFileSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md"), "utf8");
const TODAY = "2021-03-01";

const MOBILITY_GOAL = `  - id: rorlighet
    section: common
    common: mobility
    title: Rörlighet inom förvaltningsområdet
    measures:
      - Arbetsrotation mellan ministeriet och ämbetsverken
    meters:
      - { name: Antal rotationsperioder, target: "12" }
    criteria: { good: ">= 12", satisfactory: ">= 8" }
`;

const FILES = {
  statssekreterare: "agreements/vm/vm-statssekreterare.md",
  /** A non-ASCII name, no evaluations: yet, and a goal whose catalogue goal is gone in 2021. */
  rorlighet: "agreements/vm/rörlighet.md",
  /** Fails the schema (an unknown ministry): to be fixed by hand. */
  broken: "agreements/om/trasig.md",
};

async function repositoryWithAgreements(): Promise<TestRepository> {
  const repository = await createTestRepository();
  await repository.run(["config", "user.name", AUTHOR.name]);
  await repository.run(["config", "user.email", AUTHOR.email]);
  await repository.commit({
    message: "Agreements for 2020",
    files: {
      "goals/2020.md": GOALS_2020,
      "goals/2021.md": GOALS_2021,
      [FILES.statssekreterare]: agreementText(),
      [FILES.rorlighet]: agreementText({ id: "vm-rorlighet", goals: GOALS_YAML + MOBILITY_GOAL, evaluations: "" }),
      [FILES.broken]: agreementText({ id: "om-trasig", ministry: "XX" }),
    },
  });
  return repository;
}

async function openCycle(repository: TestRepository, ...extra: string[]) {
  const { status, stdout } = await runCli(["cycle", "open", "2021", "--today", TODAY, ...extra], { cwd: repository.dir, env: repository.env });
  return { status, stdout };
}

async function refusal(repository: TestRepository | string, args: readonly string[] = ["open", "2021"]): Promise<string> {
  const cwd = typeof repository === "string" ? repository : repository.dir;
  const env = typeof repository === "string" ? { PATH: process.env.PATH ?? "" } : repository.env;
  return runRefused(["cycle", ...args, "--today", TODAY], { cwd, env });
}


const read = (repository: TestRepository, path: string) => readFileSync(join(repository.dir, path), "utf8");
const git = async (repository: TestRepository, ...args: string[]) => (await repository.run(args)).trim();
const branch = (repository: TestRepository) => git(repository, "symbolic-ref", "--short", "HEAD");
const status = (repository: TestRepository) => git(repository, "status", "--porcelain");
const subjects = async (repository: TestRepository) => (await git(repository, "log", "--format=%s")).split("\n");

function evaluationYears(text: string): number[] {
  const data = splitFrontMatter(text).frontMatter?.data as { evaluations?: { year: number }[] };
  return (data.evaluations ?? []).map((evaluation) => evaluation.year);
}

describe("agreements cycle open", () => {
  it("prints the plan and changes nothing with --dry-run", async () => {
    const repository = await repositoryWithAgreements();
    const { status: exit, stdout } = await openCycle(repository, "--dry-run");
    expect(exit).toBe(0);
    expect(stdout).toContain("Plan: open the 2021 cycle on the branch cycle/2021, against goals/2021.md (evaluations of 2020).");
    expect(stdout).toContain(`${FILES.statssekreterare}\n  cycle: 2020 -> 2021\n  add the evaluation of 2020:`);
    expect(stdout).toContain('! goal "rorlighet" (Rörlighet inom förvaltningsområdet) names the common goal "mobility", which goals/2021.md does not have');
    expect(stdout).toContain(`Not touched, to be fixed by hand first:\n  ${FILES.broken}: its front matter does not pass the schema`);
    expect(stdout).toContain("2 to change, 0 unchanged, 1 to fix by hand; 1 goal names a common goal the 2021 instruction no longer has.");
    expect(stdout).toContain("Dry run: nothing was changed. The work would be done on the branch cycle/2021.");
    expect(await branch(repository)).toBe("main");
    expect(await git(repository, "branch", "--list", "cycle/*")).toBe("");
    expect(await status(repository)).toBe("");
  });

  it("rolls every readable agreement forward on cycle/2021 in one commit, and leaves the rest for a person", async () => {
    const repository = await repositoryWithAgreements();
    const before = { statssekreterare: read(repository, FILES.statssekreterare), rorlighet: read(repository, FILES.rorlighet), broken: read(repository, FILES.broken) };
    const { status: exit, stdout } = await openCycle(repository);
    expect(exit).toBe(0);
    expect(stdout).toContain("Created the branch cycle/2021 from main.");
    expect(stdout).toMatch(/Committed 2 agreements on cycle\/2021 as "Open cycle 2021" \([0-9a-f]{12}\)\./);
    expect(await branch(repository)).toBe("cycle/2021");
    expect(await status(repository)).toBe("");
    expect(await subjects(repository)).toEqual(["Open cycle 2021", "Agreements for 2020"]);
    expect((await git(repository, "-c", "core.quotepath=false", "show", "--name-only", "--format=", "HEAD")).split("\n").sort()).toEqual([FILES.statssekreterare, FILES.rorlighet].sort());
    expect(await git(repository, "log", "-1", "--format=%B")).toContain(`Goals whose common goal is not in the 2021 instruction, kept for the discussions to decide:\n- ${FILES.rorlighet}: rorlighet (common: mobility)`);

    const statssekreterare = read(repository, FILES.statssekreterare);
    expect(statssekreterare).toContain("\ncycle: 2021\n");
    expect(evaluationYears(statssekreterare)).toEqual([2019, 2020]);
    expect(statssekreterare).toContain(
      "    bonus: none\n  - year: 2020\n    date: 2021-03-01 # TO BE FILLED: datumet för den ledningsdiskussion där framgången 2020 utvärderades\n    rating: to-be-filled\n    summary: TO BE FILLED\n    bonus: to-be-filled\n---\n",
    );
    expect(splitFrontMatter(statssekreterare).body).toBe(splitFrontMatter(before.statssekreterare).body);

    const rorlighet = read(repository, FILES.rorlighet);
    expect(evaluationYears(rorlighet)).toEqual([2020]);
    expect(rorlighet).toContain(MOBILITY_GOAL);
    expect(read(repository, FILES.broken)).toBe(before.broken);

    // What is left is exactly what a person must do: the date of the new discussion (agreed, still last
    // year's: too early for 2021, and marked), the date, rating, summary and bonus of each new evaluation, and
    // a decision on the goal whose catalogue goal is gone. (rörlighet.md cannot be named after its ASCII id.)
    const result = lint({
      files: ["goals/2020.md", "goals/2021.md", FILES.statssekreterare, FILES.rorlighet].map((path) => ({ path, bytes: readFileSync(join(repository.dir, path)) })),
      rules: RULES,
      today: TODAY,
      pathExists: () => true,
    });
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`)).toEqual([
      `${FILES.rorlighet}:2 id-file-name`,
      `${FILES.rorlighet}:13 agreed-in-cycle`,
      `${FILES.rorlighet}:13 to-be-filled`,
      `${FILES.rorlighet}:32 unknown-common-goal`,
      `${FILES.rorlighet}:41 to-be-filled`,
      `${FILES.rorlighet}:42 to-be-filled`,
      `${FILES.rorlighet}:43 to-be-filled`,
      `${FILES.rorlighet}:44 to-be-filled`,
      `${FILES.statssekreterare}:13 agreed-in-cycle`,
      `${FILES.statssekreterare}:13 to-be-filled`,
      `${FILES.statssekreterare}:37 to-be-filled`,
      `${FILES.statssekreterare}:38 to-be-filled`,
      `${FILES.statssekreterare}:39 to-be-filled`,
      `${FILES.statssekreterare}:40 to-be-filled`,
    ]);
  });

  it("does nothing the second time: every entry is there once", async () => {
    const repository = await repositoryWithAgreements();
    await openCycle(repository);
    const after = read(repository, FILES.statssekreterare);
    const again = await openCycle(repository);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`${FILES.statssekreterare}\n  nothing to change: already rolled forward`);
    expect(again.stdout).toContain("Nothing to change: every agreement that can be rolled forward already answers 2021.");
    expect(await subjects(repository)).toEqual(["Open cycle 2021", "Agreements for 2020"]);
    expect(read(repository, FILES.statssekreterare)).toBe(after);
  });

  it("finishes an interrupted run: files already written are kept, the others written, one commit, no duplicates", async () => {
    const repository = await repositoryWithAgreements();
    await openCycle(repository);
    const finished = { statssekreterare: read(repository, FILES.statssekreterare), rorlighet: read(repository, FILES.rorlighet) };
    // The state a crash between writing and committing leaves: one file written, one not, a temporary file behind.
    await repository.run(["reset", "--quiet", "--mixed", "HEAD~1"]);
    await repository.run(["checkout", "--", FILES.rorlighet]);
    const leftover = `agreements/vm/.vm-statssekreterare.md.${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}.agreements-tmp`;
    writeFileSync(join(repository.dir, leftover), "half a file");
    expect(await status(repository)).toContain(FILES.statssekreterare);

    const { status: exit, stdout } = await openCycle(repository);
    expect(exit).toBe(0);
    expect(stdout).toContain("1 of them had already been written by an earlier run that was interrupted");
    expect(await status(repository)).toBe("");
    expect(await subjects(repository)).toEqual(["Open cycle 2021", "Agreements for 2020"]);
    expect(read(repository, FILES.statssekreterare)).toBe(finished.statssekreterare);
    expect(read(repository, FILES.rorlighet)).toBe(finished.rorlighet);
    expect(evaluationYears(read(repository, FILES.rorlighet))).toEqual([2020]);
  });

  it("continues on an existing cycle/2021 when started from main", async () => {
    const repository = await repositoryWithAgreements();
    await repository.run(["branch", "cycle/2021"]);
    const { stdout } = await openCycle(repository);
    expect(stdout).toContain("Switched to the existing branch cycle/2021 to continue there.");
    expect(await branch(repository)).toBe("cycle/2021");
    expect(await subjects(repository)).toEqual(["Open cycle 2021", "Agreements for 2020"]);

    await repository.run(["switch", "--quiet", "main"]);
    const again = await openCycle(repository);
    expect(again.stdout).toContain("Nothing to change: every agreement that can be rolled forward already answers 2021 on the branch cycle/2021.");
    expect(await branch(repository)).toBe("main");
  });

  it("when Git does not know who commits, says how to tell it, and a second run finishes the job", async () => {
    const repository = await repositoryWithAgreements();
    await repository.run(["config", "--unset", "user.name"]);
    await repository.run(["config", "--unset", "user.email"]);
    const message = await refusal(repository);
    expect(message).toContain('git config --global user.name "Your Name"');
    // What was done comes on its own line after the lines to type, then that a re-run finishes the job.
    expect(message).toContain(
      '\nDone before it stopped: created the branch cycle/2021 from main; wrote 2 agreements. Run the same command again once this is fixed: it finishes the job and does nothing twice.',
    );
    // The files were written on the new branch before the commit failed: that is the interrupted state.
    expect(await branch(repository)).toBe("cycle/2021");
    await repository.run(["config", "user.name", AUTHOR.name]);
    await repository.run(["config", "user.email", AUTHOR.email]);
    const { status: exit } = await openCycle(repository);
    expect(exit).toBe(0);
    expect(await subjects(repository)).toEqual(["Open cycle 2021", "Agreements for 2020"]);
    expect(evaluationYears(read(repository, FILES.statssekreterare))).toEqual([2019, 2020]);
  });

  it("runs as its own process: exit 2 on a dirty tree, exit 0 once it is clean", async () => {
    const repository = await repositoryWithAgreements();
    writeFileSync(join(repository.dir, "agreements/vm/utkast.md"), "utkast");
    const refused = await runBin(["cycle", "open", "2021", "--today", TODAY], { cwd: repository.dir, env: repository.env });
    expect(refused).toMatchObject({ status: 2, stdout: "" });
    expect(refused.stderr).toContain("agreements cycle: Opening the 2021 cycle needs every change to be committed first");
    rmSync(join(repository.dir, "agreements/vm/utkast.md"));
    const done = await runBin(["cycle", "open", "2021", "--today", TODAY], { cwd: repository.dir, env: repository.env });
    expect(done).toMatchObject({ status: 0, stderr: "" });
    expect(done.stdout).toContain('Committed 2 agreements on cycle/2021 as "Open cycle 2021"');
  });

  describe("refuses, saying what to do", () => {
    it("on uncommitted changes, naming the files as they are called", async () => {
      const repository = await repositoryWithAgreements();
      writeFileSync(join(repository.dir, FILES.rorlighet), `${read(repository, FILES.rorlighet)}\nEn ändring.\n`);
      writeFileSync(join(repository.dir, "agreements/vm/ny-ä.md"), "ny");
      const message = await refusal(repository);
      expect(message).toContain(`  ${FILES.rorlighet}\n  agreements/vm/ny-ä.md\n`);
      expect(message).toContain("Commit them (or undo them), then run the command again.");
      expect(await git(repository, "branch", "--list", "cycle/*")).toBe("");
    });

    it("on a detached HEAD", async () => {
      const repository = await repositoryWithAgreements();
      await repository.run(["switch", "--quiet", "--detach", "HEAD"]);
      expect(await refusal(repository)).toMatch(/No branch is checked out \(a "detached HEAD" at commit [0-9a-f]{12}\).*git switch main/);
    });

    it("on a branch without commits", async () => {
      const repository = await createTestRepository();
      expect(await refusal(repository)).toContain('The branch "main" has no commits yet');
    });

    it("outside a Git repository", async () => {
      const folder = mkdtempSync(join(tmpdir(), "agreements-no-git-"));
      onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
      expect(await refusal(folder)).toContain("is not inside a Git repository");
    });

    it("without the year's catalogue, or with it not committed", async () => {
      const repository = await repositoryWithAgreements();
      expect(await refusal(repository, ["open", "2022"])).toContain("there is no goals/2022.md in the last commit of main. Add the 2022 instruction");
      writeFileSync(join(repository.dir, "goals/2022.md"), GOALS_2021.replace("cycle: 2021", "cycle: 2022"));
      expect(await refusal(repository, ["open", "2022"])).toContain("goals/2022.md is not committed yet");
    });

    it("with a catalogue that has problems", async () => {
      const repository = await repositoryWithAgreements();
      await repository.commit({ message: "Broken 2022", files: { "goals/2022.md": GOALS_2021.replace("cycle: 2021", "cycle: twenty") } });
      expect(await refusal(repository, ["open", "2022"])).toContain('goals/2022.md has problems, so no agreement can be rolled forward to it. Run "agreements lint goals/2022.md"');
    });

    it("on bad usage", async () => {
      const repository = await repositoryWithAgreements();
      expect(await refusal(repository, [])).toContain("agreements cycle open <year>");
      expect(await refusal(repository, ["close", "2021"])).toContain('"close" is not something cycle does');
      expect(await refusal(repository, ["open", "21"])).toContain("give the year of the cycle to open");
    });
  });
});
