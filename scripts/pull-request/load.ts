import type { GitHub } from "../github/client.js";
import { GitHubError } from "../github/errors.js";
import type { IssueComment, PullRequest, PullRequestCommit, PullRequestFile, Review } from "../github/types.js";
import type { LintConfig } from "../reader/config.js";
import type { Reader } from "../reader/reader.js";
import { readConfigAt } from "./config-at.js";
import { changedAgreementFiles, type ChangedAgreementFile } from "./changed-agreements.js";

/** A changed agreement with the text of each version that exists (undefined: not there, or not readable). */
export interface ChangedAgreementText extends ChangedAgreementFile {
  headText?: string;
  baseText?: string;
}

/**
 * Everything `agreements approvals` and `agreements comment` read about one pull request, read once
 * through the API (no checkout needed): the pull request, its files and reviews (all pages), and both
 * versions of each changed agreement.
 */
export interface PullRequestSnapshot {
  pullRequest: PullRequest;
  files: PullRequestFile[];
  reviews: Review[];
  /**
   * The base branch's commit now. Base versions are read there, not at the commit the branch left
   * from: the parties in force today are the ones who must consent to a change of them.
   */
  base: { ref: string; sha: string };
  agreements: ChangedAgreementText[];
  /** Every commit GitHub lists (at most 250): whether the author made them all. */
  commits: PullRequestCommit[];
  /** Every comment on the pull request: the author's `/agree`. */
  comments: IssueComment[];
  /** The config at the base commit: its maintainers and its rule settings, never the pull request's. */
  baseConfig: LintConfig;
}

/** How many file reads run at once: enough to be quick, few enough not to provoke GitHub's secondary rate limit. */
export const PARALLEL_READS = 6;

/** Reads a pull request and its changed agreements; throws {@link GitHubError} when GitHub refuses. */
export async function loadPullRequest(github: GitHub, number: number, reader: Reader): Promise<PullRequestSnapshot> {
  const pullRequest = await github.getPullRequest(number);
  const [files, reviews, baseSha, commits, comments] = await Promise.all([
    github.listPullRequestFiles(number),
    github.listReviews(number),
    github.getBranchSha(pullRequest.baseRef),
    github.listPullRequestCommits(number),
    github.listIssueComments(number),
  ]);
  if (baseSha === undefined) {
    throw new GitHubError(
      `Pull request #${number} in ${github.repositoryName} merges into the branch ${pullRequest.baseRef}, which no longer exists; choose another base branch for the pull request.`,
    );
  }
  const agreements = await mapInBatches(changedAgreementFiles(files), PARALLEL_READS, async (file): Promise<ChangedAgreementText> => {
    const [headText, baseText] = await Promise.all([
      file.headPath === undefined ? undefined : github.getFileText(file.headPath, pullRequest.headSha),
      file.basePath === undefined ? undefined : github.getFileText(file.basePath, baseSha),
    ]);
    return { ...file, ...(headText !== undefined ? { headText } : {}), ...(baseText !== undefined ? { baseText } : {}) };
  });
  const baseConfig = await readConfigAt(github, baseSha, reader);
  return { pullRequest, files, reviews, base: { ref: pullRequest.baseRef, sha: baseSha }, agreements, commits, comments, baseConfig };
}

/** `map` with at most `limit` calls of `run` pending at a time; results in the order of `items`. */
export async function mapInBatches<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
