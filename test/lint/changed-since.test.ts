import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBin } from "../helpers/bin.js";
import { describe, expect, it, onTestFinished } from "vitest";
import { filesToReport } from "../../scripts/git/changed-files.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { runCli, runRefused } from "../helpers/cli.js";

const GOALS_2020 = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");

const FILES = {
  clean: "agreements/vm/vm-statssekreterare.md",
  /** Already broken on main: a pull request that does not touch it must not be blamed for it. */
  oldError: "agreements/om/om-kanslichef.md",
  /** Edited on the branch. */
  edited: "agreements/sm/sm-kanslichef.md",
};

const om = (agreed = "2020-13-01") => agreementText({ id: "om-kanslichef", ministry: "OM", agreed });
const sm = (title = "Ledningsavtal för kanslichefen vid inrikesministeriet") => agreementText({ id: "sm-kanslichef", ministry: "SM", title });

/** main with three agreements (one already broken), and a branch "change" made from it, checked out. */
async function repositoryWithBranch(): Promise<TestRepository> {
  const repository = await createTestRepository();
  await repository.commit({
    message: "Agreements",
    files: { "goals/2020.md": GOALS_2020, [FILES.clean]: agreementText(), [FILES.oldError]: om(), [FILES.edited]: sm() },
  });
  await repository.run(["switch", "--quiet", "-c", "change"]);
  return repository;
}

interface Reported {
  status: number;
  findings: { file: string; line: number; rule: string }[];
  checked: number;
}

async function lintChanged(repository: TestRepository, ...args: string[]): Promise<Reported> {
  const place = { cwd: repository.dir, env: repository.env };
  const { status, stdout } = await runCli(["lint", "--format", "json", "--today", "2020-05-01", ...args], place);
  const findings = (JSON.parse(stdout) as Reported["findings"]).map(({ file, line, rule }) => ({ file, line, rule }));
  const text = await runCli(["lint", "--lang", "en", "--today", "2020-05-01", ...args], place);
  const checked = Number(/(\d+) files? checked/.exec(text.stdout)?.[1]);
  return { status, findings, checked };
}



async function refusal(repository: TestRepository | string, ...args: string[]): Promise<string> {
  const cwd = typeof repository === "string" ? repository : repository.dir;
  const env = typeof repository === "string" ? { PATH: process.env.PATH ?? "" } : repository.env;
  return runRefused(["lint", ...args], { cwd, env });
}

