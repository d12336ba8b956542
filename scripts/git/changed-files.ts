import { isCataloguePath } from "../layout/paths.js";
import { RepositoryError } from "./errors.js";
import type { WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

export interface ChangedFiles {
  /** The ref as given, and the commit the comparison starts from: where HEAD's history left the ref's. */
  ref: string;
  mergeBase: string;
  /** Files that exist now and differ from the merge base (committed or not, new files included), relative to the top folder. */
  paths: Set<string>;
}

/**
 * The files changed since `ref`, the way a pull request counts them: from the point where the current
 * history branched off `ref` (their merge base, `git diff <ref>...HEAD`), so commits that arrived on `ref`
 * meanwhile do not count. Changes not yet committed, and new files not yet added, count too, so the same
 * option is useful before committing. Deleted files are left out (there is nothing left to check), and a
 * renamed file counts under its new name.
 */
export async function changedFilesSince(workingCopy: WorkingCopy, ref: string): Promise<ChangedFiles> {
  const { repository } = workingCopy;
  if (!(await repository.hasCommits())) {
    throw new RepositoryError("This branch has no commits yet, so there is nothing to compare with. Commit the agreements first, or lint without --changed-since.");
  }
  const refCommit = await repository.assertCommit(ref);
  const mergeBase = (await runGit(workingCopy, ["merge-base", refCommit, "HEAD"])).trim();
  if (mergeBase === "") {
    throw new RepositoryError(
      (await repository.isShallow())
        ? `"${ref}" and the current commit have no common history in this shallow clone (only the latest commits were fetched). ` +
            'In a GitHub Actions workflow give actions/checkout the setting "fetch-depth: 0"; in your own copy run "git fetch --unshallow".'
        : `"${ref}" and the current commit share no history, so "changed since ${ref}" means nothing here. Give a branch, tag or commit this branch grew from.`,
    );
  }
  // Comparing the merge base with the working tree covers committed and uncommitted changes in one call.
  const changed = await runGit(workingCopy, ["diff", "--name-only", "-z", "-M", "--diff-filter=d", "--no-relative", "--no-ext-diff", mergeBase, "--"]);
  const untracked = await runGit(workingCopy, ["ls-files", "--others", "--exclude-standard", "-z", "--full-name"]);
  const paths = new Set([...changed.split("\0"), ...untracked.split("\0")].filter((path) => path !== ""));
  return { ref, mergeBase, paths };
}

/**
 * Which of the requested files to report on when only changes count. An agreement is checked against its
 * goal catalogue and the config file's settings, so a changed catalogue (goals/) or config file changes
 * what every agreement's check says: then every requested file is reported on. Paths are relative to the
 * same folder on both sides. Pure.
 */
export function filesToReport(requested: readonly string[], changed: ReadonlySet<string>, configFiles: readonly string[]): string[] {
  const everything = [...changed].some((path) => isCataloguePath(path) || configFiles.includes(path));
  return everything ? [...requested] : requested.filter((path) => changed.has(path));
}

/** The files under a folder whose contents differ between two commits (changed in place: no additions, deletions or renames). */
export async function modifiedFilesBetween(workingCopy: WorkingCopy, from: string, to: string, under: string): Promise<string[]> {
  const output = await runGit(workingCopy, ["diff", "--name-only", "-z", "--no-renames", "--diff-filter=M", from, to, "--", under]);
  return output.split("\0").filter((path) => path !== "");
}
