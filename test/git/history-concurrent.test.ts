import { describe, expect, it } from "vitest";
import { compareNames } from "../../scripts/git/containing-tags.js";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";
import { runRefused } from "../helpers/cli.js";
import { watchRejections } from "../helpers/rejections.js";

// `agreements history` starts its Git processes together (issue 13, round 5): the checks must still
// be reported in their old order, and the failures of the processes whose answer is then moot must not
// escape as unhandled rejections (vitest fails the run on one; the listener below makes it explicit).
describe("agreements history with its Git processes run together", () => {
  it("reports a shallow clone before an unknown id, with no unhandled rejection", async () => {
    const rejections = watchRejections();
    const repo = await createTestRepository();
    await repo.commit({ files: { "agreements/vm/vm-statssekreterare.md": agreementText() }, message: "First" });
    await repo.commit({ files: { "agreements/vm/vm-statssekreterare.md": agreementText({ agreed: "2020-04-20" }) }, message: "Second" });
    const clone = await repo.cloneShallow(1);
    expect(await runRefused(["history", "vm-okand"], { cwd: clone, env: repo.env })).toMatch(/^This copy of the repository is a shallow clone/);
    expect(await runRefused(["history", "goals/2020.md"], { cwd: clone, env: repo.env })).toMatch(/^This copy of the repository is a shallow clone/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections).toEqual([]);
  });

  it("reports an empty branch before the id's lookup and the log fail, with no unhandled rejection", async () => {
    const rejections = watchRejections();
    const repo = await createTestRepository();
    // ls-tree HEAD and git log HEAD both fail here too; only the first check's message is shown.
    expect(await runRefused(["history", "vm-okand"], { cwd: repo.dir, env: repo.env })).toBe('The branch "main" has no commits yet, so there is no history to show. Commit the agreements first.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections).toEqual([]);
  });

  it("reports an unknown id even though the tags and log were read alongside", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { "agreements/vm/vm-statssekreterare.md": agreementText() }, message: "First" });
    expect(await runRefused(["history", "vm-statssekreterar"], { cwd: repo.dir, env: repo.env })).toMatch(/No agreement has the id "vm-statssekreterar".*Did you mean "vm-statssekreterare"\?/s);
  });
});

// compareNames skips ICU's collator for submission-<number> names; its order must be the collator's.
describe("compareNames", () => {
  const collator = (a: string, b: string): number => Math.sign(a.localeCompare(b, "en", { numeric: true }));

  it("orders like the collator for every kind of name, plain or not", () => {
    const names = [
      "submission-2019", "submission-2020", "submission-2100", "submission-999", "submission-10000", "submission-1",
      "submission-02020", "submission-0", "submission-", "Submission-2020", "submission-2020a", "submission-2020-1",
      "submission_2020", "submissions-2020", "a-1", "b-1", "a-10", "a-9", "submission-٢٠٢٠", "submission-2020 ", "-1", "1", "9", "10",
    ];
    let random = 20200430;
    const next = (): number => (random = (random * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let index = 0; index < 1500; index++) {
      const prefix = ["submission-", "a-", "", "x", "submission-"][Math.floor(next() * 5)]!;
      const digits = String(Math.floor(next() * 10 ** (1 + Math.floor(next() * 6))));
      names.push(`${prefix}${next() < 0.1 ? "0" : ""}${digits}`);
    }
    const differing: string[] = [];
    for (let i = 0; i < names.length; i += 3) {
      for (let j = 0; j < names.length; j += 4) {
        if (Math.sign(compareNames(names[i]!, names[j]!)) !== collator(names[i]!, names[j]!)) differing.push(`${names[i]} / ${names[j]}`);
      }
    }
    expect(differing).toEqual([]);
    expect([...names].sort(compareNames)).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
  });
});
