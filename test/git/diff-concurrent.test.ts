import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";
import { runRefused } from "../helpers/cli.js";
import { watchRejections } from "../helpers/rejections.js";

// `agreements diff` checks the branch, then each version, then reads the diff (issue 13: for a while the
// checks were started together): the first failure in that order is the one reported, and no failure may
// escape as an unhandled rejection (vitest fails the run on one; the listener below makes it explicit).
describe("agreements diff's version checks", () => {
  it("reports an empty branch before two unknown versions, with no unhandled rejection", async () => {
    const rejections = watchRejections();
    const repo = await createTestRepository();
    expect(await runRefused(["diff", "submission-2019", "submission-2020"], { cwd: repo.dir, env: repo.env })).toBe('The branch "main" has no commits yet, so there is no history to show. Commit the agreements first.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections).toEqual([]);
  });

  it("reports the first unknown version before the second, with no unhandled rejection", async () => {
    const rejections = watchRejections();
    const repo = await createTestRepository();
    await repo.commit({ files: { "agreements/vm/vm-statssekreterare.md": agreementText() }, message: "First" });
    await repo.tag("submission-2019");
    expect(await runRefused(["diff", "submission-2018", "submission-2021"], { cwd: repo.dir, env: repo.env })).toMatch(/^"submission-2018" is not a commit, branch or tag in this repository\. Did you mean "submission-2019"\?/);
    expect(await runRefused(["diff", "submission-2019", "submission-2021"], { cwd: repo.dir, env: repo.env })).toMatch(/^"submission-2021" is not a commit/);
    expect(await runRefused(["diff", "main..HEAD", "nothing-here"], { cwd: repo.dir, env: repo.env })).toMatch(/^"main\.\.HEAD" is a range of commits/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections).toEqual([]);
  });

  // A version typed as one of git diff's options (--output=<file> writes a file) must never reach git diff as
  // one: the checks refuse it first, and git diff is given the commits they resolved, after --end-of-options.
  it("never lets a version typed as an option reach git diff as one", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { "agreements/vm/vm-statssekreterare.md": agreementText() }, message: "First" });
    const target = join(mkdtempSync(join(tmpdir(), "diff-option-")), "written");
    onTestFinished(() => rmSync(dirname(target), { recursive: true, force: true }));
    expect(await runRefused(["diff", "--", `--output=${target}`, "HEAD"], { cwd: repo.dir, env: repo.env })).toMatch(/is not a commit, branch or tag in this repository/);
    expect(await runRefused(["diff", "HEAD", "--", `--output=${target}`], { cwd: repo.dir, env: repo.env })).toMatch(/is not a commit, branch or tag in this repository/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readdirSync(dirname(target))).toEqual([]);
  });
});
