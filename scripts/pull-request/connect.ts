import { createGitHub, type GitHub } from "../github/client.js";
import { readActionsContext, resolvePullRequestNumber, type ActionsContext } from "../github/event.js";

/** The options both pull request commands take. */
export interface PullRequestOptions {
  /** `--pr N`; default: the pull request of the Actions event. */
  pr?: string;
  /** `--repo owner/name`; default: GITHUB_REPOSITORY. */
  repo?: string;
  /** `--token-env NAME`; default: GITHUB_TOKEN. */
  tokenEnv?: string;
}

export interface PullRequestConnection {
  github: GitHub;
  number: number;
  actions: ActionsContext;
}

/**
 * The GitHub client, the pull request's number and the Actions context, all from the command's env and
 * flags. Throws a GitHubError (exit 2) when the token, the repository or the pull request is not named.
 */
export function connectToPullRequest(env: Readonly<Record<string, string | undefined>>, options: PullRequestOptions): PullRequestConnection {
  const actions = readActionsContext(env);
  const github = createGitHub({
    env,
    ...(options.tokenEnv !== undefined ? { tokenEnv: options.tokenEnv } : {}),
    ...(options.repo !== undefined ? { repository: options.repo } : {}),
  });
  return { github, number: resolvePullRequestNumber(options.pr, actions), actions };
}

/** The flags of {@link PullRequestOptions}, for `parseCommandArgs`. */
export const PULL_REQUEST_FLAGS = {
  pr: { type: "string" },
  repo: { type: "string" },
  "token-env": { type: "string" },
} as const;
