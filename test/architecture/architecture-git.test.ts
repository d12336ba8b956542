import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

/**
 * Git runs only inside scripts/git/: every Git operation has a name there, its output parsed and its failure
 * worded once. This test reads every source file under scripts/ and fails on any file outside scripts/git/
 * that reaches Git itself: through simple-git, through child_process with "git" as the program, through the
 * raw runner of scripts/git/run.ts, or by calling a raw runner (`.git([...])`, `runGit(...)`).
 */

const SCRIPTS = join(REPOSITORY_ROOT, "scripts");
const SOURCE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;

/** Every module specifier a file imports, statically or dynamically. */
function importedModules(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bimport\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g)) {
    specifiers.push((match[1] ?? match[2] ?? match[3] ?? match[4])!);
  }
  return specifiers;
}

/**
 * Why a file (path relative to the repository, forward slashes) runs Git outside scripts/git/; empty when it
 * does not. Pure, so the test below can show it failing on planted sources.
 */
export function gitUseOutsideGit(path: string, source: string): string[] {
  if (path.startsWith("scripts/git/")) return [];
  const reasons: string[] = [];
  const modules = importedModules(source);
  if (modules.includes("simple-git")) reasons.push("imports simple-git");
  const spawnsProcesses = modules.some((module) => module === "child_process" || module === "node:child_process" || module === "execa");
  if (spawnsProcesses && /["'`]git(?:\.exe)?["'`\s]/.test(source)) reasons.push('runs the program "git" through child_process');
  for (const module of modules) {
    if (!module.startsWith(".")) continue;
    const target = posix.normalize(posix.join(posix.dirname(path), module));
    if (/^scripts\/git\/run(?:\.[cm]?[jt]s)?$/.test(target)) reasons.push(`imports the raw Git runner (${module})`);
  }
  if (/\.git\s*\(\s*\[/.test(source)) reasons.push("calls a raw Git runner (.git([...]))");
  if (/\brunGit\s*\(/.test(source)) reasons.push("calls the raw Git runner runGit()");
  return reasons;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

describe("Git runs only inside scripts/git/", () => {
  it("no file outside scripts/git/ runs Git", () => {
    const files = sourceFiles(SCRIPTS);
    // The scan must see the tree: a wrong folder would make this test pass on nothing.
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.endsWith(`${sep}git${sep}run.ts`))).toBe(true);
    const offenders = files.flatMap((file) => {
      const path = relative(REPOSITORY_ROOT, file).split(sep).join("/");
      return gitUseOutsideGit(path, readFileSync(file, "utf8")).map((reason) => `${path}: ${reason}`);
    });
    expect(offenders).toEqual([]);
  });

  it("the files inside scripts/git/ that do run Git are seen as doing so (the checker is not blind)", () => {
    const run = readFileSync(join(SCRIPTS, "git", "run.ts"), "utf8");
    const tags = readFileSync(join(SCRIPTS, "git", "tags.ts"), "utf8");
    expect(gitUseOutsideGit("scripts/elsewhere/run.ts", run)).toContain("imports simple-git");
    expect(gitUseOutsideGit("scripts/elsewhere/tags.ts", tags)).toContain("calls the raw Git runner runGit()");
  });

  it.each([
    ["simple-git", "scripts/commands/x.ts", 'import { simpleGit } from "simple-git";\nawait simpleGit().raw(["status"]);', "imports simple-git"],
    ["child_process", "scripts/brief/x.ts", 'import { execFileSync } from "node:child_process";\nexecFileSync("git", ["log"]);', 'runs the program "git" through child_process'],
    ["the raw runner", "scripts/commands/x.ts", 'import { runGit } from "../git/run.js";', "imports the raw Git runner (../git/run.js)"],
    ["the raw runner, dynamically", "scripts/report/x.ts", 'const { runGit } = await import("../git/run.js");', "imports the raw Git runner (../git/run.js)"],
    ["a raw .git([...]) call", "scripts/cycle/x.ts", 'await workingCopy.git(["rev-parse", "HEAD"]);', "calls a raw Git runner (.git([...]))"],
  ])("flags a planted file that reaches Git through %s", (_name, path, source, reason) => {
    expect(gitUseOutsideGit(path, source)).toContain(reason);
  });

  it("lets pass what only uses the named operations, and child_process for other programs", () => {
    expect(gitUseOutsideGit("scripts/commands/x.ts", 'import { readTagInfo } from "../git/tags.js";\nawait readTagInfo(workingCopy, "submission-2020");')).toEqual([]);
    expect(gitUseOutsideGit("scripts/build/x.mjs", 'import { spawnSync } from "node:child_process";\nspawnSync(process.execPath, ["tsc"]);')).toEqual([]);
    expect(gitUseOutsideGit("scripts/git/x.ts", 'import { runGit } from "./run.js";\nawait runGit(workingCopy, ["status"]);')).toEqual([]);
  });
});
