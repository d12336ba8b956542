import type { IncomingHttpHeaders } from "node:http";
import type { Factories } from "./factories.js";
import type { FakePull, FakeRepository, FakeState, FakeStatus } from "./state.js";

/**
 * What the fake GitHub does for each operation it implements, keyed by the OpenAPI `operationId`
 * (the server has already matched the route, checked the parameters and the body against the
 * description, and checks the response after). The refusals mirror GitHub's: same status, same
 * message, so commands meet the same errors as against the real API.
 */

export interface RouteContext {
  state: FakeState;
  repository: FakeRepository;
  params: Record<string, string>;
  query: URLSearchParams;
  // The body has passed the operation's request schema, so the handlers may read it loosely.
  body: any;
  raw: Buffer;
  headers: IncomingHttpHeaders;
  make: Factories;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  /** Extra response headers (a redirect's `location`). */
  headers?: Record<string, string>;
  /** The body is the whole list: the server cuts out the page asked for and adds `Link`. */
  paginate?: boolean;
}

export type Route = (context: RouteContext) => RouteResult;

const DOCS = "https://docs.github.com/rest";

export function notFound(): RouteResult {
  return { status: 404, body: { message: "Not Found", documentation_url: DOCS, status: "404" } };
}

function invalid(message: string, errors: { resource: string; code: string; field?: string; message?: string }[] = []): RouteResult {
  return { status: 422, body: { message, errors, documentation_url: DOCS, status: "422" } };
}

/** GitHub's limit on issue and pull request comment bodies, in characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit on a commit status description. */
export const STATUS_DESCRIPTION_LIMIT = 140;

function tooLong(resource: string, field: string, limit: number): RouteResult {
  return invalid("Validation Failed", [{ resource, code: "custom", field, message: `${field} is too long (maximum is ${limit} characters)` }]);
}

function number(context: RouteContext, name: string): number {
  return Number(context.params[name]);
}

function pullOrNotFound(context: RouteContext): FakePull | undefined {
  return context.repository.pulls.get(number(context, "pull_number"));
}

/** A commit the repository knows: a branch or tag tip, a pull request head or base, or a seeded tree. */
function knowsCommit(repository: FakeRepository, sha: string): boolean {
  if (repository.files.has(sha) || [...repository.refs.values()].includes(sha)) return true;
  return [...repository.pulls.values()].some((pull) => pull.head.sha === sha || pull.base.sha === sha);
}

function byNewest<T extends { createdAt: string }>(items: T[]): T[] {
  return [...items].reverse();
}

const stateFilter = (wanted: string | null) => (item: { state: string }) => (wanted ?? "open") === "all" || item.state === (wanted ?? "open");

