import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { cacheFileIn, cachePlace, readCacheBody, writeSignedCache, type CacheBody } from "../helpers/lint-cache.js";

// The built toolkit, run as a process: the cache keys on the code of the build that runs (a rebuild with the
// same version number reuses nothing), and agreements the cache does not hold are linted on worker threads
// with the same findings as in one thread.

const EXAMPLE = readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md"), "utf8");
const TODAY = ["--today", "2020-05-01"];

/** `count` agreements in the examples' shape, some broken, one id used twice; goals/ as shipped. */
function repository(dir: string, count: number): void {
  cpSync(join(REPOSITORY_ROOT, "goals"), join(dir, "goals"), { recursive: true });
  mkdirSync(join(dir, "agreements", "vm"), { recursive: true });
  for (let index = 0; index < count; index++) writeAgreement(dir, index, "");
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

/** Changes one cached message and signs the cache again with the key in `home`, as only the tool could. */
function tamper(dir: string, home: string): void {
  const file = cacheFileIn(dir);
  const body = readCacheBody<CacheBody>(file);
  const findings = Object.values(body.entries).find((entry) => (entry.findings ?? []).length > 0)!.findings!;
  findings[0]!.message = "Tampered in the cache";
  writeSignedCache(file, home, body);
}

describe("lint --cache with the built toolkit", () => {
  it("does not reuse results of other code with the same version number", async () => {
    const { root, dir, home, env } = cachePlace("cache-build", { examples: false });
    repository(dir, 6);
    const first = copyOfBuild(root, "first");
    const rebuilt = copyOfBuild(root, "rebuilt");
    // The same version, code that differs by one character of a comment, so by content only (the same sizes):
    // to the cache, another build.
    appendFileSync(join(root, "first", "dist", "bin", "cli.js"), "\n// build 1\n");
    appendFileSync(join(root, "rebuilt", "dist", "bin", "cli.js"), "\n// build 2\n");
    const args = ["lint", "--format", "json", ...TODAY];

    const plain = await runBin(args, { cwd: dir, env, bin: first });
    expect(await runBin([...args, "--cache"], { cwd: dir, env, bin: first })).toEqual(plain);
    tamper(dir, home);
    expect((await runBin([...args, "--cache"], { cwd: dir, env, bin: first })).stdout).toContain("Tampered in the cache");
    const other = await runBin([...args, "--cache"], { cwd: dir, env, bin: rebuilt });
    expect(other).toEqual(plain);
    expect(other.stdout).not.toContain("Tampered in the cache");
  });

  it("lints the agreements the cache does not hold on worker threads, with the findings of one thread", async () => {
    const { dir, env } = cachePlace("cache-workers", { examples: false });
    repository(dir, 40);
    for (const format of ["json", "text"]) {
      const args = ["lint", "--format", format, ...TODAY];
      const oneThread = await runBin([...args, "--jobs", "1"], { cwd: dir, env });
      expect(oneThread.stdout).toContain("agreement-0");
      // Cold (every agreement on the workers), then warm (none), each with two threads asked for.
      expect(await runBin([...args, "--jobs", "2", "--cache"], { cwd: dir, env })).toEqual(oneThread);
      expect(await runBin([...args, "--jobs", "2", "--cache"], { cwd: dir, env })).toEqual(oneThread);
    }
    // What the workers found is in the cache: every agreement, under the hash of its bytes, with the path its
    // rules asked about (its catalogue). Without this, a cache the workers never filled would pass the above.
    const { entries } = readCacheBody(cacheFileIn(dir));
    const paths = readdirSync(join(dir, "agreements", "vm")).map((name) => `agreements/vm/${name}`);
    expect(Object.keys(entries).sort()).toEqual(paths.sort());
    for (const path of paths) {
      expect(entries[path]!.content).toBe(createHash("sha256").update(readFileSync(join(dir, path))).digest("hex"));
      expect(entries[path]!.probes).toEqual([["goals/2020.md", true]]);
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
