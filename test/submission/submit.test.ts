import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runBin } from "../helpers/bin.js";
import { agreementText, AUTHOR, createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { runCli, runRefused } from "../helpers/cli.js";

const GOALS_2020 = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
const GOALS_2021 = readFileSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md"), "utf8");
const TODAY = "2020-05-01";
const TAG = "submission-2020";
/** The real date, which the tag records as the day it was made (apart from --today). */
const madeOn = new Date().toISOString().slice(0, 10);

const FILES = {
  vm: "agreements/vm/vm-statssekreterare.md",
  /** A non-ASCII file name. */
  om: "agreements/om/kanslichef-för-om.md",
};

/** Two agreements ready for the 2020 submission, committed on main; with an origin unless told otherwise. */
async function readyRepository(options: { origin?: boolean } = {}): Promise<TestRepository & { origin?: string }> {
  const repository = await createTestRepository();
  await repository.run(["config", "user.name", AUTHOR.name]);
  await repository.run(["config", "user.email", AUTHOR.email]);
  await repository.commit({
    message: "Agreements for 2020 (#4)",
    files: {
      "goals/2020.md": GOALS_2020,
      // Ids are ASCII, so a non-ASCII file name cannot be its agreement's id: the config lets it be.
      "agreements.config.json": JSON.stringify({ rules: { "id-file-name": "off" } }),
      [FILES.vm]: agreementText(),
      [FILES.om]: agreementText({ id: "om-kanslichef", ministry: "OM", title: "Ledningsavtal för kanslichefen vid justitieministeriet" }),
    },
  });
  if (options.origin === false) return repository;
  return Object.assign(repository, { origin: await repository.addOrigin() });
}

async function submit(repository: TestRepository, ...args: string[]) {
  const { status, stdout } = await runCli(["submit", "2020", "--today", TODAY, ...args], { cwd: repository.dir, env: repository.env });
  return { status, stdout };
}

async function refusal(repository: TestRepository, ...args: string[]): Promise<string> {
  return runRefused(["submit", "2020", "--today", TODAY, ...args], { cwd: repository.dir, env: repository.env });
}


const git = async (repository: TestRepository, ...args: string[]) => (await repository.run(args)).trim();
const head = (repository: TestRepository) => git(repository, "rev-parse", "HEAD");
const localTag = (repository: TestRepository) => git(repository, "tag", "--list", TAG);
async function originTag(repository: TestRepository): Promise<string | undefined> {
  const lines = (await git(repository, "ls-remote", "origin", `refs/tags/${TAG}^{}`)).split("\n").filter(Boolean);
  return lines[0]?.split("\t")[0];
}

describe("agreements submit", () => {
  it("checks, creates an annotated tag that summarises the submission, and pushes it", async () => {
    const repository = await readyRepository();
    const { status, stdout } = await submit(repository);
    expect(status).toBe(0);
    expect(stdout).toContain(`Will create the annotated tag ${TAG} at commit ${(await head(repository)).slice(0, 12)} on main`);
    expect(stdout).toContain(`Created the tag ${TAG}.\nPushed the tag ${TAG} to "origin".`);
    // Annotated: a tag object with a tagger and the message, pointing at HEAD.
    expect(await git(repository, "cat-file", "-t", TAG)).toBe("tag");
    expect(await git(repository, "for-each-ref", "--format=%(taggername) %(taggeremail)", `refs/tags/${TAG}`)).toBe(`${AUTHOR.name} <${AUTHOR.email}>`);
    expect(await git(repository, "rev-parse", `${TAG}^{commit}`)).toBe(await head(repository));
    expect(await originTag(repository)).toBe(await head(repository));

    const message = await git(repository, "for-each-ref", "--format=%(contents)", `refs/tags/${TAG}`);
    expect(message).toBe(
      [
        "Submission of the management agreements for 2020",
        "",
        "Instruction: goals/2020.md (VM/615/00.00.00/2017 (uppdatering 2020))",
        "Deadline for updated agreements: 2020-04-30",
        `Commit: ${await head(repository)} on main`,
        "",
        "Agreements: 2 in 2 administrative sectors, 2 updated for 2020",
        "Models: 2 on the 2017 model, 0 on a legacy model",
        "Evaluations of 2019: 2, with 0 bonus proposals",
        "Goals: 4, of which 4 with meters and criteria",
        "Agreed after the deadline: 0",
        "Lint: 0 errors, 0 warnings",
        "",
        "Per administrative sector:",
        "  Sector  Agreements  Updated  Evaluated 2019  Bonus proposals  Goals  With meters+criteria",
        "  OM               1        1               1                0      2                     2",
        "  VM               1        1               1                0      2                     2",
        "",
        `Made with "agreements submit 2020" on ${madeOn}.`,
        "Deadlines checked against: 2020-05-01 (given with --today).",
      ].join("\n"),
    );
  });

  it("refuses a year without a goal catalogue in one sentence, before the checks of branch and remote", async () => {
    const repository = await readyRepository();
    await repository.run(["switch", "--quiet", "-c", "elsewhere"]);
    expect(await runRefused(["submit", "2031", "--today", TODAY], { cwd: repository.dir, env: repository.env })).toBe("there is no goal catalogue for 2031 (goals/2031.md), so there is no 2031 cycle to submit; check the year.");
  });

  it("warns when CODEOWNERS no longer matches the parties, and still tags", async () => {
    const repository = await readyRepository();
    expect((await runCli(["codeowners"], { cwd: repository.dir, env: repository.env })).status).toBe(0);
    await repository.commit({ message: "CODEOWNERS", files: {} });
    await repository.run(["push", "--quiet", "origin", "main"]);
    const matching = await runCli(["submit", "2020", "--today", TODAY, "--dry-run"], { cwd: repository.dir, env: repository.env });
    expect(matching.status).toBe(0);
    expect(matching.stderr).toBe("");

    await repository.commit({ message: "New superior", files: { [FILES.vm]: agreementText().replace("github: anders-exempel", "github: ny-minister") } });
    await repository.run(["push", "--quiet", "origin", "main"]);
    const stale = await runCli(["submit", "2020", "--today", TODAY], { cwd: repository.dir, env: repository.env });
    expect(stale.status).toBe(0);
    expect(stale.stderr).toBe(
      'agreements submit: warning: .github/CODEOWNERS no longer matches the parties named in the agreements, so GitHub asks the wrong people to review; run "agreements codeowners" and commit the file.\n',
    );
    expect(await localTag(repository)).toBe(TAG);
  });

  it("with --dry-run runs the checks and prints the message, but makes no tag", async () => {
    const repository = await readyRepository();
    const { status, stdout } = await submit(repository, "--dry-run");
    expect(status).toBe(0);
    expect(stdout).toContain(`Would create the annotated tag ${TAG}`);
    expect(stdout).toContain("    Agreements: 2 in 2 administrative sectors, 2 updated for 2020");
    expect(stdout).toContain(`Would push the tag ${TAG} to "origin".`);
    expect(stdout).toContain("Dry run: nothing was changed.");
    expect(await localTag(repository)).toBe("");
    expect(await originTag(repository)).toBeUndefined();
  });

  it("says the submission is complete when run again, and changes nothing", async () => {
    const repository = await readyRepository();
    await submit(repository);
    const tagObject = await git(repository, "rev-parse", TAG);
    const { status, stdout } = await submit(repository);
    expect(status).toBe(0);
    expect(stdout).toContain(`The tag ${TAG} already exists here at this commit.\nThe remote "origin" already has it.\nNothing left to do: the 2020 submission is complete.`);
    expect(await git(repository, "rev-parse", TAG)).toBe(tagObject);
  });

  it("pushes a tag made earlier at this commit that the remote lacks (a re-run finishes the job)", async () => {
    const repository = await readyRepository();
    const first = await submit(repository, "--no-push");
    expect(first.stdout).toContain(`Not pushed: --no-push (push later with: git push origin ${TAG}).`);
    expect(await originTag(repository)).toBeUndefined();
    const { stdout } = await submit(repository);
    expect(stdout).toContain(`The tag ${TAG} already exists here at this commit.\nWill push the tag ${TAG} to "origin".`);
    expect(await originTag(repository)).toBe(await head(repository));
  });

  it("fetches the tag when the remote already has it at this commit", async () => {
    const repository = await readyRepository();
    await repository.tag(TAG, { message: "Submitted from another copy" });
    await repository.run(["push", "--quiet", "origin", `refs/tags/${TAG}`]);
    await repository.run(["tag", "--delete", TAG]);
    const { status, stdout } = await submit(repository);
    expect(status).toBe(0);
    expect(stdout).toContain(`The remote "origin" already has the tag ${TAG} at this commit: the submission was made`);
    expect(await git(repository, "for-each-ref", "--format=%(contents)", `refs/tags/${TAG}`)).toBe("Submitted from another copy");
  });

  describe("never moves a tag", () => {
    it("refuses when the tag exists here at another commit, naming both commits", async () => {
      const repository = await readyRepository();
      const earlier = await head(repository);
      await repository.tag(TAG, { message: "Earlier" });
      await repository.commit({ message: "Fix a typo", files: { [FILES.vm]: agreementText({ title: "Ledningsavtal för statssekreteraren" }) } });
      await repository.run(["push", "--quiet", "origin", "main"]);
      const message = await refusal(repository);
      expect(message).toContain(`The tag ${TAG} already exists here at commit ${earlier.slice(0, 7)}`);
      expect(message).toContain('("Agreements for 2020 (#4)"), not at the commit being submitted');
      expect(message).toContain('("Fix a typo")');
      expect(message).toContain("A submission tag is never moved or deleted.");
      expect(await git(repository, "rev-parse", `${TAG}^{commit}`)).toBe(earlier);
    });

    it("refuses when the remote has the tag at another commit", async () => {
      const repository = await readyRepository();
      const earlier = await head(repository);
      await repository.tag(TAG, { message: "Earlier" });
      await repository.run(["push", "--quiet", "origin", `refs/tags/${TAG}`]);
      await repository.run(["tag", "--delete", TAG]);
      await repository.commit({ message: "Fix a typo", files: { [FILES.vm]: agreementText({ title: "Ledningsavtal för statssekreteraren" }) } });
      await repository.run(["push", "--quiet", "origin", "main"]);
      const message = await refusal(repository);
      expect(message).toContain(`The remote "origin" already has the tag ${TAG} at commit ${earlier.slice(0, 7)}`);
      expect(message).toContain('("Fix a typo")');
      expect(await localTag(repository)).toBe("");
      expect(await originTag(repository)).toBe(earlier);
    });
  });

  describe("without a remote", () => {
    it("refuses to push, and says how to add one or tag only here", async () => {
      const repository = await readyRepository({ origin: false });
      const message = await refusal(repository);
      expect(message).toContain('This repository has no remote called "origin" (it has none).');
      expect(message).toContain("--no-push");
    });

    it("tags only here with --no-push, on main", async () => {
      const repository = await readyRepository({ origin: false });
      const { status, stdout } = await submit(repository, "--no-push");
      expect(status).toBe(0);
      expect(stdout).toContain("Not pushed: --no-push, and there is no remote.");
      expect(await git(repository, "rev-parse", `${TAG}^{commit}`)).toBe(await head(repository));
    });
  });

  it("when the remote rejects the push, keeps the tag, says why, and a re-run after the fix pushes it", async () => {
    const repository = await readyRepository();
    const hook = join(repository.origin!, "hooks", "pre-receive");
    writeFileSync(hook, "#!/bin/sh\necho 'Taggar skyddas: be förvaltaren om lov.' >&2\nexit 1\n");
    chmodSync(hook, 0o755);
    const message = await refusal(repository);
    expect(message).toContain(`The remote "origin" refused the tag ${TAG}: [remote rejected] (pre-receive hook declined)`);
    expect(message).toContain("the remote said: Taggar skyddas: be förvaltaren om lov.");
    expect(message).toContain(`Done before it stopped: created the tag ${TAG} in your copy. Run the same command again once this is fixed: it finishes the job and does nothing twice.`);
    expect(await git(repository, "rev-parse", `${TAG}^{commit}`)).toBe(await head(repository));
    expect(await originTag(repository)).toBeUndefined();

    rmSync(hook);
    const { status } = await submit(repository);
    expect(status).toBe(0);
    expect(await originTag(repository)).toBe(await head(repository));
  });

  it("runs as its own process: exit 2 and the reason when the remote refuses, exit 0 once it accepts", async () => {
    const repository = await readyRepository();
    const hook = join(repository.origin!, "hooks", "pre-receive");
    writeFileSync(hook, "#!/bin/sh\nexit 1\n");
    chmodSync(hook, 0o755);
    const refused = await runBin(["submit", "2020", "--today", TODAY], { cwd: repository.dir, env: repository.env });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain(`Created the tag ${TAG}.`);
    expect(refused.stderr).toContain(`agreements submit: The remote "origin" refused the tag ${TAG}: [remote rejected] (pre-receive hook declined)`);
    rmSync(hook);
    const accepted = await runBin(["submit", "2020", "--today", TODAY], { cwd: repository.dir, env: repository.env });
    expect(accepted).toMatchObject({ status: 0, stderr: "" });
    expect(accepted.stdout).toContain(`Pushed the tag ${TAG} to "origin".`);
  });

  describe("refuses, saying what to do", () => {
    it("on a detached HEAD", async () => {
      const repository = await readyRepository();
      await repository.run(["switch", "--quiet", "--detach", "HEAD"]);
      expect(await refusal(repository)).toMatch(/No branch is checked out \(a "detached HEAD" at commit [0-9a-f]{12}\)/);
    });

    it("on a branch without commits", async () => {
      const repository = await createTestRepository();
      expect(await refusal(repository)).toContain('The branch "main" has no commits yet');
    });

    it("on uncommitted changes, naming the files", async () => {
      const repository = await readyRepository();
      writeFileSync(join(repository.dir, FILES.om), `${agreementText({ id: "om-kanslichef", ministry: "OM" })}\nÄndrad.\n`);
      const message = await refusal(repository);
      expect(message).toContain(`these files have changes that are not:\n  ${FILES.om}\n`);
      expect(await localTag(repository)).toBe("");
    });

    it("on another branch than the remote's default", async () => {
      const repository = await readyRepository();
      await repository.run(["switch", "--quiet", "-c", "cycle/2020"]);
      expect(await refusal(repository)).toContain('You are on the branch "cycle/2020", but a submission is tagged on the default branch "main"');
    });

    it("on main when the remote's default branch, as recorded by clone, is another", async () => {
      const repository = await readyRepository();
      await repository.run(["push", "--quiet", "origin", "main:trunk"]);
      await repository.run(["fetch", "--quiet", "origin"]);
      await repository.run(["remote", "set-head", "origin", "trunk"]);
      expect(await refusal(repository)).toContain('You are on the branch "main", but a submission is tagged on the default branch "trunk"');
    });

    it("when behind, ahead of, or apart from the remote", async () => {
      const repository = await readyRepository();
      await repository.commit({ message: "Later", files: { "agreements/README.md": "Avtalen.\n" } });
      expect(await refusal(repository)).toContain('Your branch "main" is ahead of origin by 1 commit');
      await repository.run(["push", "--quiet", "origin", "main"]);
      await repository.run(["reset", "--quiet", "--hard", "HEAD~1"]);
      expect(await refusal(repository)).toContain('Your branch "main" is behind origin by 1 commit: the submission must be what everyone sees on origin. Update your copy first: git pull origin main.');
      await repository.commit({ message: "Elsewhere", files: { "agreements/README.md": "Annat.\n" } });
      expect(await refusal(repository)).toContain("has 1 commit that origin lacks, and origin has 1 commit that it lacks");
    });

    it("when lint finds errors, listing them", async () => {
      const repository = await readyRepository();
      await repository.commit({ message: "Broken", files: { [FILES.om]: agreementText({ id: "om-kanslichef", ministry: "OM", agreed: "2020-13-01" }) } });
      await repository.run(["push", "--quiet", "origin", "main"]);
      const message = await refusal(repository);
      expect(message).toContain('the agreements cannot be submitted for 2020 yet:\n\n"agreements lint" finds 1 error in 1 file:');
      expect(message).toMatch(new RegExp(`  ${FILES.om}:13:9  .*\\(schema\\)`));
      expect(await localTag(repository)).toBe("");
    });

    it("when agreements do not answer the cycle or lack the evaluation it asks for", async () => {
      const repository = await readyRepository();
      await repository.commit({ message: "The 2021 instruction", files: { "goals/2021.md": GOALS_2021 } });
      await repository.run(["push", "--quiet", "origin", "main"]);
      const message = await runRefused(["submit", "2021", "--today", "2021-03-01"], { cwd: repository.dir, env: repository.env });
      expect(message).toContain(`2 agreements do not answer the 2021 cycle:\n  ${FILES.om} (cycle: 2020)\n  ${FILES.vm} (cycle: 2020)\nRoll them forward ("agreements cycle open 2021")`);
      expect(message).toContain(`2 agreements lack the evaluation of 2020:\n  ${FILES.om}\n  ${FILES.vm}\n`);
      expect(await git(repository, "tag", "--list")).toBe("");
    });

    it("when Git does not know who is tagging", async () => {
      const repository = await readyRepository();
      await repository.run(["config", "--unset", "user.name"]);
      await repository.run(["config", "--unset", "user.email"]);
      expect(await refusal(repository)).toContain('Git could not create the tag "submission-2020" because it does not know who you are');
    });

    it("on bad usage", async () => {
      const repository = await readyRepository();
      const place = { cwd: repository.dir, env: repository.env };
      expect(await runRefused(["submit"], place)).toContain("give the year of the cycle to submit");
      expect(await runRefused(["submit", "2020", "2021"], place)).toContain('(got "2020 2021")');
      expect(await runRefused(["submit", "2020", "--remote=--force"], place)).toContain("--remote needs the name of a remote");
    });
  });
});
