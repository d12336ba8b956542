import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { parseTree } from "./tree-files.js";
import type { WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

/**
 * Runs `use` on a temporary folder holding the files of `commit`, then removes the folder. Commands that
 * report on a past version (a submission tag, `report --at`) read it this way, whatever is checked out.
 */
export async function withCommitFiles<T>(workingCopy: WorkingCopy, commit: string, use: (root: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), "agreements-at-"));
  try {
    await writeTree(workingCopy, commit, folder);
    return await use(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Writes the files of a commit into an empty folder, as a checkout would (regular files, executables,
 * symbolic links; submodules as empty folders), in two Git calls. Reading the tagged commit rather than
 * the working folder keeps the release true to the submission whatever is checked out or edited.
 */
async function writeTree(workingCopy: WorkingCopy, commit: string, folder: string): Promise<void> {
  const entries = parseTree(await runGit(workingCopy, ["ls-tree", "-r", "-z", "--full-tree", commit]));
  const blobs = await workingCopy.repository.readBlobs(entries.filter((entry) => entry.type === "blob").map((entry) => entry.object));
  const root = resolve(folder);
  for (const entry of entries) {
    const target = resolve(root, entry.path);
    // Git refuses such paths itself; checked again because the folder is written outside Git.
    if (!target.startsWith(root + sep)) throw new Error(`the tagged tree holds a path outside the repository: ${entry.path}`);
    if (entry.type === "commit") {
      mkdirSync(target, { recursive: true });
      continue;
    }
    const bytes = blobs.get(entry.object);
    if (entry.type !== "blob" || bytes === undefined) continue;
    mkdirSync(dirname(target), { recursive: true });
    if (entry.mode === "120000") symlinkSync(bytes.toString("utf8"), target);
    else writeFileSync(target, bytes, { mode: entry.mode === "100755" ? 0o755 : 0o644 });
  }
}
