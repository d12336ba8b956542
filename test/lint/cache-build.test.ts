import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runBin, type BinRun } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

// The built toolkit, run as a process: the cache keys on the code of the build that runs (a rebuild with the
// same version number reuses nothing), and agreements the cache does not hold are linted on worker threads
// with the same findings as in one thread.

const EXAMPLE = readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md"), "utf8");
const TODAY = ["--today", "2020-05-01"];

function temporary(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `agreements-${name}-`));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** `count` agreements in the examples' shape, some broken, one id used twice; goals/ as shipped. */
function repository(root: string, count: number): string {
  const dir = join(root, "work");
  cpSync(join(REPOSITORY_ROOT, "goals"), join(dir, "goals"), { recursive: true });
  mkdirSync(join(dir, "agreements", "vm"), { recursive: true });
  for (let index = 0; index < count; index++) writeAgreement(dir, index, "");
  return dir;
}

function writeAgreement(dir: string, index: number, extra: string): void {
  const id = index === 1 ? "agreement-0" : `agreement-${index}`;
  let text = EXAMPLE.replace("id: vm-statssekreterare", `id: ${id}`);
  if (index % 3 === 0) text = text.replace("common: mobility", "common: mobilty");
  if (index % 4 === 1) text = text.replace("agreed: 2020-04-15", "agreed: 2020-4-15");
  writeFileSync(join(dir, "agreements", "vm", `file-${String(index).padStart(3, "0")}.md`), `${text}${extra}`);
}

/** A copy of this build as a package of its own (bin/, dist/, package.json), as a person's checkout would be. */
function copyOfBuild(root: string, name: string): string {
  const folder = join(root, name);
  cpSync(realpathSync(join(REPOSITORY_ROOT, "dist")), join(folder, "dist"), { recursive: true });
  cpSync(join(REPOSITORY_ROOT, "bin"), join(folder, "bin"), { recursive: true });
  cpSync(join(REPOSITORY_ROOT, "package.json"), join(folder, "package.json"));
  symlinkSync(join(REPOSITORY_ROOT, "node_modules"), join(folder, "node_modules"));
  return join(folder, "bin", "agreements.js");
}

function runScript(script: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, ...args], { cwd, env, encoding: "utf8", timeout: 30_000 }, (error, stdout, stderr) => {
      if (error && (typeof error.code !== "number" || error.killed)) reject(error);
      else resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** Changes one cached message and signs the cache again with the key in `home`, as only the tool could. */
function tamper(dir: string, home: string): void {
  const file = join(dir, "node_modules", ".cache", "agreements", "lint-cache.json");
  const text = readFileSync(file, "utf8");
  const body = JSON.parse(text.slice(65)) as { entries: Record<string, { findings: { message: string }[] | null }> };
  const findings = Object.values(body.entries).find((entry) => (entry.findings ?? []).length > 0)!.findings!;
  findings[0]!.message = "Tampered in the cache";
  const signed = JSON.stringify(body);
  const secret = readFileSync(join(home, ".cache", "agreements-as-code", "lint-cache-secret"), "utf8");
  writeFileSync(file, `${createHmac("sha256", secret).update(signed).digest("hex")}\n${signed}`);
}

describe("lint --cache with the built toolkit", () => {
  it("does not reuse results of other code with the same version number", async () => {
    const root = temporary("cache-build");
    const dir = repository(root, 6);
    const home = join(root, "home");
    mkdirSync(home);
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home };
    const first = copyOfBuild(root, "first");
    const rebuilt = copyOfBuild(root, "rebuilt");
    // The same version, code that differs by a comment: to the cache, another build.
    appendFileSync(join(root, "rebuilt", "dist", "bin", "cli.js"), "\n// rebuilt\n");
    const args = ["lint", "--format", "json", ...TODAY];

    const plain = await runScript(first, args, dir, env);
    expect(await runScript(first, [...args, "--cache"], dir, env)).toEqual(plain);
    tamper(dir, home);
    expect((await runScript(first, [...args, "--cache"], dir, env)).stdout).toContain("Tampered in the cache");
    const other = await runScript(rebuilt, [...args, "--cache"], dir, env);
    expect(other).toEqual(plain);
    expect(other.stdout).not.toContain("Tampered in the cache");
  });

  it("lints the agreements the cache does not hold on worker threads, with the findings of one thread", async () => {
    const root = temporary("cache-workers");
    const dir = repository(root, 40);
    const home = join(root, "home");
    mkdirSync(home);
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home };
    for (const format of ["json", "text"]) {
      const args = ["lint", "--format", format, ...TODAY];
      const oneThread = await runBin([...args, "--jobs", "1"], { cwd: dir, env });
      expect(oneThread.stdout).toContain("agreement-0");
      // Cold (every agreement on the workers), then warm (none), each with two threads asked for.
      expect(await runBin([...args, "--jobs", "2", "--cache"], { cwd: dir, env })).toEqual(oneThread);
      expect(await runBin([...args, "--jobs", "2", "--cache"], { cwd: dir, env })).toEqual(oneThread);
    }
    // Five agreements change, one of them now with the other's id: the five go to the workers.
    for (const index of [2, 7, 11, 23, 38]) writeAgreement(dir, index, index === 38 ? "" : "\nÄndrad.\n");
    writeFileSync(join(dir, "agreements", "vm", "file-038.md"), EXAMPLE.replace("id: vm-statssekreterare", "id: agreement-5"));
    const args = ["lint", "--format", "json", ...TODAY];
    const oneThread = await runBin([...args, "--jobs", "1"], { cwd: dir, env });
    expect(oneThread.stdout).toContain("file-038.md");
    expect(await runBin([...args, "--jobs", "2", "--cache"], { cwd: dir, env })).toEqual(oneThread);
    expect(await runBin([...args, "--jobs", "2", "--cache"], { cwd: dir, env })).toEqual(oneThread);
  });
});
