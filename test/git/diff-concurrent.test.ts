import { describe, expect, it, onTestFinished } from "vitest";
import { readRefChanges, readRefChangesInBatches } from "../../scripts/git/ref-changes.js";
import { openRepository } from "../../scripts/git/repository.js";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";
import { runRefused } from "../helpers/cli.js";

// `agreements diff` checks the branch and both versions together (issue 13, round 6): the checks must still
// be reported in their old order, and the failures whose answer is then moot must not escape as unhandled
// rejections (vitest fails the run on one; the listener below makes it explicit).
describe("agreements diff with its version checks run together", () => {
  function watchRejections(): unknown[] {
    const seen: unknown[] = [];
    const listener = (reason: unknown): void => void seen.push(reason);
    process.on("unhandledRejection", listener);
    onTestFinished(() => void process.off("unhandledRejection", listener));
    return seen;
  }

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
});

// diff reads the versions in growing batches, so comparing starts while Git reads the rest (round 6).
describe("readRefChangesInBatches", () => {
  it("gives the files of readRefChanges, in the same order, in batches of 2, 8, 32 …", async () => {
    const repo = await createTestRepository();
    const path = (index: number) => `agreements/vm/vm-avtal-${String(index).padStart(2, "0")}.md`;
    const files = (cycle: number) => Object.fromEntries(Array.from({ length: 30 }, (_, index) => [path(index), agreementText({ id: `vm-avtal-${String(index).padStart(2, "0")}`, cycle: cycle + (index % 2) })]));
    await repo.commit({ files: files(2019), message: "Before" });
    await repo.commit({ files: { ...files(2021), [path(3)]: null, "goals/notes.md": "Not an agreement\n" }, message: "After" });
    const repository = await openRepository(repo.dir, { env: repo.env });
    const include = (file: string) => file.startsWith("agreements/");
    const whole = await readRefChanges(repository, "HEAD~1", "HEAD", include);
    const batched = await readRefChangesInBatches(repository, "HEAD~1", "HEAD", include, 2);
    const batches = await Promise.all(batched.batches);
    expect(batches.map((batch) => batch.length)).toEqual([2, 8, 20]);
    expect(batched.count).toBe(30);
    expect({ from: batched.from, to: batched.to, files: batches.flat() }).toEqual(whole);
    expect(whole.files.filter((file) => file.after === undefined).map((file) => file.change.path)).toEqual([path(3)]);
    expect(whole.files.every((file) => file.before !== undefined)).toBe(true);
  });

  it("gives one empty batch when nothing changed", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { "agreements/vm/vm-statssekreterare.md": agreementText() }, message: "First" });
    const batched = await readRefChangesInBatches(await openRepository(repo.dir, { env: repo.env }), "HEAD", "HEAD", () => true, 64);
    expect(batched.count).toBe(0);
    expect(await Promise.all(batched.batches)).toEqual([[]]);
  });
});
