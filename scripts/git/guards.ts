// Preconditions of the commands that change the repository, as query/guard pairs (hasRemote /
// assertRemote): the query answers; the guard throws a RepositoryError whose message says what
// is wrong and what to do about it.
import { RepositoryError } from "./errors.js";
import { uncommittedPaths, type UncommittedPath } from "./status.js";
import type { WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

/** How many file names a message lists before it says "and N more". */
const LISTED_FILES = 10;

/** Lists paths (or lines that start with one, such as findings) for a message: the first few, then how many more. */
export function listPaths(paths: readonly string[]): string {
  const shown = paths.slice(0, LISTED_FILES).map((path) => `  ${path}`);
  if (paths.length > LISTED_FILES) shown.push(`  … and ${paths.length - LISTED_FILES} more`);
  return shown.join("\n");
}

/**
 * Throws when files differ from the last commit, naming them. `tolerate` lets a command accept changes it
 * recognises as its own unfinished work (an interrupted roll-forward); the others still count.
 */
export async function assertWorkingTreeClean(
  workingCopy: WorkingCopy,
  what: string,
  tolerate: (change: UncommittedPath) => boolean = () => false,
): Promise<UncommittedPath[]> {
  const changes = await uncommittedPaths(workingCopy);
  const blocking = changes.filter((change) => !tolerate(change));
  if (blocking.length === 0) return changes;
  throw new RepositoryError(
    `${what} needs every change to be committed first, and these files have changes that are not:\n${listPaths(blocking.map((change) => change.path))}\n` +
      'Commit them (or undo them), then run the command again. "git status" shows the changes; "git stash --include-untracked" puts them aside for later.',
  );
}

/** The checked-out branch, which must have at least one commit. */
export async function assertOnBranchWithCommits(workingCopy: WorkingCopy, what: string): Promise<string> {
  const branch = await workingCopy.repository.currentBranch();
  if (!(await workingCopy.repository.hasCommits())) {
    throw new RepositoryError(
      `The branch "${branch ?? "HEAD"}" has no commits yet, so ${what} has nothing to work on. Add the agreements and the goal catalogue and commit them first.`,
    );
  }
  if (branch === undefined) {
    const commit = (await workingCopy.repository.resolveCommit("HEAD"))!.slice(0, 12);
    throw new RepositoryError(
      `No branch is checked out (a "detached HEAD" at commit ${commit}), so ${what} would leave its work on no branch. ` +
        'Switch to the main branch first, for example "git switch main", then run the command again.',
    );
  }
  return branch;
}

export async function hasRemote(workingCopy: WorkingCopy, remote: string): Promise<boolean> {
  const remotes = (await runGit(workingCopy, ["remote"])).split("\n").map((line) => line.trim());
  return remotes.includes(remote);
}

export async function assertRemote(workingCopy: WorkingCopy, remote: string, hint: string): Promise<void> {
  if (await hasRemote(workingCopy, remote)) return;
  const remotes = (await runGit(workingCopy, ["remote"])).split("\n").filter((line) => line.trim() !== "");
  throw new RepositoryError(
    `This repository has no remote called "${remote}"${remotes.length > 0 ? ` (it has: ${remotes.join(", ")})` : " (it has none)"}. ${hint}`,
  );
}

/** Commits `local` has that `upstream` lacks (ahead) and the reverse (behind). */
async function aheadBehind(workingCopy: WorkingCopy, local: string, upstream: string): Promise<{ ahead: number; behind: number }> {
  const output = await runGit(workingCopy, ["rev-list", "--left-right", "--count", `${local}...${upstream}`, "--"]);
  const [ahead, behind] = output.trim().split(/\s+/).map(Number);
  return { ahead: ahead ?? 0, behind: behind ?? 0 };
}

/** Throws unless the branch and its copy on the remote point at the same commit. */
export async function assertLevelWithRemote(workingCopy: WorkingCopy, branch: string, remote: string): Promise<void> {
  const tracking = `refs/remotes/${remote}/${branch}`;
  if ((await workingCopy.repository.resolveCommit(tracking)) === undefined) {
    throw new RepositoryError(
      `The remote "${remote}" has no branch "${branch}", so it cannot be checked that everyone sees the same agreements. ` +
        `Push the branch first: git push -u ${remote} ${branch}`,
    );
  }
  const { ahead, behind } = await aheadBehind(workingCopy, "HEAD", tracking);
  if (ahead === 0 && behind === 0) return;
  const commits = (count: number) => (count === 1 ? "1 commit" : `${count} commits`);
  const state =
    ahead > 0 && behind > 0
      ? `has ${commits(ahead)} that ${remote} lacks, and ${remote} has ${commits(behind)} that it lacks`
      : ahead > 0
        ? `is ahead of ${remote} by ${commits(ahead)}`
        : `is behind ${remote} by ${commits(behind)}`;
  const fix =
    ahead > 0 && behind > 0
      ? `Bring them together first: git pull ${remote} ${branch}, then git push ${remote} ${branch}.`
      : ahead > 0
        ? `Push first (git push ${remote} ${branch}), or merge the changes through a pull request.`
        : `Update your copy first: git pull ${remote} ${branch}.`;
  throw new RepositoryError(`Your branch "${branch}" ${state}: the submission must be what everyone sees on ${remote}. ${fix}`);
}
