import { retry } from "@octokit/plugin-retry";
import { throttling, type ThrottlingOptions } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { GitHubError, redact } from "./errors.js";
import { mapIssue, mapIssueComment, mapPullRequest, mapPullRequestCommit, mapPullRequestFile, mapRelease, mapReleaseAsset, mapReview } from "./mapping.js";
import { toGitHubError, type CallContext } from "./request-errors.js";
import { hostOf, uploadOriginAllowed } from "./upload-host.js";
import { DEFAULT_TOKEN_ENV, readApiUrl, readRepository, readToken } from "./settings.js";
import { GITHUB_LIMITS, type CommitStatus, type Issue, type IssueComment, type OpenPullRequest, type PullRequest, type PullRequestCommit, type PullRequestFile, type Release, type ReleaseAsset, type RepositoryRef, type Review } from "./types.js";

/**
 * The one door to GitHub's REST API (like release-please's `src/github.ts`): Octokit with retries
 * and rate-limit handling, every response mapped to the plain types of types.ts, every failure
 * turned into a {@link GitHubError} whose message an official can act on. Commands create it with
 * {@link createGitHub} from their `io.env` and flags; tests point it at the fake GitHub
 * (test/helpers/fake-github/README.md). A GitHubError is a UserError (scripts/errors.ts): a command
 * lets it pass, and main() prints its message and exits 2.
 */

const GitHubOctokit = Octokit.plugin(retry, throttling);
type Client = InstanceType<typeof GitHubOctokit>;

/** How long to wait when GitHub asks for it; tests make every wait about a millisecond. */
export interface Timing {
  /**
   * Milliseconds per second of waiting: Retry-After and rate-limit resets are in seconds, retry
   * backoff is 1, 4, 9 "seconds". 1000 in real use.
   */
  unitMs: number;
  /** Keep GitHub's advice of one second between writes (avoids secondary rate limits). True in real use. */
  spaceWrites: boolean;
}

export const REAL_TIMING: Timing = { unitMs: 1000, spaceWrites: true };
/** What `AGREEMENTS_GITHUB_NO_WAIT=1` selects: for tests against a local fake GitHub. */
export const NO_WAIT_TIMING: Timing = { unitMs: 1, spaceWrites: false };

/** How often a rate-limited call is retried, and the longest wait accepted for one retry. */
const RATE_LIMIT_RETRIES = 3;
const LONGEST_RATE_LIMIT_WAIT_SECONDS = 120;
/** The largest release file downloaded to check its hash: far above any report. */
const MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024;
/** How often a 5xx is retried (plugin-retry waits 1, 4, 9 units). */
const SERVER_ERROR_RETRIES = 3;

export interface CreateGitHubOptions {
  /** The command's environment (`io.env`): GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY. */
  env: Readonly<Record<string, string | undefined>>;
  /** `--token-env NAME`: read the token from this variable instead of GITHUB_TOKEN. */
  tokenEnv?: string;
  /** `--repo owner/name`; default: GITHUB_REPOSITORY. */
  repository?: string;
  /** Overrides GITHUB_API_URL. */
  baseUrl?: string;
  /** Default: {@link NO_WAIT_TIMING} when env.AGREEMENTS_GITHUB_NO_WAIT is "1", else {@link REAL_TIMING}. */
  timing?: Timing;
  /** Receives Octokit's warnings, with the token masked; default: dropped. */
  log?: (message: string) => void;
}

export interface NewPullRequest {
  title: string;
  body: string;
  /** The branch with the changes (in this repository). */
  head: string;
  base: string;
  draft?: boolean;
}

export interface NewRelease {
  tag: string;
  name: string;
  body: string;
  /** The commit or branch to tag when the tag does not exist yet; default: the default branch. */
  target?: string;
  draft?: boolean;
}

export interface NewAsset {
  name: string;
  contentType: string;
  data: Uint8Array | string;
  label?: string;
}