export const ROUTES: Record<string, Route> = {
  "repos/get": ({ repository, make }) => ({ status: 200, body: make.repository(repository) }),

  "pulls/get": (context) => {
    const pull = pullOrNotFound(context);
    return pull ? { status: 200, body: context.make.pullRequest(context.repository, pull) } : notFound();
  },

  "pulls/list": ({ repository, query, make }) => {
    const head = query.get("head");
    const base = query.get("base");
    const pulls = byNewest([...repository.pulls.values()])
      .filter(stateFilter(query.get("state")))
      .filter((pull) => !base || pull.base.ref === base)
      .filter((pull) => {
        if (!head) return true;
        // `head` is "owner:branch"; GitHub ignores a head without an owner.
        const [owner, branch] = head.includes(":") ? head.split(":", 2) : [undefined, undefined];
        return owner === undefined || (pull.head.repository.split("/")[0]!.toLowerCase() === owner.toLowerCase() && pull.head.ref === branch);
      });
    return { status: 200, body: pulls.map((pull) => make.pullRequestSimple(repository, pull)), paginate: true };
  },

  "pulls/list-files": (context) => {
    const pull = pullOrNotFound(context);
    if (!pull) return notFound();
    // GitHub lists at most 3000 files of a pull request and leaves the rest out without a word.
    return { status: 200, body: pull.files.slice(0, 3000).map((file) => context.make.pullRequestFile(context.repository, pull, file)), paginate: true };
  },

  "pulls/list-commits": (context) => {
    const pull = pullOrNotFound(context);
    if (!pull) return notFound();
    // GitHub lists at most 250 commits of a pull request.
    return { status: 200, body: pull.commits.slice(0, 250).map((commit) => context.make.commit(context.repository, commit)), paginate: true };
  },

  "users/get-authenticated": ({ state, make }) => {
    // Actions and app installation tokens belong to no user.
    if (state.viewer.type === "Bot") return { status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user", status: "403" } };
    return { status: 200, body: make.publicUser(state.viewer.login) };
  },

  "pulls/list-reviews": (context) => {
    const pull = pullOrNotFound(context);
    if (!pull) return notFound();
    return { status: 200, body: pull.reviews.map((review) => context.make.review(context.repository, pull, review)), paginate: true };
  },

  "pulls/create": ({ repository, body, state, make }) => {
    const [headOwner, headBranch] = String(body.head).includes(":") ? String(body.head).split(":", 2) : [repository.owner, String(body.head)];
    const headRepository = headOwner!.toLowerCase() === repository.owner.toLowerCase() ? repository : [...state.repositories.values()].find((r) => r.owner === headOwner && r.name === repository.name);
    const headSha = headRepository?.refs.get(`heads/${headBranch}`);
    if (!headSha) return invalid("Validation Failed", [{ resource: "PullRequest", code: "invalid", field: "head" }]);
    const baseSha = repository.refs.get(`heads/${body.base}`);
    if (!baseSha) return invalid("Validation Failed", [{ resource: "PullRequest", code: "invalid", field: "base" }]);
    if (headRepository === repository && headBranch === body.base) {
      return invalid("Validation Failed", [{ resource: "PullRequest", code: "custom", message: `No commits between ${body.base} and ${headBranch}` }]);
    }
    const existing = [...repository.pulls.values()].find((pull) => pull.state === "open" && pull.head.ref === headBranch && pull.base.ref === body.base && pull.head.repository === headRepository!.fullName);
    if (existing) {
      return invalid("Validation Failed", [{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${headOwner}:${headBranch}.` }]);
    }
    if (String(body.body ?? "").length > COMMENT_LIMIT) return tooLong("PullRequest", "body", COMMENT_LIMIT);
    const pull = repository.addPullRequest({
      author: state.viewer.login,
      title: body.title,
      body: body.body ?? "",
      headRef: headBranch,
      headSha,
      baseRef: body.base,
      draft: body.draft ?? false,
      ...(headRepository === repository ? {} : { fork: headRepository!.fullName }),
    });
    return { status: 201, body: make.pullRequest(repository, pull) };
  },

  "pulls/update": (context) => {
    const pull = pullOrNotFound(context);
    if (!pull) return notFound();
    const { body } = context;
    if (body.body !== undefined && String(body.body).length > COMMENT_LIMIT) return tooLong("PullRequest", "body", COMMENT_LIMIT);
    if (body.title !== undefined) pull.title = body.title;
    if (body.body !== undefined) pull.body = body.body ?? "";
    if (body.state !== undefined) pull.state = body.state;
    if (body.base !== undefined) pull.base.ref = body.base;
    pull.updatedAt = context.state.now();
    return { status: 200, body: context.make.pullRequest(context.repository, pull) };
  },

  "pulls/request-reviewers": (context) => {
    const pull = pullOrNotFound(context);
    if (!pull) return notFound();
    const reviewers: string[] = context.body.reviewers ?? [];
    if (reviewers.some((login) => login.toLowerCase() === pull.author.toLowerCase())) {
      return invalid("Review cannot be requested from pull request author.");
    }
    const unknown = reviewers.filter((login) => context.state.users.size > 0 && !context.state.users.has(login));
    if (unknown.length > 0) {
      return invalid("Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the " + `${context.repository.fullName} repository.`);
    }
    for (const login of reviewers) if (!pull.requestedReviewers.includes(login)) pull.requestedReviewers.push(login);
    return { status: 201, body: context.make.pullRequestSimple(context.repository, pull) };
  },

  "repos/get-content": ({ repository, params, query, make }) => {
    const ref = query.get("ref") ?? repository.defaultBranch;
    const sha = repository.resolveRef(ref);
    if (!sha) return { status: 404, body: { message: `No commit found for the ref ${ref}`, documentation_url: DOCS, status: "404" } };
    const text = repository.files.get(sha)?.get(params.path!);
    return text === undefined ? notFound() : { status: 200, body: make.contentFile(repository, params.path!, ref, text) };
  },

  "repos/create-commit-status": ({ repository, params, body, state, make }) => {
    const sha = params.sha!;
    if (!knowsCommit(repository, sha)) {
      return invalid(`No commit found for SHA: ${sha}`);
    }
    if (body.description && String(body.description).length > STATUS_DESCRIPTION_LIMIT) return tooLong("Status", "description", STATUS_DESCRIPTION_LIMIT);
    const status: FakeStatus = {
      id: state.nextId(),
      sha,
      state: body.state,
      context: body.context ?? "default",
      description: body.description ?? null,
      targetUrl: body.target_url ?? null,
      creator: state.viewer.login,
      createdAt: state.now(),
    };
    repository.statuses.push(status);
    return { status: 201, body: make.status(repository, status) };
  },

  "repos/list-commit-statuses-for-ref": ({ repository, params, make }) => {
    const sha = repository.resolveRef(params.ref!) ?? params.ref!;
    return { status: 200, body: repository.statusesOf(sha).map((status) => make.status(repository, status)), paginate: true };
  },

  "issues/get": (context) => {
    const { repository, make } = context;
    const issue = repository.issues.get(number(context, "issue_number"));
    if (issue) return { status: 200, body: make.issue(repository, issue) };
    const pull = repository.pulls.get(number(context, "issue_number"));
    return pull ? { status: 200, body: make.issueOfPull(repository, pull) } : notFound();
  },

  "issues/list-comments": (context) => {
    const issueNumber = number(context, "issue_number");
    const { repository, make } = context;
    if (!repository.issues.has(issueNumber) && !repository.pulls.has(issueNumber)) return notFound();
    return { status: 200, body: repository.commentsOn(issueNumber).map((comment) => make.issueComment(repository, comment)), paginate: true };
  },

  "issues/create-comment": (context) => {
    const issueNumber = number(context, "issue_number");
    const { repository, make, body, state } = context;
    if (!repository.issues.has(issueNumber) && !repository.pulls.has(issueNumber)) return notFound();
    if (String(body.body).length > COMMENT_LIMIT) return tooLong("IssueComment", "body", COMMENT_LIMIT);
    const comment = repository.addComment(issueNumber, { user: state.viewer.login, body: body.body });
    return { status: 201, body: make.issueComment(repository, comment) };
  },

  "issues/update-comment": (context) => {
    const { repository, make, body, state } = context;
    const comment = repository.comments.find((candidate) => candidate.id === number(context, "comment_id"));
    if (!comment) return notFound();
    if (String(body.body).length > COMMENT_LIMIT) return tooLong("IssueComment", "body", COMMENT_LIMIT);
    comment.body = body.body;
    comment.updatedAt = state.now();
    return { status: 200, body: make.issueComment(repository, comment) };
  },

  "issues/add-labels": (context) => {
    const issueNumber = number(context, "issue_number");
    const { repository, make, body } = context;
    const target = repository.issues.get(issueNumber) ?? repository.pulls.get(issueNumber);
    if (!target) return notFound();
    // The body is `{labels: [...]}`, `{labels: [{name}]}` or a bare array: the description allows all three.
    const given: unknown[] = Array.isArray(body) ? body : (body.labels ?? []);
    const names = given.map((label) => (typeof label === "string" ? label : (label as { name: string }).name));
    for (const name of names) {
      const label = repository.ensureLabel(name);
      if (!target.labels.includes(label.name)) target.labels.push(label.name);
    }
    return { status: 200, body: target.labels.map((name) => make.label(repository, repository.ensureLabel(name))) };
  },

  "issues/list-for-repo": ({ repository, query, make }) => {
    const wanted = (query.get("labels") ?? "").split(",").map((label) => label.trim().toLowerCase()).filter(Boolean);
    const hasLabels = (labels: string[]) => wanted.every((label) => labels.some((name) => name.toLowerCase() === label));
    const all = [
      ...[...repository.issues.values()].filter(stateFilter(query.get("state"))).filter((issue) => hasLabels(issue.labels)).map((issue) => ({ createdAt: issue.createdAt, json: () => make.issue(repository, issue) })),
      ...[...repository.pulls.values()].filter(stateFilter(query.get("state"))).filter((pull) => hasLabels(pull.labels)).map((pull) => ({ createdAt: pull.createdAt, json: () => make.issueOfPull(repository, pull) })),
    ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { status: 200, body: all.map((item) => item.json()), paginate: true };
  },

  "issues/create": ({ repository, body, state, make }) => {
    if (String(body.body ?? "").length > COMMENT_LIMIT) return tooLong("Issue", "body", COMMENT_LIMIT);
    const labels = (body.labels ?? []).map((label: string | { name: string }) => (typeof label === "string" ? label : label.name));
    const issue = repository.addIssue({ title: String(body.title), body: body.body ?? "", author: state.viewer.login, labels });
    return { status: 201, body: make.issue(repository, issue) };
  },

  "issues/update": (context) => {
    const { repository, make, body, state } = context;
    const issue = repository.issues.get(number(context, "issue_number"));
    if (!issue) return notFound();
    if (body.body !== undefined && String(body.body ?? "").length > COMMENT_LIMIT) return tooLong("Issue", "body", COMMENT_LIMIT);
    if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
    if (body.body !== undefined) issue.body = body.body ?? "";
    if (body.labels !== undefined) issue.labels = body.labels.map((label: string | { name: string }) => repository.ensureLabel(typeof label === "string" ? label : label.name).name);
    issue.updatedAt = state.now();
    if (body.state !== undefined && body.state !== issue.state) {
      issue.state = body.state;
      issue.closedAt = body.state === "closed" ? issue.updatedAt : null;
    }
    return { status: 200, body: make.issue(repository, issue) };
  },

  "repos/get-release-by-tag": ({ repository, params, make }) => {
    const release = repository.releases.find((candidate) => candidate.tagName === params.tag);
    return release ? { status: 200, body: make.release(repository, release) } : notFound();
  },

  "repos/get-release": (context) => {
    const release = context.repository.releases.find((candidate) => candidate.id === number(context, "release_id"));
    return release ? { status: 200, body: context.make.release(context.repository, release) } : notFound();
  },

  "repos/list-releases": ({ repository, make }) => ({
    status: 200,
    body: byNewest(repository.releases).map((release) => make.release(repository, release)),
    paginate: true,
  }),

  "repos/create-release": ({ repository, body, state, make }) => {
    if (repository.releases.some((release) => release.tagName === body.tag_name)) {
      return invalid("Validation Failed", [{ resource: "Release", code: "already_exists", field: "tag_name" }]);
    }
    const target = body.target_commitish ?? repository.defaultBranch;
    if (!repository.refs.has(`tags/${body.tag_name}`)) {
      const sha = repository.resolveRef(target);
      if (!sha) return invalid("Validation Failed", [{ resource: "Release", code: "invalid", field: "target_commitish" }]);
      repository.refs.set(`tags/${body.tag_name}`, sha);
    }
    const release = repository.addRelease({ tagName: body.tag_name, name: body.name ?? body.tag_name, body: body.body ?? "", draft: body.draft ?? false });
    release.targetCommitish = target;
    release.prerelease = body.prerelease ?? false;
    release.author = state.viewer.login;
    return { status: 201, body: make.release(repository, release) };
  },

  "repos/update-release": (context) => {
    const { repository, body, make } = context;
    const release = repository.releases.find((candidate) => candidate.id === number(context, "release_id"));
    if (!release) return notFound();
    if (body.name !== undefined) release.name = body.name;
    if (body.body !== undefined) release.body = body.body;
    if (body.draft !== undefined) release.draft = body.draft;
    if (body.prerelease !== undefined) release.prerelease = body.prerelease;
    return { status: 200, body: make.release(repository, release) };
  },

  "repos/list-release-assets": (context) => {
    const release = context.repository.releases.find((candidate) => candidate.id === number(context, "release_id"));
    if (!release) return notFound();
    return { status: 200, body: release.assets.map((asset) => context.make.asset(context.repository, release, asset)), paginate: true };
  },

  "repos/get-release-asset": (context) => {
    const { repository, make, headers } = context;
    for (const release of repository.releases) {
      const asset = release.assets.find((candidate) => candidate.id === number(context, "asset_id"));
      if (!asset) continue;
      // Asked for the bytes, GitHub redirects to its storage host (a signed address that needs no token).
      if (String(headers.accept ?? "").includes("application/octet-stream")) {
        return { status: 302, headers: { location: make.downloadUrl(repository, asset) } };
      }
      return { status: 200, body: make.asset(repository, release, asset) };
    }
    return notFound();
  },

  "repos/delete-release-asset": (context) => {
    for (const release of context.repository.releases) {
      const index = release.assets.findIndex((candidate) => candidate.id === number(context, "asset_id"));
      if (index < 0) continue;
      release.assets.splice(index, 1);
      return { status: 204 };
    }
    return notFound();
  },

  "repos/upload-release-asset": (context) => {
    const { repository, query, raw, headers, state, make } = context;
    const release = repository.releases.find((candidate) => candidate.id === number(context, "release_id"));
    if (!release) return notFound();
    const name = query.get("name")!;
    if (release.assets.some((asset) => asset.name === name)) {
      return invalid("Validation Failed", [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }]);
    }
    const asset = {
      id: state.nextId(),
      name,
      label: query.get("label"),
      contentType: String(headers["content-type"] ?? "application/octet-stream"),
      data: raw,
      uploader: state.viewer.login,
      createdAt: state.now(),
    };
    release.assets.push(asset);
    return { status: 201, body: make.asset(repository, release, asset) };
  },

  "git/get-ref": ({ repository, params, make }) => {
    const sha = repository.refs.get(params.ref!);
    return sha ? { status: 200, body: make.gitRef(repository, params.ref!, sha) } : notFound();
  },

  "git/create-ref": ({ repository, body, make }) => {
    const ref = String(body.ref);
    if (!/^refs\/(heads|tags)\/.+/.test(ref)) return invalid("Reference name must start with 'refs/' and have at least two slashes.");
    const short = ref.replace(/^refs\//, "");
    if (repository.refs.has(short)) return invalid("Reference already exists");
    if (!knowsCommit(repository, body.sha)) return invalid("Object does not exist");
    repository.refs.set(short, body.sha);
    return { status: 201, body: make.gitRef(repository, short, body.sha) };
  },

  "actions/create-workflow-dispatch": ({ repository, params, body }) => {
    const ref = String(body.ref).replace(/^refs\/heads\//, "");
    if (!repository.refs.has(`heads/${ref}`)) return invalid(`No ref found for: ${String(body.ref)}`);
    repository.dispatches.push({ workflow: params.workflow_id!, ref });
    return { status: 204 };
  },

  "git/update-ref": ({ repository, params, body, make }) => {
    if (!repository.refs.has(params.ref!)) return invalid("Reference does not exist");
    if (!knowsCommit(repository, body.sha)) return invalid("Object does not exist");
    repository.refs.set(params.ref!, body.sha);
    return { status: 200, body: make.gitRef(repository, params.ref!, body.sha) };
  },
};
