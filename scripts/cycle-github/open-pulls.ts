import type { GitHub } from "../github/client.js";
import { mapPullRequest } from "../github/mapping.js";
import { toGitHubError } from "../github/request-errors.js";
import { DEFAULT_TOKEN_ENV, readApiUrl, readToken } from "../github/settings.js";
import type { ExistingPullRequest } from "./plan.js";

export interface GitHubAccess {
  env: Readonly<Record<string, string | undefined>>;
  tokenEnv?: string;
}

const ROUTE = "GET /repos/{owner}/{repo}/pulls";

/**
 * The open pull requests whose head is one of `branches` in this repository, with their labels and the
 * people asked to review: what a re-run needs to add only what an interrupted run did not. One listing
 * of the open pull requests (paginated) instead of one call per branch; the client's own methods do not
 * return labels and requested reviewers, hence Octokit directly, with the client's error wording.
 *
 * GitHub drops a reviewer from the requested ones once they have reviewed; such a person is counted as
 * asked (from the pull request's reviews, read only where someone seems to be missing), so a re-run never
 * asks again someone who has already answered.
 */
export async function listOpenPullRequests(github: GitHub, access: GitHubAccess, branches: ReadonlySet<string>, parties: ReadonlyMap<string, readonly string[]>): Promise<ExistingPullRequest[]> {
  const data = await listAllOpen(github, access);
  const open: ExistingPullRequest[] = [];
  for (const item of data) {
    const pull = mapPullRequest(item, github.repositoryName);
    if (pull.fromFork || !branches.has(pull.headRef)) continue;
    const requested = (item.requested_reviewers ?? []).map((user) => user.login);
    const asked = [...requested, pull.author];
    const missing = (parties.get(pull.headRef) ?? []).filter((login) => !asked.some((other) => other.toLowerCase() === login.toLowerCase()));
    const reviewed = missing.length === 0 ? [] : (await github.listReviews(pull.number)).map((review) => review.user);
    open.push({ ...pull, labels: item.labels.map((label) => label.name), requestedReviewers: [...requested, ...reviewed] });
  }
  return open;
}

async function listAllOpen(github: GitHub, access: GitHubAccess) {
  const { owner, repo } = github.repository;
  try {
    return await github.octokit.paginate(ROUTE, { owner, repo, state: "open", per_page: 100 });
  } catch (error) {
    const tokenEnv = access.tokenEnv ?? DEFAULT_TOKEN_ENV;
    throw toGitHubError(error, {
      action: "list the open pull requests",
      route: ROUTE,
      repository: github.repository,
      tokenEnv,
      apiUrl: readApiUrl(access.env),
      token: readToken(access.env, tokenEnv),
    });
  }
}