/** Everything the GitHub commands ask of GitHub. Every method throws {@link GitHubError} on failure. */
export interface GitHub {
  readonly repository: RepositoryRef;
  /** `owner/repo`. */
  readonly repositoryName: string;
  getPullRequest(number: number): Promise<PullRequest>;
  /** All files the pull request changes (all pages; GitHub lists at most 3000). */
  listPullRequestFiles(number: number): Promise<PullRequestFile[]>;
  /** All reviews, oldest first (all pages). */
  listReviews(number: number): Promise<Review[]>;
  /** The text of a file at a commit, branch or tag; undefined when it does not exist there. */
  getFileText(path: string, ref: string): Promise<string | undefined>;
  createCommitStatus(sha: string, status: CommitStatus): Promise<void>;
  /** All comments on an issue or pull request, oldest first. */
  listIssueComments(number: number): Promise<IssueComment[]>;
  createIssueComment(number: number, body: string): Promise<IssueComment>;
  updateIssueComment(id: number, body: string): Promise<IssueComment>;
  /** Every open pull request (all pages), with its labels and the people asked to review. */
  listOpenPullRequests(): Promise<OpenPullRequest[]>;
  /** The open pull request from `headBranch` (in this repository), if any. */
  findOpenPullRequest(headBranch: string): Promise<PullRequest | undefined>;
  createPullRequest(pull: NewPullRequest): Promise<PullRequest>;
  updatePullRequest(number: number, changes: { title?: string; body?: string }): Promise<PullRequest>;
  /**
   * Asks these people to review. The author is left out (GitHub refuses to ask the author), as are
   * duplicates; returns the logins actually asked. Pass the pull request itself to save a call.
   */
  requestReviewers(pull: number | PullRequest, logins: readonly string[]): Promise<string[]>;
  /** Adds labels to an issue or pull request (GitHub creates labels that do not exist yet). */
  addLabels(number: number, labels: readonly string[]): Promise<void>;
  getReleaseByTag(tag: string): Promise<Release | undefined>;
  createRelease(release: NewRelease): Promise<Release>;
  /** `draft: false` publishes a draft release. */
  updateRelease(id: number, changes: { name?: string; body?: string; draft?: boolean }): Promise<Release>;
  /** Uploads a file to the release, to the release's own `upload_url` (GitHub uploads elsewhere than the API). */
  uploadReleaseAsset(release: Release, asset: NewAsset): Promise<ReleaseAsset>;
  /** Deletes a file attached to a release. */
  deleteReleaseAsset(asset: ReleaseAsset): Promise<void>;
  /**
   * The bytes of a file attached to a release. GitHub redirects to its storage host; that address is
   * fetched without the token (it is signed) and only over HTTPS, or from the API's own origin.
   */
  downloadReleaseAsset(asset: ReleaseAsset): Promise<Uint8Array>;
  /** Issues (not pull requests) with all of these labels, in this state; newest first. */
  listIssues(filter: { labels?: readonly string[]; state?: "open" | "closed" | "all" }): Promise<Issue[]>;
  createIssue(issue: { title: string; body: string; labels?: readonly string[] }): Promise<Issue>;
  updateIssue(number: number, changes: { title?: string; body?: string; state?: "open" | "closed" }): Promise<Issue>;
  /** The commit a branch points at; undefined when the branch does not exist. */
  getBranchSha(branch: string): Promise<string | undefined>;
  /** Creates a branch at a commit. */
  createBranch(branch: string, sha: string): Promise<void>;
  /** Moves a branch to a commit (`force` allows a non-fast-forward move). */
  updateBranch(branch: string, sha: string, force?: boolean): Promise<void>;
  /** The pull request's commits, oldest first (all pages; GitHub lists at most 250). */
  listPullRequestCommits(number: number): Promise<PullRequestCommit[]>;
  /** The login the token belongs to (GET /user); undefined when GitHub will not say (an app or Actions token: 403). */
  getAuthenticatedLogin(): Promise<string | undefined>;
  /** The Octokit underneath, for calls not wrapped here; errors from it are not converted. */
  readonly octokit: Client;
}

