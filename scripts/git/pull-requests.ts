import type { LogCommit } from "./log.js";

/** GitHub's merge commit subject, and the "(#12)" a squash or rebase merge appends to the title. */
const MERGE_SUBJECT = /^Merge pull request #(\d+) from /;
const SQUASH_SUFFIX = /\(#(\d+)\)\s*$/;

/** The pull request number a commit subject names, if any. */
export function pullRequestInSubject(subject: string): number | undefined {
  const match = MERGE_SUBJECT.exec(subject) ?? SQUASH_SUFFIX.exec(subject);
  return match ? Number(match[1]) : undefined;
}

/**
 * The pull request each commit reachable from `head` arrived in: the number its own subject names
 * (a squash merge, or the merge commit itself), else the number of the merge on the first-parent line
 * of `head` that brought it in. The first-parent line is walked oldest first while a set of commits
 * already reached grows; each merge then claims exactly the commits its other parents add, so every
 * commit is visited once (linear in the size of the log) instead of one ancestry query per commit.
 */
export function attributePullRequests(commits: readonly LogCommit[], head: string): Map<string, number> {
  const byId = new Map(commits.map((commit) => [commit.commit, commit]));
  const mainline: LogCommit[] = [];
  for (let current = byId.get(head); current; current = byId.get(current.parents[0] ?? "")) {
    mainline.push(current);
    if (mainline.length > byId.size) break;
  }
  mainline.reverse();

  const result = new Map<string, number>();
  const reached = new Set<string>();
  for (const commit of mainline) {
    const own = pullRequestInSubject(commit.subject);
    if (own !== undefined) result.set(commit.commit, own);
    reached.add(commit.commit);
    const pending = commit.parents.slice(1);
    while (pending.length > 0) {
      const id = pending.pop()!;
      const side = byId.get(id);
      if (!side || reached.has(id)) continue;
      reached.add(id);
      const number = pullRequestInSubject(side.subject) ?? own;
      if (number !== undefined) result.set(id, number);
      pending.push(...side.parents);
    }
  }
  return result;
}
