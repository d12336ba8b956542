import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commitDate, describeCommits } from "../../scripts/git/commits.js";
import { readTagInfo } from "../../scripts/git/tags.js";
import { openWorkingCopy } from "../../scripts/git/working-copy.js";
import { createTestRepository } from "../helpers/git-repo.js";

describe("the commit and tag lookups of scripts/git/", () => {
  it("describe commits in one call, leaving out a commit this copy lacks", async () => {
    const repository = await createTestRepository();
    const first = await repository.commit({ files: { "a.md": "a\n" }, message: "First\n\nWith a body.", date: "2020-03-01" });
    const second = await repository.commit({ files: { "a.md": "b\n" }, message: "Second", date: "2020-03-02" });
    const workingCopy = await openWorkingCopy(repository.dir, { env: repository.env });
    const missing = "0123456789abcdef0123456789abcdef01234567";
    const described = await describeCommits(workingCopy, [second, first, undefined, missing, first]);
    expect([...described.keys()].sort()).toEqual([first, second].sort());
    expect(described.get(second)).toMatchObject({ parents: [first], subject: "Second", author: "Testi Testaaja" });
    expect(described.get(first)).toMatchObject({ parents: [], subject: "First", message: "First\n\nWith a body.\n" });
    expect(second.startsWith(described.get(second)!.short)).toBe(true);
    expect(await commitDate(workingCopy, second)).toBe("2020-03-02");
    expect(await describeCommits(workingCopy, [])).toEqual(new Map());
  });

  it("never take a commit id for an option: a hostile one cannot make Git write a file", async () => {
    const repository = await createTestRepository();
    const head = await repository.commit({ files: { "a.md": "a\n" }, message: "Only" });
    const workingCopy = await openWorkingCopy(repository.dir, { env: repository.env });
    const described = await describeCommits(workingCopy, [head, "--output=planted.txt"]);
    expect([...described.keys()]).toEqual([head]);
    expect(existsSync(join(repository.dir, "planted.txt"))).toBe(false);
  });

  it("read a tag of exactly this name, annotated or lightweight", async () => {
    const repository = await createTestRepository();
    const head = await repository.commit({ files: { "a.md": "a\n" }, message: "Only", date: "2020-04-01" });
    await repository.tag("submission-2020", { message: "Submitted", date: "2020-04-30" });
    await repository.tag("light");
    const workingCopy = await openWorkingCopy(repository.dir, { env: repository.env });
    expect(await readTagInfo(workingCopy, "submission-2020")).toEqual({ commit: head, objectType: "tag", taggerDate: "2020-04-30", creatorDate: "2020-04-30" });
    expect(await readTagInfo(workingCopy, "light")).toEqual({ commit: head, objectType: "commit", taggerDate: "", creatorDate: "2020-04-01" });
    expect(await readTagInfo(workingCopy, "submission")).toBeUndefined();
    expect(await readTagInfo(workingCopy, "submission-2021")).toBeUndefined();
  });
});
