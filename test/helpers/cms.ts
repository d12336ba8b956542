import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { runCli } from "./cli.js";
import { REPOSITORY_ROOT } from "./fixtures.js";

/** `agreements cms …` through main() in `root`. */
export async function runCms(root: string, ...argv: string[]) {
  const { status: code, stdout, stderr } = await runCli(["cms", ...argv], { cwd: root });
  return { code, stdout, stderr };
}

/** A temporary repository holding the shipped goals/ (all `agreements cms` reads), removed after the test. */
export function cmsRepository(): string {
  const root = mkdtempSync(join(tmpdir(), "agreements-cms-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(REPOSITORY_ROOT, "goals"), join(root, "goals"), { recursive: true });
  return root;
}