const STATUS_DESCRIPTION_LIMIT = GITHUB_LIMITS.statusDescription;

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/**
 * Creates the GitHub client for one command run. Throws {@link GitHubError} when the token or the
 * repository is missing or malformed; makes no request itself.
 */
export function createGitHub(options: CreateGitHubOptions): GitHub {
  const { env } = options;
  const tokenEnv = options.tokenEnv ?? DEFAULT_TOKEN_ENV;
  const token = readToken(env, tokenEnv);
  const apiUrl = readApiUrl(env, options.baseUrl);
  const repository = readRepository(env, options.repository);
  const timing = options.timing ?? (env.AGREEMENTS_GITHUB_NO_WAIT === "1" ? NO_WAIT_TIMING : REAL_TIMING);
  const log = (message: unknown) => options.log?.(redact(String(message), [token]));

  const retryRateLimit = (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_RATE_LIMIT_WAIT_SECONDS;

  const octokit: Client = new GitHubOctokit({
    auth: token,
    baseUrl: apiUrl,
    userAgent: "agreements-as-code",
    // A redirect is never followed: it could take the token to another host (see checkAnswer).
    request: { redirect: "manual" },
    // Octokit's own logging could echo request details; everything goes through the masking `log`.
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    retry: { retries: SERVER_ERROR_RETRIES, retryAfterBaseValue: timing.unitMs, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: retryRateLimit,
      onSecondaryRateLimit: retryRateLimit,
      retryAfterBaseValue: timing.unitMs,
      fallbackSecondaryRateRetryAfter: 60,
      ...(timing.spaceWrites ? {} : { write: IMMEDIATE, notifications: IMMEDIATE }),
    },
  });

  // Every answer is checked before any code reads it: a redirect, or a body that is not JSON data (an
  // HTML error page, `null`), becomes a sentence instead of a crash deep in the mapping.
  octokit.hook.after("request", (response, options) => checkAnswer(response, options.headers));
  // The token goes to GitHub's API host and nowhere else, whatever address an answer names: a `Link`
  // header's next page (followed by paginate), a release's upload_url.
  octokit.hook.before("request", (options) => {
    const url = String(options.url);
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !uploadOriginAllowed(url, apiUrl)) {
      throw new UnexpectedAnswer(`GitHub's answer pointed to ${hostOf(url)}, which is not this GitHub (${hostOf(apiUrl)}); nothing was sent there, so the token stayed here. Check GITHUB_API_URL`, 0);
    }
  });

  const { owner, repo } = repository;
  const repositoryName = `${owner}/${repo}`;

  /** Runs one call and converts its failure; `route` must be the Octokit route the call uses. */
  async function call<T>(context: Pick<CallContext, "action" | "route" | "object">, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof UnexpectedAnswer) {
        throw new GitHubError(`Could not ${context.action}: ${error.reason} (${context.route}).`, { status: error.status, request: context.route });
      }
      // Each call is a request and a mapping of its answer, nothing else: a TypeError there is an answer
      // without the fields GitHub documents (an object of another shape), not a crash to show as one.
      if (error instanceof TypeError) {
        throw new GitHubError(`Could not ${context.action}: GitHub's answer lacked data it always holds; check GITHUB_API_URL, or try again later (${context.route}).`, { request: context.route });
      }
      throw toGitHubError(error, { ...context, repository, tokenEnv, apiUrl, token });
    }
  }

  /** Like {@link call}, but a 404 means "not there" and gives undefined. */
  async function callOrMissing<T>(context: Pick<CallContext, "action" | "route" | "object">, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call(context, run);
    } catch (error) {
      if (error instanceof GitHubError && error.status === 404) return undefined;
      throw error;
    }
  }

  const github: GitHub = {
    repository,
    repositoryName,
    octokit,

    getPullRequest: (number) => {
      const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}";
      return call({ action: `read pull request #${number}`, route, object: `pull request #${number}` }, async () => {
        const { data } = await octokit.request(route, { owner, repo, pull_number: number });
        return mapPullRequest(data, repositoryName);
      });
    },

    listPullRequestFiles: (number) => {
      const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files";
      return call({ action: `list the files of pull request #${number}`, route, object: `pull request #${number}` }, async () =>
        (await octokit.paginate(route, { owner, repo, pull_number: number, per_page: 100 })).map(mapPullRequestFile),
      );
    },

    listReviews: (number) => {
      const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews";
      return call({ action: `list the reviews of pull request #${number}`, route, object: `pull request #${number}` }, async () =>
        (await octokit.paginate(route, { owner, repo, pull_number: number, per_page: 100 })).map(mapReview),
      );
    },

    getFileText: (path, ref) => {
      const route = "GET /repos/{owner}/{repo}/contents/{path}";
      return callOrMissing({ action: `read ${path} at ${ref}`, route, object: `file ${path} at ${ref}` }, async () => {
        const { data } = await octokit.request(route, { owner, repo, path, ref });
        if (Array.isArray(data) || data.type !== "file" || !("content" in data)) {
          throw new GitHubError(`Could not read ${path} at ${ref} in ${repositoryName}: it is a ${Array.isArray(data) ? "folder" : data.type}, not a file.`, { request: route });
        }
        if (data.encoding !== "base64") {
          // GitHub leaves `content` empty for files over 1 MB; agreements are far smaller.
          throw new GitHubError(`Could not read ${path} at ${ref} in ${repositoryName}: the file is too large for GitHub's contents API (over 1 MB).`, { request: route });
        }
        return Buffer.from(data.content, "base64").toString("utf8");
      });
    },

    createCommitStatus: async (sha, status) => {
      const route = "POST /repos/{owner}/{repo}/statuses/{sha}";
      const description = status.description.length > STATUS_DESCRIPTION_LIMIT ? `${status.description.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…` : status.description;
      await call({ action: `set the commit status "${status.context}" on ${shortSha(sha)}`, route, object: `commit ${shortSha(sha)}` }, () =>
        octokit.request(route, { owner, repo, sha, state: status.state, context: status.context, description, ...(status.targetUrl ? { target_url: status.targetUrl } : {}) }),
      );
    },

    listIssueComments: (number) => {
      const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
      return call({ action: `list the comments of #${number}`, route, object: `issue or pull request #${number}` }, async () =>
        (await octokit.paginate(route, { owner, repo, issue_number: number, per_page: 100 })).map(mapIssueComment),
      );
    },

    createIssueComment: (number, body) => {
      const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
      return call({ action: `comment on #${number}`, route, object: `issue or pull request #${number}` }, async () =>
        mapIssueComment((await octokit.request(route, { owner, repo, issue_number: number, body })).data),
      );
    },

    updateIssueComment: (id, body) => {
      const route = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";
      return call({ action: `edit comment ${id}`, route, object: `comment ${id}` }, async () =>
        mapIssueComment((await octokit.request(route, { owner, repo, comment_id: id, body })).data),
      );
    },

    listOpenPullRequests: () => {
      const route = "GET /repos/{owner}/{repo}/pulls";
      return call({ action: "list the open pull requests", route }, async () =>
        (await octokit.paginate(route, { owner, repo, state: "open", per_page: 100 })).map((data) => ({
          ...mapPullRequest(data, repositoryName),
          labels: data.labels.map((label) => label.name),
          requestedReviewers: (data.requested_reviewers ?? []).map((user) => user.login),
        })),
      );
    },

    findOpenPullRequest: (headBranch) => {
      const route = "GET /repos/{owner}/{repo}/pulls";
      return call({ action: `look for an open pull request from ${headBranch}`, route }, async () => {
        const { data } = await octokit.request(route, { owner, repo, head: `${owner}:${headBranch}`, state: "open", per_page: 100 });
        const found = data.find((pull) => pull.head.ref === headBranch);
        return found ? mapPullRequest(found, repositoryName) : undefined;
      });
    },

    createPullRequest: (pull) => {
      const route = "POST /repos/{owner}/{repo}/pulls";
      return call({ action: `open a pull request from ${pull.head} into ${pull.base}`, route }, async () => {
        const { data } = await octokit.request(route, { owner, repo, title: pull.title, body: pull.body, head: pull.head, base: pull.base, draft: pull.draft ?? false });
        return mapPullRequest(data, repositoryName);
      });
    },

    updatePullRequest: (number, changes) => {
      const route = "PATCH /repos/{owner}/{repo}/pulls/{pull_number}";
      return call({ action: `update pull request #${number}`, route, object: `pull request #${number}` }, async () => {
        const { data } = await octokit.request(route, { owner, repo, pull_number: number, ...changes });
        return mapPullRequest(data, repositoryName);
      });
    },

    requestReviewers: async (pull, logins) => {
      const pullRequest = typeof pull === "number" ? await github.getPullRequest(pull) : pull;
      const number = pullRequest.number;
      const seen = new Set([pullRequest.author.toLowerCase()]);
      const reviewers: string[] = [];
      for (const login of logins) {
        if (seen.has(login.toLowerCase())) continue;
        seen.add(login.toLowerCase());
        reviewers.push(login);
      }
      if (reviewers.length === 0) return [];
      const route = "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers";
      await call({ action: `ask ${reviewers.join(", ")} to review pull request #${number}`, route, object: `pull request #${number}` }, () =>
        octokit.request(route, { owner, repo, pull_number: number, reviewers }),
      );
      return reviewers;
    },

    addLabels: async (number, labels) => {
      if (labels.length === 0) return;
      const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";
      await call({ action: `add the labels ${labels.join(", ")} to #${number}`, route, object: `issue or pull request #${number}` }, () =>
        octokit.request(route, { owner, repo, issue_number: number, labels: [...labels] }),
      );
    },

    getReleaseByTag: (tag) => {
      const route = "GET /repos/{owner}/{repo}/releases/tags/{tag}";
      return callOrMissing({ action: `read the release of ${tag}`, route, object: `release for the tag ${tag}` }, async () =>
        mapRelease((await octokit.request(route, { owner, repo, tag })).data),
      );
    },

    createRelease: (release) => {
      const route = "POST /repos/{owner}/{repo}/releases";
      return call({ action: `create the release ${release.tag}`, route }, async () => {
        const { data } = await octokit.request(route, {
          owner,
          repo,
          tag_name: release.tag,
          name: release.name,
          body: release.body,
          draft: release.draft ?? false,
          ...(release.target ? { target_commitish: release.target } : {}),
        });
        return mapRelease(data);
      });
    },

    updateRelease: (id, changes) => {
      const route = "PATCH /repos/{owner}/{repo}/releases/{release_id}";
      return call({ action: `update release ${id}`, route, object: `release ${id}` }, async () =>
        mapRelease((await octokit.request(route, { owner, repo, release_id: id, ...changes })).data),
      );
    },

    uploadReleaseAsset: (release, asset) => {
      const route = "POST /repos/{owner}/{repo}/releases/{release_id}/assets";
      // The upload host differs from the API host (uploads.github.com; /api/uploads on GitHub
      // Enterprise Server), so the release's own URL is used as given, minus its `{?name,label}`.
      const uploadUrl = release.uploadUrl.replace(/\{[^}]*\}$/, "");
      const data = typeof asset.data === "string" ? Buffer.from(asset.data, "utf8") : asset.data;
      const action = `upload ${asset.name} to the release ${release.tagName}`;
      // The upload carries the token: it goes to GitHub's own upload host or nowhere.
      if (!uploadOriginAllowed(uploadUrl, apiUrl)) {
        return Promise.reject(
          new GitHubError(
            `Could not ${action}: the release's upload address is on ${hostOf(uploadUrl)}, not on this GitHub (${hostOf(apiUrl)}), so nothing was sent there and the token stayed here. Check GITHUB_API_URL, and ask the GitHub administrator why the release names that address.`,
            { request: route },
          ),
        );
      }
      return call({ action, route, object: `release ${release.tagName}` }, async () => {
        const response = await octokit.request({
          method: "POST",
          url: asset.label ? `${uploadUrl}{?name,label}` : `${uploadUrl}{?name}`,
          name: asset.name,
          ...(asset.label ? { label: asset.label } : {}),
          headers: { "content-type": asset.contentType },
          data,
        });
        return mapReleaseAsset(response.data as Parameters<typeof mapReleaseAsset>[0]);
      });
    },

    deleteReleaseAsset: async (asset) => {
      const route = "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}";
      await call({ action: `delete ${asset.name} from the release`, route, object: `release file ${asset.name}` }, () =>
        octokit.request(route, { owner, repo, asset_id: asset.id }),
      );
    },

    downloadReleaseAsset: (asset) => {
      const route = "GET /repos/{owner}/{repo}/releases/assets/{asset_id}";
      return call({ action: `download ${asset.name} from the release`, route, object: `release file ${asset.name}` }, async () => {
        const response = await octokit.request(route, { owner, repo, asset_id: asset.id, headers: { accept: "application/octet-stream" } });
        // Octokit's types know only the JSON answer; asked for octet-stream, GitHub sends the bytes (200) or a redirect (302).
        const status = response.status as number;
        if (status !== 302) return new Uint8Array(response.data as unknown as ArrayBuffer);
        const location = String((response.headers as Record<string, unknown>).location ?? "");
        let target: URL;
        try {
          target = new URL(location, apiUrl);
        } catch {
          throw new UnexpectedAnswer("GitHub redirected the download to an address that cannot be read", 302);
        }
        if (target.protocol !== "https:" && target.origin !== new URL(apiUrl).origin) {
          throw new UnexpectedAnswer(`GitHub redirected the download to ${hostOf(location)} without HTTPS`, 302);
        }
        // No Authorization header: the storage address is signed, and the token never leaves GitHub's API.
        const download = await fetch(target, { redirect: "error" });
        if (!download.ok) throw new UnexpectedAnswer(`the download from ${target.host} failed (${download.status})`, download.status);
        const declared = Number(download.headers.get("content-length") ?? asset.size);
        if (declared > MAX_DOWNLOAD_BYTES) throw new UnexpectedAnswer(`the file is larger than ${MAX_DOWNLOAD_BYTES} bytes`, download.status);
        return new Uint8Array(await download.arrayBuffer());
      });
    },

    listIssues: (filter) => {
      const route = "GET /repos/{owner}/{repo}/issues";
      const labels = filter.labels?.length ? filter.labels.join(",") : undefined;
      return call({ action: `list the issues${labels ? ` labelled ${labels}` : ""}`, route }, async () => {
        const items = await octokit.paginate(route, { owner, repo, state: filter.state ?? "open", per_page: 100, ...(labels ? { labels } : {}) });
        // The issues API lists pull requests too; they carry a `pull_request` link.
        return items.filter((item) => !item.pull_request).map(mapIssue);
      });
    },

    createIssue: (issue) => {
      const route = "POST /repos/{owner}/{repo}/issues";
      return call({ action: `open the issue "${issue.title}"`, route }, async () =>
        mapIssue((await octokit.request(route, { owner, repo, title: issue.title, body: issue.body, labels: [...(issue.labels ?? [])] })).data),
      );
    },

    updateIssue: (number, changes) => {
      const route = "PATCH /repos/{owner}/{repo}/issues/{issue_number}";
      return call({ action: `update issue #${number}`, route, object: `issue #${number}` }, async () =>
        mapIssue((await octokit.request(route, { owner, repo, issue_number: number, ...changes })).data),
      );
    },

    getBranchSha: (branch) => {
      const route = "GET /repos/{owner}/{repo}/git/ref/{ref}";
      return callOrMissing({ action: `read the branch ${branch}`, route, object: `branch ${branch}` }, async () =>
        (await octokit.request(route, { owner, repo, ref: `heads/${branch}` })).data.object.sha,
      );
    },

    createBranch: async (branch, sha) => {
      const route = "POST /repos/{owner}/{repo}/git/refs";
      await call({ action: `create the branch ${branch}`, route }, () => octokit.request(route, { owner, repo, ref: `refs/heads/${branch}`, sha }));
    },

    updateBranch: async (branch, sha, force = false) => {
      const route = "PATCH /repos/{owner}/{repo}/git/refs/{ref}";
      await call({ action: `move the branch ${branch} to ${shortSha(sha)}`, route, object: `branch ${branch}` }, () =>
        octokit.request(route, { owner, repo, ref: `heads/${branch}`, sha, force }),
      );
    },

    listPullRequestCommits: (number) => {
      const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits";
      return call({ action: `list the commits of pull request #${number}`, route, object: `pull request #${number}` }, async () =>
        (await octokit.paginate(route, { owner, repo, pull_number: number, per_page: 100 })).map(mapPullRequestCommit),
      );
    },

    getAuthenticatedLogin: async () => {
      const route = "GET /user";
      try {
        return await call({ action: "find out whose token this is", route }, async () => (await octokit.request(route)).data.login);
      } catch (error) {
        // Installation and Actions tokens belong to no user: GitHub answers 403 "Resource not accessible by integration".
        if (error instanceof GitHubError && error.status === 403) return undefined;
        throw error;
      }
    },
  };
  return github;
}

