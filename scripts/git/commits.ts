import { runGit } from "./run.js";
import type { WorkingCopy } from "./working-copy.js";

/** What a message may say about a commit. */
export interface CommitInfo {
  /** The abbreviated id Git would print. */
  short: string;
  parents: string[];
  author: string;
  subject: string;
  message: string;
}

/**
 * Short id, parents, author and message of each commit, in one Git call whatever their number. A commit
 * not in this copy (a remote's tag not fetched, say) is left out of the map rather than failing the call.
 */
export async function describeCommits(workingCopy: WorkingCopy, commits: readonly (string | undefined)[]): Promise<Map<string, CommitInfo>> {
  const described = new Map<string, CommitInfo>();
  // Full ids only: an id read from a remote's answer must never reach Git as an option ("--output=…").
  const known = [...new Set(commits.filter((commit): commit is string => commit !== undefined && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit)))];
  if (known.length === 0) return described;
  // "--" ends the revisions, so a commit id can never be read as a path.
  const output = await runGit(workingCopy, ["log", "--no-walk=unsorted", "--ignore-missing", "-z", "--format=%H%x1f%h%x1f%P%x1f%an%x1f%s%x1f%B", ...known, "--"]);
  for (const record of output.split("\0")) {
    const [sha, short = "", parents = "", author = "", subject = "", message = ""] = record.replace(/^\n/, "").split("\x1f");
    if (sha) described.set(sha, { short, parents: parents.split(" ").filter(Boolean), author, subject, message });
  }
  return described;
}

/** The day a commit was made (its committer date, YYYY-MM-DD). */
export async function commitDate(workingCopy: WorkingCopy, commit: string): Promise<string> {
  return (await runGit(workingCopy, ["show", "-s", "--format=%cs", commit])).trim();
}
