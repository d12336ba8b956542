import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";

const TODAY = ["--today", "2020-05-01"];

/** Every file under the shipped agreements/ and goals/, as commit input. */
function shippedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(REPOSITORY_ROOT, path)] = readFileSync(path, "utf8");
    }
  };
  walk(join(REPOSITORY_ROOT, "agreements"));
  walk(join(REPOSITORY_ROOT, "goals"));
  return files;
}

async function shippedRepository(): Promise<TestRepository> {
  const repository = await createTestRepository();
  await repository.commit({ files: shippedFiles(), message: "The shipped agreements", date: "2020-04-20" });
  return repository;
}

async function run(argv: string[], cwd: string, env: Record<string, string>) {
  const { status: code, stdout, stderr } = await runCli(argv, { cwd, env });
  return { code, stdout, stderr };
}

describe("every command from a folder inside the repository", () => {
  it("lint: a file named relative to the current folder is checked as from the top, with its catalogue and links", async () => {
    const repository = await shippedRepository();
    const here = join(repository.dir, "agreements", "vm");
    const result = await run(["lint", "vm-statssekreterare.md", "--lang", "en", ...TODAY], here, repository.env);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("✔ 1 file checked: no problems.\n");
    expect(result.code).toBe(0);
    // A finding names the file from the repository's root, whatever the folder.
    const all = await run(["lint", ".", "--format", "json", ...TODAY], here, repository.env);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual([]);
    const fromTop = await run(["lint", "--format", "json", ...TODAY], repository.dir, repository.env);
    expect((await run(["lint", "--format", "json", ...TODAY], here, repository.env)).stdout).toBe(fromTop.stdout);
  });

  it("lint: a path outside the repository is refused in one sentence", async () => {
    const repository = await shippedRepository();
    const result = await run(["lint", "../../../elsewhere.md", "--lang", "en", ...TODAY], join(repository.dir, "agreements", "vm"), repository.env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/does not exist/);
  });

  it("report: the same report from a subfolder as from the top, --out relative to the current folder", async () => {
    const repository = await shippedRepository();
    const here = join(repository.dir, "agreements", "vm");
    const fromTop = await run(["report", "--format", "json", ...TODAY], repository.dir, repository.env);
    const fromHere = await run(["report", "--format", "json", ...TODAY], here, repository.env);
    expect(fromHere.stderr).toBe("");
    expect(fromHere.stdout).toBe(fromTop.stdout);
    const written = await run(["report", "--out", "out", ...TODAY], here, repository.env);
    expect(written.stdout).toMatch(/^Wrote 1 file to out: report\.md/);
    expect(readFileSync(join(here, "out", "report.md"), "utf8")).toMatch(/^# Johtamissopimukset: raportti/);
  });

  it("new, codeowners, diff, history, cycle, submit and schema work from a subfolder too", async () => {
    const repository = await shippedRepository();
    const here = join(repository.dir, "goals");
    const created = await run(["new", "--ministry", "VM", "--id", "vm-ny-chef", "--language", "sv", "--dry-run", ...TODAY], here, repository.env);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/agreements\/vm\/vm-ny-chef\.md/);
    const taken = await run(["new", "--ministry", "VM", "--id", "vm-statssekreterare", "--language", "sv", "--dry-run", ...TODAY], here, repository.env);
    expect(taken.code).toBe(2);
    const history = await run(["history", "../agreements/vm/vm-statssekreterare.md"], here, repository.env);
    expect(history.stderr).toBe("");
    expect(history.code).toBe(0);
    const diff = await run(["diff", "HEAD", "HEAD", "../agreements/vm"], here, repository.env);
    expect(diff.stderr).toBe("");
    expect(diff.code).toBe(0);
    const cycle = await run(["cycle", "open", "2020", "--dry-run"], here, repository.env);
    expect(cycle.stderr).not.toMatch(/goals\/2020\.md.*(missing|does not exist)/);
    const codeowners = await run(["codeowners"], here, repository.env);
    expect(codeowners.stderr).toBe("");
    expect(readFileSync(join(repository.dir, ".github", "CODEOWNERS"), "utf8")).toMatch(/agreements\/vm\/vm-statssekreterare\.md/);
    const submit = await run(["submit", "2020", "--dry-run", "--no-push", ...TODAY], here, repository.env);
    expect(submit.stderr).not.toMatch(/catalogue|goals\/2020\.md/);
    expect((await run(["schema"], here, repository.env)).code).toBe(0);
  });
});
