import { existsSync } from "node:fs";
import { join } from "node:path";
import { runBin } from "../helpers/bin.js";
import { describe, expect, it } from "vitest";
import type { AgreementHistory } from "../../scripts/changes/types.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";


const PATH = "agreements/vm/vm-statssekreterare.md";

describe("diff and history as processes", () => {
  it("are built (npm test builds first)", () => {
    for (const name of ["diff", "history"]) expect(existsSync(join(REPOSITORY_ROOT, "dist", "commands", `${name}.js`)), `dist/commands/${name}.js: run npm run build`).toBe(true);
  });

  it("print a history as JSON and exit 0; refuse a shallow clone with exit 2", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { [PATH]: agreementText({ cycle: 2019 }) }, message: "2019" });
    await repo.commit({ files: { [PATH]: agreementText() }, message: "2020 (#4)" });
    const ok = await runBin(["history", "vm-statssekreterare", "--format", "json"], { cwd: repo.dir, env: repo.env });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    const history = JSON.parse(ok.stdout) as AgreementHistory;
    expect(history.versions.map((version) => version.pullRequest)).toEqual([4, undefined]);

    const clone = await repo.cloneShallow(1);
    const refused = await runBin(["history", "vm-statssekreterare"], { cwd: clone, env: repo.env });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/^agreements history: This copy of the repository is a shallow clone.*"fetch-depth: 0"/s);
  });

  it("print a diff as Markdown and exit 0; name an unknown ref with exit 2", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { [PATH]: agreementText({ cycle: 2019 }) }, message: "2019" });
    await repo.tag("submission-2019", { message: "2019" });
    await repo.commit({ files: { [PATH]: agreementText() }, message: "2020" });
    const ok = await runBin(["diff", "submission-2019", "main", "--format", "markdown", "--lang", "en"], { cwd: repo.dir, env: repo.env });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("- cycle (yearly instruction): `2019` → `2020`");
    const unknown = await runBin(["diff", "submission-2018", "main"], { cwd: repo.dir, env: repo.env });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^agreements diff: "submission-2018" is not a commit, branch or tag in this repository\./);
  });
});