/**
 * A stand-in for plugin-throttling's write and notification limiters that runs each job at once
 * (Bottleneck's `Group.key(id).schedule(options, task, ...args)`, the only part the plugin uses):
 * tests must not wait a second between writes.
 */
const IMMEDIATE = {
  key: () => ({
    schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(task(...args)),
  }),
} as unknown as NonNullable<ThrottlingOptions["write"]>;

/** An answer no call can use: thrown by {@link checkAnswer}, turned into a sentence by `call()`. */
class UnexpectedAnswer extends Error {
  constructor(
    readonly reason: string,
    readonly status: number,
  ) {
    super(reason);
  }
}

/**
 * Refuses a redirect (never followed: fetch would carry the token along to wherever it points) and an
 * answer whose body is not JSON data where JSON is expected. The body itself is never shown.
 */
function checkAnswer(response: { status: number; headers: Record<string, unknown>; data: unknown }, requestHeaders: Record<string, unknown>): void {
  const { status, data } = response;
  // A download asks for the bytes themselves; its redirect to the storage host is followed, without the token, by downloadReleaseAsset.
  const download = String(requestHeaders.accept ?? "").includes("application/octet-stream");
  if (download && (status === 200 || status === 302)) return;
  if (status >= 300 && status < 400) {
    const location = response.headers.location;
    throw new UnexpectedAnswer(
      `GitHub answered with a redirect${typeof location === "string" ? ` to ${hostOf(location)}` : ""} (${status}) instead of an answer; it is not followed, so the token is not sent elsewhere. Check GITHUB_API_URL`,
      status,
    );
  }
  if (status === 204 || status === 205) return;
  if (data === null || typeof data !== "object" || data instanceof ArrayBuffer) {
    const type = response.headers["content-type"];
    throw new UnexpectedAnswer(
      `GitHub's answer was not the JSON data expected (${data === null ? "it was null" : `content type ${typeof type === "string" ? type.split(";")[0] : "not given"}`}); check GITHUB_API_URL, or try again later`,
      status,
    );
  }
}
