import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import type { AgreementHistory } from "../../scripts/changes/types.js";
import { agreementText, createTestRepository, GOALS_YAML, type TestRepository } from "../helpers/git-repo.js";
import { runCli, runRefused } from "../helpers/cli.js";

const PATH = "agreements/vm/vm-statssekreterare.md";

async function history(repo: { dir: string; env: Record<string, string> }, ...args: string[]): Promise<string> {
  // These tests read the English words; the Finnish and Swedish ones are in changes-language.test.ts.
  const run = await runCli(["history", ...(args.includes("--lang") ? args : [...args, "--lang", "en"])], { cwd: repo.dir, env: repo.env });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

async function historyJson(repo: { dir: string; env: Record<string, string> }, target: string): Promise<AgreementHistory> {
  return JSON.parse(await history(repo, target, "--format", "json")) as AgreementHistory;
}

async function historyError(repo: { dir: string; env: Record<string, string> }, ...args: string[]): Promise<string> {
  return runRefused(["history", ...args], { cwd: repo.dir, env: repo.env });
}

/** A year of an agreement: 2019's version and tag, a pull request for 2020 with two commits, a squash-merged fix. */
async function yearlyRepository(): Promise<{ repo: TestRepository; commits: Record<string, string> }> {
  const repo = await createTestRepository();
  const commits: Record<string, string> = {};
  commits.first = await repo.commit({ files: { [PATH]: agreementText({ cycle: 2019, agreed: "2019-04-10", evaluations: "" }) }, message: "Ledningsavtal 2019", date: "2019-04-10" });
  await repo.tag("submission-2019", { message: "Submission 2019", date: "2019-04-30" });
  await repo.run(["switch", "--quiet", "-c", "update-2020"]);
  commits.cycle = await repo.commit({ files: { [PATH]: agreementText({ cycle: 2019, agreed: "2019-04-10" }).replace("cycle: 2019\nagreed: 2019-04-10", "cycle: 2020\nagreed: 2020-04-15") }, message: "Uppdatera för 2020", date: "2020-04-02", author: { name: "Anders Exempel", email: "anders@example.invalid" } });
  commits.target = await repo.commit({ files: { [PATH]: agreementText({ goals: GOALS_YAML.replace('target: ">= 80 %"', 'target: ">= 85 %"') }) }, message: "Höj målet", date: "2020-04-03" });
  await repo.run(["switch", "--quiet", "main"]);
  commits.merge = await repo.merge("update-2020", { message: "Merge pull request #12 from vm/update-2020", date: "2020-04-15" });
  commits.retitle = await repo.commit({
    files: { [PATH]: agreementText({ goals: GOALS_YAML.replace('target: ">= 80 %"', 'target: ">= 85 %"').replace("En hållbar budgetberedning", "En hållbar och öppen budgetberedning") }) },
    message: "Rätta målets rubrik (#13)",
    date: "2020-04-20",
  });
  await repo.tag("submission-2020", { date: "2020-04-30" });
  commits.other = await repo.commit({ files: { "agreements/um/um-kanslichef.md": agreementText({ id: "um-kanslichef", ministry: "UM" }) }, message: "Another agreement", date: "2020-05-01" });
  return { repo, commits };
}

describe("agreements history", () => {
  it("lists every version with its pull request, submission tags and structured change", async () => {
    const { repo, commits } = await yearlyRepository();
    const result = await historyJson(repo, "vm-statssekreterare");
    expect(result.path).toBe(PATH);
    expect(result.versions.map((version) => [version.commit, version.pullRequest, version.tags, version.submittedIn])).toEqual([
      [commits.retitle, 13, ["submission-2020"], ["submission-2020"]],
      [commits.target, 12, ["submission-2020"], []],
      [commits.cycle, 12, ["submission-2020"], []],
      [commits.first, undefined, ["submission-2019", "submission-2020"], ["submission-2019"]],
    ]);
    const [retitle, target, cycle, first] = result.versions;
    expect(retitle!.change.goals).toEqual([{ kind: "changed", id: "budgetberedning", title: "En hållbar och öppen budgetberedning", details: [{ kind: "retitled", before: "En hållbar budgetberedning", after: "En hållbar och öppen budgetberedning" }] }]);
    expect(target!.change.goals).toMatchObject([{ id: "kunskapsledning", details: [{ kind: "meter-changed", field: "target", before: ">= 80 %", after: ">= 85 %" }] }]);
    expect(cycle!.change.fields).toEqual([{ field: "cycle", before: 2019, after: 2020 }, { field: "agreed", before: "2019-04-10", after: "2020-04-15" }]);
    expect(cycle!.change.evaluations).toMatchObject([{ kind: "added", evaluation: { year: 2019 } }]);
    expect(cycle!.author).toEqual({ name: "Anders Exempel", email: "anders@example.invalid" });
    expect(cycle!.date).toBe("2020-04-02T12:00:00+00:00");
    expect(first!.change.status).toBe("added");
  });

  it("prints text and Markdown", async () => {
    const { repo, commits } = await yearlyRepository();
    const text = await history(repo, "vm-statssekreterare");
    expect(text).toContain(`History of "Ledningsavtal för statssekreteraren vid finansministeriet" (vm-statssekreterare), ${PATH}: 4 versions, newest first.`);
    expect(text).toContain(`2020-04-02  ${commits.cycle!.slice(0, 7)}  Anders Exempel  pull request #12\n  Uppdatera för 2020\n  Contained in submission-2020.`);
    expect(text).toContain("Submitted in submission-2019; also contained in submission-2020.");
    expect(text).toContain('title: "En hållbar budgetberedning" → "En hållbar och öppen budgetberedning"');

    const markdown = await history(repo, PATH, "--format", "markdown");
    expect(markdown).toMatch(/^## History of Ledningsavtal för statssekreteraren vid finansministeriet \(`vm-statssekreterare`\)\n/);
    expect(markdown).toContain(`### 2020-04-20 · pull request #13 · \`${commits.retitle!.slice(0, 7)}\``);
    expect(markdown).toContain("- title: `En hållbar budgetberedning` → `En hållbar och öppen budgetberedning`");
  });

  it("works on a detached HEAD, showing the history up to that commit", async () => {
    const { repo, commits } = await yearlyRepository();
    await repo.run(["switch", "--quiet", "--detach", commits.cycle!]);
    const result = await historyJson(repo, "vm-statssekreterare");
    expect(result.versions.map((version) => version.commit)).toEqual([commits.cycle, commits.first]);
    // Without the merge in this history, nothing names the pull request yet; the later tag, which
    // HEAD does not contain, still contains this commit.
    expect(result.versions[0]!.pullRequest).toBeUndefined();
    expect(result.versions[0]!.tags).toEqual(["submission-2020"]);
    // Which version that tag holds cannot be told from here (it may be a later one), so none claims it.
    expect(result.versions.map((version) => version.submittedIn)).toEqual([[], ["submission-2019"]]);
  });

  it("follows a move to another ministry's folder and a rename", async () => {
    const repo = await createTestRepository();
    const old = "agreements/vm/vm-x.md";
    const moved = "agreements/um/um-x.md";
    const first = await repo.commit({ files: { [old]: agreementText({ id: "vm-x" }) }, message: "Add" });
    const edit = await repo.commit({ files: { [old]: agreementText({ id: "vm-x", agreed: "2020-04-16" }) }, message: "Edit" });
    const move = await repo.commit({ moves: [[old, moved]], files: { [moved]: agreementText({ id: "um-x", ministry: "UM", agreed: "2020-04-16" }) }, message: "Move to UM" });
    const after = await repo.commit({ files: { [moved]: agreementText({ id: "um-x", ministry: "UM", agreed: "2020-04-17" }) }, message: "Edit again" });

    const result = await historyJson(repo, "um-x");
    expect(result.versions.map((version) => [version.commit, version.change.status, version.change.path])).toEqual([
      [after, "modified", moved],
      [move, "renamed", moved],
      [edit, "modified", old],
      [first, "added", old],
    ]);
    expect(result.versions[1]!.change.previousPath).toBe(old);
    expect(result.versions[1]!.change.fields).toEqual([{ field: "id", before: "vm-x", after: "um-x" }, { field: "ministry", before: "VM", after: "UM" }]);
    expect(await history(repo, "um-x")).toContain(`${moved}: moved from ${old}, and changed`);

    // Asked for by its old path, the history ends with the move.
    const byOldPath = await historyJson(repo, old);
    expect(byOldPath.versions.map((version) => version.commit)).toEqual([move, edit, first]);
  });

  it("shows an agreement deleted and added again as both events", async () => {
    const repo = await createTestRepository();
    const first = await repo.commit({ files: { [PATH]: agreementText() }, message: "Add" });
    const removed = await repo.commit({ files: { [PATH]: null }, message: "Remove" });
    const again = await repo.commit({ files: { [PATH]: agreementText({ agreed: "2020-05-01" }) }, message: "Add again" });
    const result = await historyJson(repo, "vm-statssekreterare");
    expect(result.versions.map((version) => [version.commit, version.change.status])).toEqual([
      [again, "added"],
      [removed, "removed"],
      [first, "added"],
    ]);
    expect(await history(repo, PATH)).toContain(`${PATH}: removed`);
  });

  it("keeps non-ASCII file names intact", async () => {
    const repo = await createTestRepository();
    const path = "agreements/mmm/ylijohtaja-ä.md";
    await repo.commit({ files: { [path]: agreementText({ id: "mmm-ylijohtaja", ministry: "MMM" }) }, message: "Lisää" });
    await repo.commit({ files: { [path]: agreementText({ id: "mmm-ylijohtaja", ministry: "MMM", cycle: 2021 }) }, message: "Päivitä" });
    const result = await historyJson(repo, path);
    expect(result.path).toBe(path);
    expect(result.versions.map((version) => version.change.path)).toEqual([path, path]);
    expect(result.versions[0]!.subject).toBe("Päivitä");
    // The id is the file name, so it finds the file too.
    expect((await historyJson(repo, "ylijohtaja-ä")).versions).toHaveLength(2);
  });

  it("shows a merge that resolved a conflict as a version of its own", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { [PATH]: agreementText() }, message: "Add" });
    await repo.run(["switch", "--quiet", "-c", "branch"]);
    const branch = await repo.commit({ files: { [PATH]: agreementText({ agreed: "2020-04-20" }) }, message: "Branch edit" });
    await repo.run(["switch", "--quiet", "main"]);
    await repo.commit({ files: { [PATH]: agreementText({ agreed: "2020-04-25" }) }, message: "Main edit" });
    const merge = await repo.merge("branch", { message: "Merge pull request #5 from vm/branch", resolve: { [PATH]: agreementText({ agreed: "2020-04-30" }) } });
    const result = await historyJson(repo, "vm-statssekreterare");
    expect(result.versions[0]).toMatchObject({ commit: merge, pullRequest: 5, change: { status: "modified", fields: [{ field: "agreed", before: "2020-04-25", after: "2020-04-30" }] } });
    expect(result.versions.find((version) => version.commit === branch)?.pullRequest).toBe(5);
    expect(result.versions).toHaveLength(4);
  });

  it("names a version that cannot be read, with the lint finding, instead of failing", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { [PATH]: agreementText() }, message: "Add" });
    const broken = await repo.commit({ files: { [PATH]: agreementText().replace("cycle: 2020", "cycle: [2020") }, message: "Broken" });
    const fixed = await repo.commit({ files: { [PATH]: agreementText({ agreed: "2020-04-20" }) }, message: "Fixed" });
    const result = await historyJson(repo, "vm-statssekreterare");
    const line = agreementText().split("\n").findIndex((text) => text.startsWith("cycle:")) + 1;
    expect(result.versions.find((version) => version.commit === broken)?.change.unreadable).toMatchObject([{ side: "after", rule: "front-matter-syntax" }]);
    expect(result.versions.find((version) => version.commit === fixed)?.change.unreadable).toMatchObject([{ side: "before", rule: "front-matter-syntax" }]);
    expect(result.versions.find((version) => version.commit === broken)!.change.unreadable[0]!.line).toBeGreaterThanOrEqual(line);
    expect(await history(repo, "vm-statssekreterare")).toMatch(/The newer version cannot be read, line \d+ column \d+: .* \(rule front-matter-syntax\)/);
  });

  it("reads the whole history with a fixed number of Git calls, however many versions there are", async () => {
    const counts: number[] = [];
    for (const versions of [2, 12]) {
      const repo = await createTestRepository();
      for (let index = 0; index < versions; index++) {
        await repo.commit({ files: { [PATH]: agreementText({ agreed: `2020-04-${String(index + 1).padStart(2, "0")}` }), [`agreements/um/um-${index}.md`]: agreementText({ id: `um-${index}` }) }, message: `Version ${index}` });
      }
      const calls = join(mkdtempSync(join(tmpdir(), "agreements-git-calls-")), "calls.log");
      onTestFinished(() => rmSync(join(calls, ".."), { recursive: true, force: true }));
      const env = { ...repo.env, PATH: `${gitRecorder(calls)}:${repo.env.PATH}`, AGREEMENTS_TEST_GIT_CALLS: calls };
      expect((await historyJson({ dir: repo.dir, env }, "vm-statssekreterare")).versions).toHaveLength(versions);
      const lines = readFileSync(calls, "utf8").trim().split("\n");
      expect(lines.filter((line) => / log /.test(` ${line} `))).toHaveLength(1);
      expect(lines.filter((line) => /cat-file/.test(line))).toHaveLength(1);
      counts.push(lines.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

/** A folder with a `git` that records its arguments in $AGREEMENTS_TEST_GIT_CALLS, then runs the real Git. */
function gitRecorder(log: string): string {
  const realGit = (process.env.PATH ?? "").split(":").map((dir) => join(dir, "git")).find((candidate) => existsSync(candidate));
  const folder = join(log, "..", "bin");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "git"), `#!/bin/sh\necho "$*" >> "$AGREEMENTS_TEST_GIT_CALLS"\nexec "${realGit}" "$@"\n`);
  chmodSync(join(folder, "git"), 0o755);
  return folder;
}

describe("agreements history refuses, with a message that says what to do", () => {
  it("in a shallow clone (GitHub Actions' default), asking for fetch-depth: 0", async () => {
    const { repo } = await yearlyRepository();
    const clone = await repo.cloneShallow(1);
    expect(await historyError({ dir: clone, env: repo.env }, "vm-statssekreterare")).toMatch(/shallow clone.*"fetch-depth: 0"/s);
  });

  it("on a branch without commits", async () => {
    const repo = await createTestRepository();
    expect(await historyError(repo, "vm-statssekreterare")).toBe('The branch "main" has no commits yet, so there is no history to show. Commit the agreements first.');
  });

  it("outside a Git repository", async () => {
    const folder = mkdtempSync(join(tmpdir(), "agreements-not-git-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    expect(await historyError({ dir: folder, env: { PATH: process.env.PATH ?? "", HOME: folder } }, "vm-statssekreterare")).toMatch(/is not inside a Git repository/);
  });

  it("for an unknown id, a path without history, a path outside agreements/, and an id two files share", async () => {
    const { repo } = await yearlyRepository();
    expect(await historyError(repo, "vm-okand")).toMatch(/No agreement has the id "vm-okand"/);
    expect(await historyError(repo, "agreements/vm/vm-okand.md")).toMatch(/"agreements\/vm\/vm-okand.md" has no history/);
    expect(await historyError(repo, "goals/2020.md")).toMatch(/is not an agreement file/);
    expect((await historyJson(repo, "vm-statssekreterare.md")).path).toBe(PATH);
    await repo.commit({ files: { "agreements/um/vm-statssekreterare.md": agreementText() }, message: "Copy" });
    expect(await historyError(repo, "vm-statssekreterare")).toMatch(/Several files have the id "vm-statssekreterare": agreements\/um\/vm-statssekreterare.md, agreements\/vm\/vm-statssekreterare.md/);
  });

  it("for bad usage", async () => {
    const { repo } = await yearlyRepository();
    expect(await historyError(repo)).toMatch(/Give one agreement/);
    expect(await historyError(repo, "a", "b")).toMatch(/Give one agreement/);
    expect(await historyError(repo, "vm-statssekreterare", "--format", "html")).toMatch(/--format must be one of text, markdown, json/);
    const help = await runCli(["history", "--help"], { cwd: repo.dir, env: repo.env });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: agreements history <agreement id or path>");
  });
});

