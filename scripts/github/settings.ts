import type { RepositoryRef } from "./types.js";
import { GitHubError } from "./errors.js";

/**
 * Where the GitHub settings of a command come from: the token, the API address and the repository,
 * each read from the environment passed in (never `process.env` here) or from a flag.
 */

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_TOKEN_ENV = "GITHUB_TOKEN";
export const DEFAULT_API_URL = "https://api.github.com";

/**
 * The token from `GITHUB_TOKEN`, or from the variable `--token-env NAME` names. A missing token is a
 * {@link GitHubError} naming the variable; the token itself is never part of any message.
 */
export function readToken(env: Env, tokenEnv: string = DEFAULT_TOKEN_ENV): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) {
    throw new GitHubError(`--token-env must name an environment variable, such as GITHUB_TOKEN (got "${tokenEnv}").`);
  }
  const token = env[tokenEnv]?.trim();
  if (!token) {
    throw new GitHubError(
      `No GitHub token: the environment variable ${tokenEnv} is not set or empty. In a workflow, add "env: ${tokenEnv}: \${{ secrets.GITHUB_TOKEN }}" to the step.`,
    );
  }
  return token;
}

/** `GITHUB_API_URL` (GitHub Enterprise Server: `https://HOST/api/v3`) or api.github.com, without a trailing slash. */
export function readApiUrl(env: Env, override?: string): string {
  const value = (override ?? env.GITHUB_API_URL ?? "").trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GitHubError(`GITHUB_API_URL must be the address of GitHub's API, such as ${DEFAULT_API_URL} (got "${value}").`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new GitHubError(`GITHUB_API_URL must start with https:// (got "${value}").`);
  }
  return value.replace(/\/+$/, "");
}

const NAME = /^[A-Za-z0-9_.-]+$/;

/** Parses `owner/repo`; anything else is a {@link GitHubError} saying what is expected. */
export function parseRepository(text: string, source = "--repo"): RepositoryRef {
  const [owner, repo, extra] = text.trim().split("/");
  if (!owner || !repo || extra !== undefined || !NAME.test(owner) || !NAME.test(repo)) {
    throw new GitHubError(`${source} must be a GitHub repository written owner/name, for example valtioneuvosto/agreements (got "${text}").`);
  }
  return { owner, repo };
}

/** The repository from `--repo`, else from `GITHUB_REPOSITORY` (which GitHub Actions sets). */
export function readRepository(env: Env, option?: string): RepositoryRef {
  if (option !== undefined) return parseRepository(option);
  const fromEnv = env.GITHUB_REPOSITORY;
  if (!fromEnv) {
    throw new GitHubError("Which GitHub repository? Name it with --repo owner/name (GitHub Actions sets GITHUB_REPOSITORY itself).");
  }
  return parseRepository(fromEnv, "GITHUB_REPOSITORY");
}
