import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, AUTHOR, createTestRepository, type TestRepository } from "../helpers/git-repo.js";

/**
 * Issue 9, item 15: symbolic links are handled one way in every command: never read as agreements.
 * Lint and report used to skip them while cycle open listed (and rewrote) them. Here two links are
 * committed: one to another agreement, one to a file outside the repository.
 */

const GOALS_2020 = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
const GOALS_2021 = readFileSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md"), "utf8");
const REAL = "agreements/vm/vm-statssekreterare.md";
const LINKS = ["agreements/vm/kopia.md", "agreements/vm/utanfor.md"];

async function repositoryWithLinks(): Promise<{ repository: TestRepository; before: string }> {
  const repository = await createTestRepository();
  await repository.run(["config", "user.name", AUTHOR.name]);
  await repository.run(["config", "user.email", AUTHOR.email]);
  const before = await repository.commit({ message: "Agreements", files: { "goals/2020.md": GOALS_2020, "goals/2021.md": GOALS_2021, [REAL]: agreementText() } });
  symlinkSync("vm-statssekreterare.md", join(repository.dir, LINKS[0]!));
  symlinkSync("/etc/passwd", join(repository.dir, LINKS[1]!));
  await repository.run(["add", "--", ...LINKS]);
  await repository.run(["commit", "--quiet", "-m", "Links"]);
  expect(await repository.run(["ls-files", "-s", "--", ...LINKS])).toMatch(/^120000 /);
  return { repository, before };
}

const run = (repository: TestRepository, args: string[]) => runBin(args, { cwd: repository.dir, env: repository.env });

describe("symbolic links are never agreements, in any command", () => {
  it("lint and report leave them out; lint of a link by name says why", async () => {
    const { repository } = await repositoryWithLinks();
    const lint = await run(repository, ["lint", "--format", "json", "--today", "2020-05-01"]);
    expect(lint.stderr).toBe("");
    expect(JSON.parse(lint.stdout)).toEqual([]);
    const report = await run(repository, ["report", "--format", "json", "--today", "2020-05-01"]);
    const text = report.stdout;
    expect(report.status).toBe(0);
    for (const link of LINKS) expect(text).not.toContain(link);
    expect(text).not.toContain("root:");
    for (const link of LINKS) {
      const named = await run(repository, ["lint", link]);
      expect(named.status).toBe(2);
      expect(named.stderr).toContain(`"${link}" is a symbolic link. Agreements and goals are checked only as real files`);
      expect(named.stderr).not.toContain("root:");
    }
  });

  it("cycle open neither lists nor writes them", async () => {
    const { repository } = await repositoryWithLinks();
    const plan = await run(repository, ["cycle", "open", "2021", "--today", "2021-03-01", "--dry-run"]);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain(REAL);
    for (const link of LINKS) expect(plan.stdout).not.toContain(link);
    const done = await run(repository, ["cycle", "open", "2021", "--today", "2021-03-01"]);
    expect(done.status, done.stderr).toBe(0);
    expect(await repository.run(["show", "--name-only", "--format=", "HEAD"])).toBe(`${REAL}\n`);
    expect(await repository.run(["ls-files", "-s", "--", ...LINKS])).toMatch(/^120000 .*\n120000 /);
  });

  it("diff does not show a link that was added as an agreement", async () => {
    const { repository, before } = await repositoryWithLinks();
    const diff = await run(repository, ["diff", before, "HEAD", "--format", "json"]);
    expect(diff.status, diff.stderr).toBe(0);
    for (const link of LINKS) expect(diff.stdout).not.toContain(link);
    expect(diff.stdout).not.toContain("root:");
  });
});
