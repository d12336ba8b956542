import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import type { AgreementDiff } from "../../scripts/changes/types.js";
import { agreementText, BODY, createTestRepository, EVALUATIONS_YAML, GOALS_YAML, MOBILITY_GOAL_YAML, type TestRepository } from "../helpers/git-repo.js";
import { runCli, runRefused } from "../helpers/cli.js";

type Place = { dir: string; env: Record<string, string> };

async function diff(place: Place, ...args: string[]): Promise<string> {
  // These tests read the English words; the Finnish and Swedish ones are in changes-language.test.ts.
  const run = await runCli(["diff", ...(args.includes("--lang") ? args : [...args, "--lang", "en"])], { cwd: place.dir, env: place.env });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

async function diffJson(place: Place, ...args: string[]): Promise<AgreementDiff> {
  return JSON.parse(await diff(place, ...args, "--format", "json")) as AgreementDiff;
}

async function diffError(place: Place, ...args: string[]): Promise<string> {
  return runRefused(["diff", ...args], { cwd: place.dir, env: place.env });
}

const VM = "agreements/vm/vm-statssekreterare.md";
const UM_OLD = "agreements/um/um-kanslichef.md";
const UM_NEW = "agreements/okm/um-kanslichef.md";
const OM = "agreements/om/om-kanslichef.md";
const YM = "agreements/ym/ym-kanslichef.md";

/** submission-2019 and submission-2020 with every kind of change between them. */
async function twoSubmissions(): Promise<TestRepository> {
  const repo = await createTestRepository();
  await repo.commit({
    files: {
      [VM]: agreementText({ cycle: 2019, agreed: "2019-04-10", evaluations: "" }),
      [UM_OLD]: agreementText({ id: "um-kanslichef", ministry: "UM" }),
      [OM]: agreementText({ id: "om-kanslichef", ministry: "OM" }),
      "goals/2020.md": "---\ncycle: 2020\n---\n",
      "agreements/README.md": "# Agreements\n",
    },
    message: "2019",
  });
  await repo.tag("submission-2019", { message: "Submission 2019" });
  await repo.commit({
    moves: [[UM_OLD, UM_NEW]],
    files: {
      [VM]: agreementText({
        goals:
          GOALS_YAML.replace('target: ">= 80 %"', 'target: ">= 85 %"')
            .replace("section: result", "section: leadership")
            .replace("criteria: { good: i tid, satisfactory: högst en vecka sen }", "criteria: { good: i tid }") + MOBILITY_GOAL_YAML,
        evaluations: EVALUATIONS_YAML,
        body: BODY.replace("Coachning under året.", "Coachning och mentorskap under året.") + "\n## Bilagor\n\nInga.\n",
      }).replace("superior: { name: Anders Exempel, title: Finansminister", "superior: { name: Anna Exempel, title: Finansminister"),
      [OM]: null,
      // A different agreement, not a copy of the removed one (Git would pair near-copies as a rename).
      [YM]: agreementText({ id: "ym-kanslichef", ministry: "YM", title: "Johtamissopimus, ympäristöministeriön kansliapäällikkö", goals: MOBILITY_GOAL_YAML, evaluations: "", body: "# Johtamissopimus\n\n## Yhteiset johtamisen tavoitteet\n\nLiikkuvuus.\n\n## Tulostavoitteet\n\nYmpäristö.\n" }),
      "goals/2020.md": "---\ncycle: 2021\n---\n",
      "agreements/README.md": "# Agreements, explained\n",
    },
    message: "2020",
  });
  await repo.tag("submission-2020", { message: "Submission 2020" });
  return repo;
}

describe("agreements diff", () => {
  it("shows each agreement's structured change between two tags, and follows a move", async () => {
    const repo = await twoSubmissions();
    const result = await diffJson(repo, "submission-2019", "submission-2020");
    expect(result.from.ref).toBe("submission-2019");
    expect(result.to.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(result.agreements.map((change) => [change.status, change.path, change.previousPath])).toEqual([
      ["renamed", UM_NEW, UM_OLD],
      ["removed", OM, undefined],
      ["modified", VM, undefined],
      ["added", YM, undefined],
    ]);
    const vm = result.agreements.find((change) => change.path === VM)!;
    expect(vm.fields).toEqual([
      { field: "parties.superior.name", before: "Anders Exempel", after: "Anna Exempel" },
      { field: "cycle", before: 2019, after: 2020 },
      { field: "agreed", before: "2019-04-10", after: "2020-04-15" },
    ]);
    expect(vm.goals).toEqual([
      { kind: "changed", id: "kunskapsledning", title: "Kunskapsbaserad ledning i beredningen", details: [{ kind: "meter-changed", name: "Andel propositioner med konsekvensbedömning", field: "target", before: ">= 80 %", after: ">= 85 %" }] },
      {
        kind: "changed",
        id: "budgetberedning",
        title: "En hållbar budgetberedning",
        details: [{ kind: "moved", before: "result", after: "leadership" }, { kind: "criterion-changed", level: "satisfactory", before: "högst en vecka sen" }],
      },
      { kind: "added", goal: { id: "rorlighet", section: "common", common: "mobility", title: "Rörlighet inom förvaltningsområdet" } },
    ]);
    expect(vm.evaluations).toMatchObject([{ kind: "added", evaluation: { year: 2019, rating: "good" } }]);
    expect(vm.sections).toEqual([
      { kind: "edited", heading: "Personlig utveckling", diff: { lines: [{ op: "-", text: "Coachning under året." }, { op: "+", text: "Coachning och mentorskap under året." }], omitted: 0 } },
      { kind: "added", heading: "Bilagor", lines: 1 },
    ]);
    const moved = result.agreements[0]!;
    expect(moved.unreadable).toEqual([]);
    expect(moved.fields).toEqual([]);
  });

  it("prints text and Markdown for a reviewer", async () => {
    const repo = await twoSubmissions();
    const text = await diff(repo, "submission-2019", "submission-2020");
    expect(text).toMatch(/^Changes in agreements from submission-2019 \([0-9a-f]{7}\) to submission-2020 \([0-9a-f]{7}\)\n4 agreements: 1 renamed or moved, 1 removed, 1 changed, 1 new\.\n/);
    expect(text).toContain(`  ${UM_NEW}: moved from ${UM_OLD}\n`);
    expect(text).toContain('    superior\'s name: "Anders Exempel" → "Anna Exempel"');
    expect(text).toContain('    Added "Rörlighet inom förvaltningsområdet" (rorlighet, common management goals, common goal mobility)');

    const markdown = await diff(repo, "submission-2019", "submission-2020", "--format", "markdown");
    expect(markdown).toMatch(/^## Changes in agreements from `submission-2019` \(`[0-9a-f]{7}`\) to `submission-2020` \(`[0-9a-f]{7}`\)\n\n4 agreements:/);
    expect(markdown).toContain("### Ledningsavtal för statssekreteraren vid finansministeriet (`vm-statssekreterare`)");
    expect(markdown).toContain("- *En hållbar budgetberedning* (`budgetberedning`)\n  - moved from result goals to management and leadership\n  - criterion for `satisfactory`: removed (was `högst en vecka sen`)");
    expect(markdown).toContain("  ```diff\n  - Coachning under året.\n  + Coachning och mentorskap under året.\n  ```");
    expect(markdown).toContain(`\`${YM}\`: new agreement`);
  });

  it("takes branches, commits and HEAD~n, and works on a detached HEAD", async () => {
    const repo = await twoSubmissions();
    const first = (await repo.run(["rev-parse", "submission-2019^{commit}"])).trim();
    await repo.run(["switch", "--quiet", "--detach", "HEAD"]);
    const byCommit = await diffJson(repo, first.slice(0, 10), "HEAD");
    const byRelative = await diffJson(repo, "HEAD~1", "main");
    expect(byCommit.agreements.map((change) => change.path)).toEqual(byRelative.agreements.map((change) => change.path));
    expect(byCommit.agreements).toHaveLength(4);
    expect(await diff(repo, "main", "HEAD")).toMatch(/: no agreement changed\.\n$/);
  });

  it("limits the comparison to the paths given", async () => {
    const repo = await twoSubmissions();
    expect((await diffJson(repo, "submission-2019", "submission-2020", "agreements/vm")).agreements.map((change) => change.path)).toEqual([VM]);
    // A move matches by either name.
    expect((await diffJson(repo, "submission-2019", "submission-2020", UM_OLD)).agreements.map((change) => change.path)).toEqual([UM_NEW]);
    // Paths are relative to where the command runs.
    const inFolder = { dir: join(repo.dir, "agreements"), env: repo.env };
    expect((await diffJson(inFolder, "submission-2019", "submission-2020", "om")).agreements.map((change) => change.path)).toEqual([OM]);
    expect(await diffError(repo, "submission-2019", "submission-2020", "agreements/sm")).toMatch(/"agreements\/sm" is in neither submission-2019 nor submission-2020/);
    expect(await diffError(repo, "submission-2019", "submission-2020", "goals")).toMatch(/is not in the agreements\/ folder/);
    expect(await diffError(repo, "submission-2019", "submission-2020", "../elsewhere")).toMatch(/is outside the repository/);
  });

  it("keeps non-ASCII file names intact", async () => {
    const repo = await createTestRepository();
    const path = "agreements/mmm/ylijohtaja-ä.md";
    await repo.commit({ files: { [path]: agreementText({ id: "mmm-ylijohtaja", ministry: "MMM" }) }, message: "Lisää" });
    await repo.commit({ files: { [path]: agreementText({ id: "mmm-ylijohtaja", ministry: "MMM", cycle: 2021 }) }, message: "Päivitä" });
    expect((await diffJson(repo, "HEAD~1", "HEAD")).agreements.map((change) => change.path)).toEqual([path]);
    expect(await diff(repo, "HEAD~1", "HEAD")).toContain(`  ${path}: changed\n`);
  });

  it("names a version that cannot be read, with its lint finding", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { [VM]: agreementText() }, message: "Add" });
    await repo.commit({ files: { [VM]: agreementText().replace("agreed: 2020-04-15", "agreed: 2020-02-30") }, message: "Impossible date" });
    const result = await diffJson(repo, "HEAD~1", "HEAD");
    const line = agreementText().split("\n").findIndex((text) => text.startsWith("agreed:")) + 1;
    expect(result.agreements[0]!.unreadable).toEqual([expect.objectContaining({ side: "after", rule: "schema", line, column: 9 })]);
    expect(await diff(repo, "HEAD~1", "HEAD")).toContain(`The newer version cannot be read, line ${line} column 9:`);
  });
});