describe("agreements lint --changed-since", () => {
  it("reports only the files the branch changed, while unique ids are still checked against every file", async () => {
    const repository = await repositoryWithBranch();
    await repository.commit({
      message: "Edit one, copy one",
      files: {
        [FILES.edited]: sm("Ledningsavtal för kanslichefen vid inrikesministeriet (uppdaterat)").replace("cycle: 2020", "cycle: 2031"),
        // A new file that reuses an id only an unchanged file has: found because every agreement is read.
        "agreements/vm/kopia.md": agreementText(),
      },
    });
    const everything = await lintChanged(repository);
    expect(everything.findings.map((finding) => finding.file)).toContain(FILES.oldError);

    const changed = await lintChanged(repository, "--changed-since", "main");
    expect(changed.status).toBe(1);
    expect(changed.checked).toBe(2);
    expect(changed.findings).toEqual([
      // 2031 is far from when it was agreed (2020): the date cannot belong to that cycle.
      { file: FILES.edited, line: 12, rule: "unknown-cycle" },
      { file: FILES.edited, line: 13, rule: "agreed-in-cycle" },
      // A copy keeps the id of the file it was copied from, which is not its own name.
      { file: "agreements/vm/kopia.md", line: 2, rule: "id-file-name" },
      { file: "agreements/vm/kopia.md", line: 2, rule: "unique-id" },
    ]);
  });

  it("gives the same result on two threads, run as the real bin", async () => {
    // Worker threads run compiled JavaScript, so this goes through the bin (dist/, built by npm test).
    const repository = await repositoryWithBranch();
    await repository.commit({ message: "Copy", files: { "agreements/vm/kopia.md": agreementText() } });
    const one = await runBin(["lint", "--lang", "en", "--changed-since", "main", "--jobs", "1", "--format", "json", "--today", "2020-05-01"], { cwd: repository.dir, env: repository.env });
    const two = await runBin(["lint", "--lang", "en", "--changed-since", "main", "--jobs", "2", "--format", "json", "--today", "2020-05-01"], { cwd: repository.dir, env: repository.env });
    expect(one.status).toBe(1);
    expect(two).toEqual(one);
    expect((JSON.parse(one.stdout) as { file: string; rule: string }[]).map(({ file, rule }) => `${file} ${rule}`)).toEqual(["agreements/vm/kopia.md id-file-name", "agreements/vm/kopia.md unique-id"]);
  });

  it("exits 2 with the message on standard error from the real bin", async () => {
    const repository = await repositoryWithBranch();
    const { status, stdout, stderr } = await runBin(["lint", "--lang", "en", "--changed-since", "no-such-branch"], { cwd: repository.dir, env: repository.env });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('agreements lint: --changed-since: "no-such-branch" is not a commit, branch or tag in this repository.');
  });

  it("counts from where the branch left the ref: later commits on the ref do not count", async () => {
    const repository = await repositoryWithBranch();
    await repository.run(["switch", "--quiet", "main"]);
    await repository.commit({ message: "Break another on main", files: { [FILES.clean]: agreementText({ agreed: "2020-02-30" }) } });
    await repository.run(["switch", "--quiet", "change"]);
    await repository.commit({ message: "Edit", files: { [FILES.edited]: sm("Nytt namn") } });
    const result = await lintChanged(repository, "--changed-since", "main");
    expect(result).toEqual({ status: 0, findings: [], checked: 1 });
  });

  it("counts changes not yet committed and new files not yet added, and not deleted files", async () => {
    const repository = await repositoryWithBranch();
    writeFileSync(join(repository.dir, FILES.edited), sm().replace("cycle: 2020", "cycle: 2031"));
    writeFileSync(join(repository.dir, "agreements/vm/ny-å.md"), agreementText({ id: "vm-ny", agreed: "2020-02-30" }));
    await repository.run(["rm", "--quiet", FILES.clean]);
    const result = await lintChanged(repository, "--changed-since", "main");
    expect(result.checked).toBe(2);
    expect(result.findings.map((finding) => `${finding.file} ${finding.rule}`)).toEqual([`${FILES.edited} unknown-cycle`, `${FILES.edited} agreed-in-cycle`, "agreements/vm/ny-å.md id-file-name", "agreements/vm/ny-å.md schema"]);
  });

  it("follows a renamed file under its new name", async () => {
    const repository = await repositoryWithBranch();
    await repository.commit({ message: "Move", moves: [[FILES.oldError, "agreements/om/om-kanslichef-2.md"]] });
    const result = await lintChanged(repository, "--changed-since", "main");
    // The moved file keeps its error, and its id no longer matches its new name.
    expect(result.findings.map((finding) => `${finding.file} ${finding.rule}`)).toEqual(["agreements/om/om-kanslichef-2.md id-file-name", "agreements/om/om-kanslichef-2.md schema"]);
  });

  it("reports on every file when a goal catalogue changed, since every agreement is checked against it", async () => {
    const repository = await repositoryWithBranch();
    await repository.commit({ message: "Catalogue", files: { "goals/2020.md": GOALS_2020.replace("date: 2020-04-30", "date: 2020-04-29") } });
    const result = await lintChanged(repository, "--changed-since", "main");
    expect(result.checked).toBe(4);
    expect(result.findings.map((finding) => finding.file)).toContain(FILES.oldError);
  });

  it("with nothing changed, checks nothing and passes", async () => {
    const repository = await repositoryWithBranch();
    expect(await lintChanged(repository, "--changed-since", "main")).toEqual({ status: 0, findings: [], checked: 0 });
  });

  describe("refuses with a clear message (exit 2)", () => {
    it("in a shallow clone that lacks the ref: fetch-depth: 0 is needed", async () => {
      const repository = await repositoryWithBranch();
      await repository.commit({ message: "Second", files: { [FILES.edited]: sm("Två") } });
      await repository.commit({ message: "Third", files: { [FILES.edited]: sm("Tre") } });
      const shallow = await repository.cloneShallow(1);
      const message = await refusal(shallow, "--changed-since", "HEAD~2");
      expect(message).toContain('--changed-since: "HEAD~2" is not a commit, branch or tag in this repository. This copy is a shallow clone');
      expect(message).toContain('give actions/checkout "fetch-depth: 0"');
    });

    it("for a ref that does not exist", async () => {
      const repository = await repositoryWithBranch();
      expect(await refusal(repository, "--changed-since", "mian")).toContain('"mian" is not a commit, branch or tag in this repository. Did you mean "main"?');
      expect(await refusal(repository, "--changed-since", "nothing-like-any-ref")).toContain('"nothing-like-any-ref" is not a commit, branch or tag in this repository. Check the spelling');
    });

    it("outside a Git repository", async () => {
      const folder = mkdtempSync(join(tmpdir(), "agreements-no-git-"));
      onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
      cpSync(join(REPOSITORY_ROOT, "test", "fixtures", "cli", "errors"), folder, { recursive: true });
      expect(await refusal(folder, "--changed-since", "main")).toMatch(/^--changed-since: ".*" is not inside a Git repository\./);
    });
  });
});

describe("filesToReport", () => {
  const requested = ["agreements/a.md", "agreements/b.md", "goals/2020.md"];
  it("keeps the requested files that changed", () => {
    expect(filesToReport(requested, new Set(["agreements/b.md", "README.md"]), ["agreements.config.json"])).toEqual(["agreements/b.md"]);
  });
  it("keeps all of them when a catalogue or the config file changed", () => {
    expect(filesToReport(requested, new Set(["goals/2021.md"]), ["agreements.config.json"])).toEqual(requested);
    expect(filesToReport(requested, new Set(["agreements.config.json"]), ["agreements.config.json"])).toEqual(requested);
  });
});
