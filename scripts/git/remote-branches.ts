import { RepositoryError } from "./errors.js";
import { describeWriteFailure } from "./write-failures.js";
import { gitMessage, type WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

/**
 * The Git side of `cycle open --github`: what the remote has, and the one-file commits pushed to it. The
 * per-agreement branches exist only on the remote (a repository cannot hold both `cycle/2021` and
 * `cycle/2021/<id>`, and the local roll-forward keeps `cycle/2021`), so nothing here creates a local
 * branch: commits are made with plumbing (`mktree`, `commit-tree`) and pushed with explicit refspecs.
 */

/** The branches on the remote, name -> commit, from one `git ls-remote`. */
export async function listRemoteBranches(workingCopy: WorkingCopy, remote: string): Promise<Map<string, string>> {
  let output: string;
  try {
    output = await runGit(workingCopy, ["ls-remote", "--heads", remote]);
  } catch (error) {
    throw new RepositoryError(
      `Git could not read the branches of the remote "${remote}": ${gitMessage(error)} Check the network connection and that you may read the repository, then run the command again.`,
      { cause: error },
    );
  }
  const branches = new Map<string, string>();
  for (const line of output.split("\n")) {
    const [sha, ref] = line.split("\t");
    if (sha && ref?.startsWith("refs/heads/")) branches.set(ref.slice("refs/heads/".length), sha);
  }
  return branches;
}

/**
 * Fetches these branches' commits without writing any branch or remote-tracking ref (`--refmap=`): only
 * the objects are needed, to compare files, and a tracking ref `<remote>/cycle/2021/x` could collide with
 * one named `<remote>/cycle/2021`.
 */
export async function fetchBranchCommits(workingCopy: WorkingCopy, remote: string, branches: readonly string[]): Promise<void> {
  if (branches.length === 0) return;
  try {
    await runGit(workingCopy, ["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--refmap=", remote, ...branches.map((branch) => `refs/heads/${branch}`)]);
  } catch (error) {
    throw new RepositoryError(`Git could not fetch from the remote "${remote}": ${gitMessage(error)} Check the network connection, then run the command again.`, { cause: error });
  }
}

export async function isAncestor(workingCopy: WorkingCopy, ancestor: string, descendant: string): Promise<boolean> {
  const base = (await runGit(workingCopy, ["merge-base", ancestor, descendant]).catch(() => "")).trim();
  return base === ancestor;
}

/** The newest commit both have, or undefined when they share no history. */
export async function mergeBase(workingCopy: WorkingCopy, a: string, b: string): Promise<string | undefined> {
  const base = (await runGit(workingCopy, ["merge-base", a, b]).catch(() => "")).trim();
  return base === "" ? undefined : base;
}

/**
 * Builds commits that each replace one file of a base commit's tree: the trees along the file's path are
 * rebuilt with `mktree` (the other entries are copied as they are), then `commit-tree` makes the commit
 * with the base as its only parent. Trees listed once are remembered, so a hundred agreements under the
 * same folders cost about three Git calls each.
 */
export function createOneFileCommits(workingCopy: WorkingCopy) {
  const listed = new Map<string, string[]>();

  async function entries(tree: string): Promise<string[]> {
    let found = listed.get(tree);
    if (!found) {
      found = (await runGit(workingCopy, ["ls-tree", "-z", tree])).split("\0").filter((entry) => entry !== "");
      listed.set(tree, found);
    }
    return found;
  }

  async function replace(tree: string, segments: readonly string[], blob: string): Promise<string> {
    const [name, ...rest] = segments;
    const current = await entries(tree);
    const index = current.findIndex((entry) => entry.slice(entry.indexOf("\t") + 1) === name);
    const [mode = "", , object = ""] = index === -1 ? [] : current[index]!.slice(0, current[index]!.indexOf("\t")).split(" ");
    // The file keeps its mode (an executable stays executable); a folder missing on the base is made.
    const replacement =
      rest.length === 0
        ? `${mode.startsWith("100") ? mode : "100644"} blob ${blob}\t${name}`
        : `040000 tree ${await replace(mode === "040000" ? object : await emptyTree(), rest, blob)}\t${name}`;
    const next = index === -1 ? [...current, replacement] : current.map((entry, at) => (at === index ? replacement : entry));
    return (await runGit(workingCopy, ["mktree", "-z"], next.map((entry) => `${entry}\0`).join(""))).trim();
  }

  async function emptyTree(): Promise<string> {
    return (await runGit(workingCopy, ["mktree", "-z"], "")).trim();
  }

  return {
    /** A new commit on `base` whose tree is the base's with `path` holding `blob`; returns its id. */
    async commit(base: string, path: string, blob: string, message: string): Promise<string> {
      const tree = await replace(`${base}^{tree}`, path.split("/"), blob);
      try {
        return (await runGit(workingCopy, ["commit-tree", tree, "-p", base, "-F", "-"], message)).trim();
      } catch (error) {
        throw describeWriteFailure(error, `make the commit for ${path}`);
      }
    },
  };
}

/** One branch to push: `expected` is the commit the remote must still have (undefined: it must not exist). */
export interface BranchPush {
  branch: string;
  commit: string;
  expected?: string;
}

/** How the remote answered for one branch. */
export type PushResult = { branch: string; ok: true } | { branch: string; ok: false; reason: string };

/**
 * Pushes the commits in one `git push`, each to `refs/heads/<branch>` spelled out in full, each guarded by
 * `--force-with-lease=<ref>:<expected>`: a branch is created only if it is still absent and replaced only
 * if it still points at the commit this run saw, so someone's push in between is never overwritten.
 * Returns each branch's outcome from `--porcelain`; throws a `RepositoryError` when Git could not push at all
 * (nothing was pushed: the caller's progress says so).
 */
export async function pushBranches(workingCopy: WorkingCopy, remote: string, pushes: readonly BranchPush[]): Promise<PushResult[]> {
  if (pushes.length === 0) return [];
  const args = [
    "push",
    "--porcelain",
    ...pushes.map((push) => `--force-with-lease=refs/heads/${push.branch}:${push.expected ?? ""}`),
    remote,
    ...pushes.map((push) => `${push.commit}:refs/heads/${push.branch}`),
  ];
  let output: string;
  try {
    output = await runGit(workingCopy, args);
  } catch (error) {
    output = error instanceof Error ? error.message : String(error);
    if (!output.split("\n").some((line) => /^[ +\-*!=]\t/.test(line))) {
      throw new RepositoryError(
        `Git could not push the branches to the remote "${remote}": ${gitMessage(error)} Check the network connection and that you may push to the repository.`,
        { cause: error },
      );
    }
  }
  return pushes.map(({ branch }) => {
    const line = output.split("\n").find((candidate) => candidate.split("\t")[1]?.endsWith(`:refs/heads/${branch}`));
    const [flag, , summary = ""] = line?.split("\t") ?? [];
    if (flag !== undefined && flag !== "!") return { branch, ok: true };
    const reason = summary.includes("stale info") ? "someone pushed to it or made it meanwhile" : summary.replace(/^\[rejected\]\s*/, "").trim() || "the remote did not accept it";
    return { branch, ok: false, reason };
  });
}