describe("agreements diff refuses, with a message that says what to do", () => {
  it("an unknown ref, naming it", async () => {
    const repo = await twoSubmissions();
    expect(await diffError(repo, "submission-2018", "submission-2020")).toBe('"submission-2018" is not a commit, branch or tag in this repository. Did you mean "submission-2019"?');
    expect(await diffError(repo, "nothing-like-any-ref", "submission-2020")).toBe(
      '"nothing-like-any-ref" is not a commit, branch or tag in this repository. Check the spelling; "git tag --list" shows the tags and "git branch --all" the branches.',
    );
    expect(await diffError(repo, "submission-2019", "--not-a-ref")).toMatch(/Unknown option '--not-a-ref'/);
    expect(await diffError(repo, "submission-2019", "-x")).toMatch(/Unknown option '-x'/);
  });

  it("in a shallow clone, pointing to fetch-depth: 0 when a ref is missing", async () => {
    const repo = await twoSubmissions();
    await repo.commit({ files: { [VM]: agreementText({ agreed: "2020-05-01" }) }, message: "Later" });
    const clone = await repo.cloneShallow(1);
    expect(await diffError({ dir: clone, env: repo.env }, "HEAD~1", "HEAD")).toMatch(/"HEAD~1" is not a commit.*shallow clone.*"fetch-depth: 0"/s);
  });

  it("without commits, and outside a repository", async () => {
    const repo = await createTestRepository();
    expect(await diffError(repo, "main", "HEAD")).toMatch(/The branch "main" has no commits yet/);
    const folder = mkdtempSync(join(tmpdir(), "agreements-not-git-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    expect(await diffError({ dir: folder, env: { PATH: process.env.PATH ?? "", HOME: folder } }, "main", "HEAD")).toMatch(/is not inside a Git repository/);
  });

  it("bad usage", async () => {
    const repo = await twoSubmissions();
    expect(await diffError(repo)).toMatch(/Give the two versions to compare/);
    expect(await diffError(repo, "main")).toMatch(/Give the two versions to compare/);
    expect(await diffError(repo, "main", "HEAD", "--format", "sarif")).toMatch(/--format must be one of text, markdown, json/);
    const help = await runCli(["diff", "--help"], { cwd: repo.dir, env: repo.env });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: agreements diff <from> <to> [paths...]");
  });
});
