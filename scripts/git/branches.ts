import { RepositoryError } from "./errors.js";
import { gitMessage, type WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

/** The commit a local branch points at, or undefined when there is no such branch. */
export async function branchCommit(workingCopy: WorkingCopy, branch: string): Promise<string | undefined> {
  return workingCopy.repository.resolveCommit(`refs/heads/${branch}`);
}

/**
 * Checks out `branch`, creating it at the current commit when it does not exist. The tree is clean
 * (every caller checks first), so switching never carries or loses uncommitted work.
 */
export async function switchToBranch(workingCopy: WorkingCopy, branch: string): Promise<"created" | "switched"> {
  const exists = (await branchCommit(workingCopy, branch)) !== undefined;
  try {
    await runGit(workingCopy, exists ? ["switch", "--no-guess", branch] : ["switch", "--no-track", "-c", branch]);
  } catch (error) {
    throw new RepositoryError(`Git could not ${exists ? "switch to" : "create"} the branch "${branch}": ${gitMessage(error)}`, { cause: error });
  }
  return exists ? "switched" : "created";
}

/**
 * Fetches the remote's branches (not its tags: a remote tag that differs from a local one would make the
 * fetch fail, and tags are compared on their own with `git ls-remote`).
 */
export async function fetchBranches(workingCopy: WorkingCopy, remote: string): Promise<void> {
  try {
    await runGit(workingCopy, ["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", remote]);
  } catch (error) {
    throw new RepositoryError(
      `Git could not fetch from the remote "${remote}", so it cannot be checked that your copy is up to date: ${gitMessage(error)} ` +
        "Check the network connection and that you may read the repository, then run the command again.",
      { cause: error },
    );
  }
}

/**
 * The remote's default branch: the one its HEAD names (as recorded by clone, else asked of the remote),
 * else "main". An empty remote has no HEAD branch yet.
 */
export async function remoteDefaultBranch(workingCopy: WorkingCopy, remote: string): Promise<string> {
  const recorded = (await runGit(workingCopy, ["symbolic-ref", "--quiet", `refs/remotes/${remote}/HEAD`])).trim();
  if (recorded.startsWith(`refs/remotes/${remote}/`)) return recorded.slice(`refs/remotes/${remote}/`.length);
  let advertised: string;
  try {
    advertised = await runGit(workingCopy, ["ls-remote", "--symref", remote, "HEAD"]);
  } catch (error) {
    throw new RepositoryError(`Git could not ask the remote "${remote}" for its default branch: ${gitMessage(error)}`, { cause: error });
  }
  const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(advertised);
  return match?.[1] ?? "main";
}
