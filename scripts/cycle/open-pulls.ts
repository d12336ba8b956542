import type { GitHub } from "../github/client.js";
import type { ExistingPullRequest } from "./github-plan.js";

/** How the command reaches GitHub: the environment (token, GITHUB_API_URL, GITHUB_SERVER_URL) and `--token-env`. */
export interface GitHubAccess {
  env: Readonly<Record<string, string | undefined>>;
  tokenEnv?: string;
}

/**
 * The open pull requests whose head is one of `branches` in this repository, with their labels and the
 * people asked to review: what a re-run needs to add only what an interrupted run did not. One listing
 * of the open pull requests (paginated) instead of one call per branch.
 *
 * GitHub drops a reviewer from the requested ones once they have reviewed; such a person is counted as
 * asked (from the pull request's reviews, read only where someone seems to be missing), so a re-run never
 * asks again someone who has already answered.
 */
export async function listOpenPullRequests(github: GitHub, branches: ReadonlySet<string>, parties: ReadonlyMap<string, readonly string[]>): Promise<ExistingPullRequest[]> {
  const open: ExistingPullRequest[] = [];
  for (const pull of await github.listOpenPullRequests()) {
    if (pull.fromFork || !branches.has(pull.headRef)) continue;
    const asked = [...pull.requestedReviewers, pull.author];
    const missing = (parties.get(pull.headRef) ?? []).filter((login) => !asked.some((other) => other.toLowerCase() === login.toLowerCase()));
    const reviewed = missing.length === 0 ? [] : (await github.listReviews(pull.number)).map((review) => review.user);
    open.push({ ...pull, requestedReviewers: [...pull.requestedReviewers, ...reviewed] });
  }
  return open;
}
