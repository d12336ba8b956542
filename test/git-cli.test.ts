import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AgreementHistory } from "../scripts/changes/types.js";
import { REPOSITORY_ROOT } from "./helpers/fixtures.js";
import { agreementText, createTestRepository } from "./helpers/git-repo.js";

/** Runs the real bin (bin/agreements.js over dist/) as a process. */
function runCommand(cwd: string, env: Record<string, string>, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const entry = join(REPOSITORY_ROOT, "bin", "agreements.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const PATH = "agreements/vm/vm-statssekreterare.md";

describe("diff and history as processes", () => {
  it("are built (npm test builds first)", () => {
    for (const name of ["diff", "history"]) expect(existsSync(join(REPOSITORY_ROOT, "dist", "commands", `${name}.js`)), `dist/commands/${name}.js: run npm run build`).toBe(true);
  });

  it("print a history as JSON and exit 0; refuse a shallow clone with exit 2", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { [PATH]: agreementText({ cycle: 2019 }) }, message: "2019" });
    await repo.commit({ files: { [PATH]: agreementText() }, message: "2020 (#4)" });
    const ok = await runCommand(repo.dir, repo.env, ["history", "vm-statssekreterare", "--format", "json"]);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    const history = JSON.parse(ok.stdout) as AgreementHistory;
    expect(history.versions.map((version) => version.pullRequest)).toEqual([4, undefined]);

    const clone = await repo.cloneShallow(1);
    const refused = await runCommand(clone, repo.env, ["history", "vm-statssekreterare"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/^agreements history: This copy of the repository is a shallow clone.*"fetch-depth: 0"/s);
  });

  it("print a diff as Markdown and exit 0; name an unknown ref with exit 2", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { [PATH]: agreementText({ cycle: 2019 }) }, message: "2019" });
    await repo.tag("submission-2019", { message: "2019" });
    await repo.commit({ files: { [PATH]: agreementText() }, message: "2020" });
    const ok = await runCommand(repo.dir, repo.env, ["diff", "submission-2019", "main", "--format", "markdown"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("- cycle (yearly instruction): `2019` → `2020`");
    const unknown = await runCommand(repo.dir, repo.env, ["diff", "submission-2018", "main"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^agreements diff: "submission-2018" is not a commit, branch or tag in this repository\./);
  });
});
