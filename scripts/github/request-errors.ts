import { GitHubError, redact } from "./errors.js";
import { permissionForRoute, permissionFromHeader } from "./permissions.js";
import type { RepositoryRef } from "./types.js";

/** What the client was doing when a call failed: the words for the message and the call itself. */
export interface CallContext {
  /** What the call does, as words following "could not": e.g. "set the commit status on abc1234". */
  action: string;
  /** `METHOD /route/{template}` as in Octokit, e.g. `POST /repos/{owner}/{repo}/statuses/{sha}`. */
  route: string;
  /** The object a 404 is about, e.g. "pull request #12"; default: the repository itself. */
  object?: string;
  repository: RepositoryRef;
  tokenEnv: string;
  apiUrl: string;
  /** Never shown; removed from anything GitHub echoed, to be sure. */
  token: string;
}

/**
 * The shape of Octokit's `RequestError` (@octokit/request-error), recognised by shape because that
 * package is only a transitive dependency: `name` "HttpError", a numeric `status`, the request, and
 * the response when GitHub answered at all.
 */
interface RequestError extends Error {
  status: number;
  request: { method: string; url: string };
  response?: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
}

export function isRequestError(error: unknown): error is RequestError {
  return error instanceof Error && error.name === "HttpError" && typeof (error as Partial<RequestError>).status === "number" && "request" in error;
}

interface ValidationDetail {
  message?: string;
  code?: string;
  field?: string;
  resource?: string;
}

function header(error: RequestError, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** The longest part of GitHub's message shown: a hostile server could send megabytes. */
const MESSAGE_LIMIT = 300;

/**
 * GitHub's own message (the `message` field of its JSON answer), shortened. Never Octokit's error
 * message, which for an answer that is not JSON is the raw body itself.
 */
function gitHubMessage(error: RequestError): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  if (data === null || typeof data !== "object" || typeof data.message !== "string") return "no message given";
  const message = data.message.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, "").trim();
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT - 1)}…` : message;
}

function validationMessages(error: RequestError): string {
  const data = error.response?.data as { message?: string; errors?: (ValidationDetail | string)[] } | undefined;
  const errors = data !== null && typeof data === "object" && Array.isArray(data.errors) ? data.errors.slice(0, 5) : [];
  const details = errors.map((detail) => {
    if (typeof detail === "string") return detail;
    if (detail.message) return detail.message;
    if (detail.code === "already_exists") return `${detail.resource ?? "it"} with this ${detail.field ?? "name"} already exists`;
    if (detail.code === "missing_field") return `${detail.field} is missing`;
    if (detail.code === "invalid") return `${detail.field ?? detail.resource} is not valid`;
    return [detail.resource, detail.field, detail.code].filter(Boolean).join(" ");
  });
  const base = gitHubMessage(error);
  return details.length === 0 ? base : base === "Validation Failed" ? details.join("; ") : `${base}: ${details.join("; ")}`;
}

/** A reset further away than this is no real rate limit's: GitHub's reset within the hour. */
const LONGEST_SENSIBLE_RESET_SECONDS = 24 * 60 * 60;

/**
 * "until 14:05 UTC" from GitHub's x-ratelimit-reset (seconds since 1970). A reset that is missing, past,
 * or absurdly far (a broken or hostile server) is not believed: the advice is then to wait an hour.
 */
function resetTime(error: RequestError): string {
  const reset = Number(header(error, "x-ratelimit-reset"));
  const now = Date.now() / 1000;
  if (!Number.isFinite(reset) || reset <= now || reset - now > LONGEST_SENSIBLE_RESET_SECONDS) {
    return "for now, and GitHub named no sensible time to try again; try again in an hour";
  }
  return `until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC; run it again after that`;
}

function isRateLimited(error: RequestError): "primary" | "secondary" | undefined {
  if (error.status !== 403 && error.status !== 429) return undefined;
  if (/secondary rate limit/i.test(gitHubMessage(error)) || header(error, "retry-after") !== undefined) return "secondary";
  if (header(error, "x-ratelimit-remaining") === "0" || error.status === 429) return "primary";
  return undefined;
}

/**
 * Turns what Octokit threw into a {@link GitHubError} with one sentence an official or an
 * administrator can act on. Anything that is not a `RequestError` is returned unchanged (a bug stays
 * a bug). Retries (5xx, rate limits) have already happened when this runs.
 */
export function toGitHubError(error: unknown, call: CallContext): unknown {
  if (!isRequestError(error)) return error;
  const { owner, repo } = call.repository;
  const repository = `${owner}/${repo}`;
  const [method = "GET", route = ""] = call.route.split(" ");
  const details = { status: error.status, request: call.route, cause: error };
  const where = ` (${call.route}).`;
  const say = (message: string, extra: { permission?: string } = {}) => new GitHubError(redact(message, [call.token]) + where, { ...details, ...extra });

  if (!error.response) {
    return say(`Could not ${call.action}: GitHub at ${call.apiUrl} could not be reached (${error.message}); check the network and GITHUB_API_URL`);
  }
  const rateLimit = isRateLimited(error);
  if (rateLimit === "secondary") {
    return say(`Could not ${call.action}: GitHub asked to slow down (secondary rate limit) and still refused after several retries; wait a few minutes and run it again`);
  }
  if (rateLimit === "primary") {
    return say(`Could not ${call.action}: the token has used up its GitHub API rate limit ${resetTime(error)}`);
  }
  switch (error.status) {
    case 401:
      return say(`Could not ${call.action}: GitHub does not accept the token in ${call.tokenEnv}, the token is not valid or has expired`);
    case 403: {
      const permission = permissionFromHeader(header(error, "x-accepted-github-permissions")) ?? permissionForRoute(method, route);
      return say(
        `Could not ${call.action} in ${repository}: the token lacks the permission "${permission}" (GitHub said: ${gitHubMessage(error)}); add it under "permissions:" in the workflow, or give the token that access (pull requests from forks only get read access)`,
        { permission },
      );
    }
    case 404:
      return say(
        call.object
          ? `Could not ${call.action}: GitHub found no ${call.object} in ${repository}, or the repository does not exist or the token cannot see it`
          : `Could not ${call.action}: the repository ${repository} does not exist or the token cannot see it`,
      );
    case 409:
      return say(`Could not ${call.action} in ${repository}: GitHub reported a conflict (${gitHubMessage(error)})`);
    case 422:
      return say(`Could not ${call.action} in ${repository}: GitHub refused it: ${validationMessages(error)}`);
    default:
      if (error.status >= 500) {
        return say(`Could not ${call.action}: GitHub had a server error (${error.status}) and still failed after retrying; try again later`);
      }
      return say(`Could not ${call.action} in ${repository}: GitHub answered ${error.status} (${gitHubMessage(error)})`);
  }
}
