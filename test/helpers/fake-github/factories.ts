import { createHash } from "node:crypto";
import { openApiExample } from "./openapi.js";
import type { FakeAsset, FakeComment, FakeIssue, FakeLabel, FakePull, FakeRelease, FakeRepository, FakeReview, FakeState, FakeStatus } from "./state.js";

/**
 * Full API objects built from the fake state. Each starts from GitHub's own example of that object
 * in the OpenAPI description (complete, with every required field), moved onto the fake's hosts
 * and repository, and then given the state's values. The server checks every one against the
 * response schema, so a factory that drifts from GitHub's shape fails the test that used it.
 */

type Json = Record<string, unknown>;

/** Where the fake lives, GitHub Enterprise Server style: API under /api/v3, uploads under /api/uploads. */
/** The path under the web host where the fake serves asset downloads (GitHub: objects.githubusercontent.com). */
export const DOWNLOADS_PREFIX = "/_downloads";

export interface Hosts {
  /** e.g. http://127.0.0.1:41234/api/v3 */
  api: string;
  /** e.g. http://127.0.0.1:41234 (html_url of everything) */
  web: string;
  /** e.g. http://127.0.0.1:41234/api/uploads */
  uploads: string;
}

export class Factories {
  constructor(
    readonly hosts: Hosts,
    readonly state: FakeState,
  ) {}

  /** An example with GitHub's hosts and octocat/Hello-World swapped for the fake's. */
  private example(name: string, repository?: FakeRepository): Json {
    let text = JSON.stringify(openApiExample(name));
    text = text
      .replaceAll("https://uploads.github.com", this.hosts.uploads)
      .replaceAll("https://api.github.com", this.hosts.api)
      .replaceAll("https://github.com", this.hosts.web)
      .replaceAll("https://raw.githubusercontent.com", `${this.hosts.web}/raw`);
    if (repository) text = text.replaceAll("octocat/Hello-World", repository.fullName).replaceAll("octokit/octokit.rb", repository.fullName);
    return JSON.parse(text) as Json;
  }

  user(login: string): Json {
    const type = login === this.state.viewer.login ? this.state.viewer.type : login.endsWith("[bot]") ? "Bot" : "User";
    // Logins like "github-actions[bot]" appear percent-encoded in URLs, as GitHub writes them.
    const base = JSON.stringify(this.example("simple-user")).replaceAll("octocat", encodeURIComponent(login));
    return { ...(JSON.parse(base) as Json), login, id: idOf(login), node_id: nodeId("U", idOf(login)), type, site_admin: false };
  }

  /** GET /user for a user's token: the public profile. */
  publicUser(login: string): Json {
    const base = JSON.stringify(this.example("public-user-default-response")).replaceAll("octocat", encodeURIComponent(login));
    return { ...(JSON.parse(base) as Json), login, id: idOf(login), node_id: nodeId("U", idOf(login)), type: "User", site_admin: false };
  }

  repository(repository: FakeRepository): Json {
    const base = this.example("full-repository", repository);
    const { owner, name, fullName } = repository;
    return {
      ...base,
      id: repository.id,
      node_id: nodeId("R", repository.id),
      name,
      full_name: fullName,
      owner: this.user(owner),
      private: repository.private,
      visibility: repository.private ? "private" : "public",
      fork: false,
      // GitHub's example predates this required field.
      has_discussions: false,
      default_branch: repository.defaultBranch,
      html_url: `${this.hosts.web}/${fullName}`,
      url: `${this.hosts.api}/repos/${fullName}`,
      clone_url: `${this.hosts.web}/${fullName}.git`,
      // Fields of other objects that full-repository's example carries but a plain repository does not need.
      parent: undefined,
      source: undefined,
      template_repository: undefined,
      organization: undefined,
    };
  }

  /** The repository object nested in a pull request's head/base (GitHub's `repository` schema). */
  private nestedRepository(repository: FakeRepository): Json {
    const base = this.example("pull-request", repository) as { head: { repo: Json } };
    const { fullName } = repository;
    return {
      ...base.head.repo,
      id: repository.id,
      node_id: nodeId("R", repository.id),
      name: repository.name,
      full_name: fullName,
      owner: this.user(repository.owner),
      private: repository.private,
      default_branch: repository.defaultBranch,
      html_url: `${this.hosts.web}/${fullName}`,
      url: `${this.hosts.api}/repos/${fullName}`,
    };
  }

  label(repository: FakeRepository, label: FakeLabel): Json {
    return {
      ...this.example("label", repository),
      id: label.id,
      node_id: nodeId("LA", label.id),
      name: label.name,
      url: `${this.hosts.api}/repos/${repository.fullName}/labels/${encodeURIComponent(label.name)}`,
      color: label.color,
      description: null,
      default: false,
    };
  }

  private labels(repository: FakeRepository, names: string[]): Json[] {
    return names.map((name) => this.label(repository, repository.ensureLabel(name)));
  }

  pullRequest(repository: FakeRepository, pull: FakePull): Json {
    const base = this.example("pull-request", repository);
    const api = `${this.hosts.api}/repos/${repository.fullName}`;
    const html = `${this.hosts.web}/${repository.fullName}/pull/${pull.number}`;
    const headRepository = this.state.findRepository(...(pull.head.repository.split("/") as [string, string])) ?? repository;
    const headRepo = headRepository === repository ? this.nestedRepository(repository) : { ...this.nestedRepository(headRepository), fork: true };
    return {
      ...base,
      url: `${api}/pulls/${pull.number}`,
      id: pull.id,
      node_id: nodeId("PR", pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${pull.number}`,
      commits_url: `${api}/pulls/${pull.number}/commits`,
      review_comments_url: `${api}/pulls/${pull.number}/comments`,
      comments_url: `${api}/issues/${pull.number}/comments`,
      statuses_url: `${api}/statuses/${pull.head.sha}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      active_lock_reason: null,
      title: pull.title,
      user: this.user(pull.author),
      body: pull.body === "" ? null : pull.body,
      labels: this.labels(repository, pull.labels),
      milestone: null,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.state === "closed" ? pull.updatedAt : null,
      merged_at: pull.merged ? pull.updatedAt : null,
      merge_commit_sha: pull.merged ? pull.head.sha : null,
      assignee: null,
      assignees: [],
      requested_reviewers: pull.requestedReviewers.map((login) => this.user(login)),
      requested_teams: [],
      head: {
        label: `${headRepository.owner}:${pull.head.ref}`,
        ref: pull.head.ref,
        sha: pull.head.sha,
        user: this.user(headRepository.owner),
        repo: headRepo,
      },
      base: {
        label: `${repository.owner}:${pull.base.ref}`,
        ref: pull.base.ref,
        sha: pull.base.sha,
        user: this.user(repository.owner),
        repo: this.nestedRepository(repository),
      },
      _links: {
        self: { href: `${api}/pulls/${pull.number}` },
        html: { href: html },
        issue: { href: `${api}/issues/${pull.number}` },
        comments: { href: `${api}/issues/${pull.number}/comments` },
        review_comments: { href: `${api}/pulls/${pull.number}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${pull.number}/commits` },
        statuses: { href: `${api}/statuses/${pull.head.sha}` },
      },
      author_association: "MEMBER",
      auto_merge: null,
      draft: pull.draft,
      merged: pull.merged,
      mergeable: pull.state === "open" ? true : null,
      rebaseable: pull.state === "open" ? true : null,
      mergeable_state: "clean",
      merged_by: pull.merged ? this.user(this.state.viewer.login) : null,
      comments: repository.commentsOn(pull.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: pull.commits.length,
      additions: pull.files.length,
      deletions: 0,
      changed_files: pull.files.length,
    };
  }

  /** The shorter pull request of lists (`pull-request-simple`). */
  pullRequestSimple(repository: FakeRepository, pull: FakePull): Json {
    const full = this.pullRequest(repository, pull);
    const [example] = this.example("pull-request-simple-items", repository) as unknown as Json[];
    const simple: Json = {};
    for (const key of Object.keys(example ?? {})) if (key in full) simple[key] = full[key];
    // GitHub's description types a label's description here as a string (in a full pull request: string or null).
    simple.labels = ((full.labels ?? []) as Json[]).map((label) => ({ ...label, description: label.description ?? "" }));
    return simple;
  }

  pullRequestFile(repository: FakeRepository, pull: FakePull, file: FakePull["files"][number]): Json {
    const [example] = this.example("diff-entry-items", repository) as unknown as Json[];
    // GitHub percent-encodes a path in these links (a file name may hold spaces, brackets, even line breaks).
    const path = file.path.split("/").map(encodeURIComponent).join("/");
    const blob = `${this.hosts.web}/${repository.fullName}/blob/${pull.head.sha}/${path}`;
    const entry: Json = {
      ...example,
      sha: blobSha(repository.files.get(pull.head.sha)?.get(file.path) ?? file.path),
      filename: file.path,
      status: file.status,
      additions: 1,
      deletions: 0,
      changes: 1,
      blob_url: blob,
      raw_url: `${this.hosts.web}/${repository.fullName}/raw/${pull.head.sha}/${path}`,
      contents_url: `${this.hosts.api}/repos/${repository.fullName}/contents/${path}?ref=${pull.head.sha}`,
      patch: "@@ -1 +1 @@",
    };
    if (file.previousPath) entry.previous_filename = file.previousPath;
    else delete entry.previous_filename;
    return entry;
  }

  commit(repository: FakeRepository, commit: FakePull["commits"][number]): Json {
    const [example] = this.example("commit-items", repository) as unknown as Json[];
    const api = `${this.hosts.api}/repos/${repository.fullName}`;
    const inner = example!.commit as Json;
    const person = (login: string | null) => ({ name: login ?? "Someone", email: `${login ?? "someone"}@example.invalid`, date: commit.date });
    return {
      ...example,
      url: `${api}/commits/${commit.sha}`,
      sha: commit.sha,
      node_id: nodeId("C", idOf(commit.sha)),
      html_url: `${this.hosts.web}/${repository.fullName}/commit/${commit.sha}`,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      commit: {
        ...inner,
        url: `${api}/git/commits/${commit.sha}`,
        author: person(commit.author),
        committer: person(commit.committer),
        verification: commit.verified
          ? { verified: true, reason: "valid", signature: "-----BEGIN PGP SIGNATURE-----", payload: "tree", verified_at: commit.date }
          : { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
      },
      author: commit.author === null ? null : this.user(commit.author),
      committer: commit.committer === null ? null : this.user(commit.committer),
    };
  }

  review(repository: FakeRepository, pull: FakePull, review: FakeReview): Json {
    const html = `${this.hosts.web}/${repository.fullName}/pull/${pull.number}#pullrequestreview-${review.id}`;
    const pullUrl = `${this.hosts.api}/repos/${repository.fullName}/pulls/${pull.number}`;
    const result: Json = {
      ...this.example("pull-request-review", repository),
      id: review.id,
      node_id: nodeId("PRR", review.id),
      user: this.user(review.user),
      body: review.body,
      state: review.state,
      html_url: html,
      pull_request_url: pullUrl,
      _links: { html: { href: html }, pull_request: { href: pullUrl } },
      commit_id: review.commitId,
      author_association: "MEMBER",
    };
    // A pending review has not been submitted yet.
    if (review.state === "PENDING") delete result.submitted_at;
    else result.submitted_at = review.submittedAt;
    return result;
  }

  issueComment(repository: FakeRepository, comment: FakeComment): Json {
    const kind = repository.pulls.has(comment.issueNumber) ? "pull" : "issues";
    return {
      ...this.example("issue-comment", repository),
      id: comment.id,
      node_id: nodeId("IC", comment.id),
      url: `${this.hosts.api}/repos/${repository.fullName}/issues/comments/${comment.id}`,
      html_url: `${this.hosts.web}/${repository.fullName}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.hosts.api}/repos/${repository.fullName}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: "MEMBER",
    };
  }

  issue(repository: FakeRepository, issue: FakeIssue): Json {
    const base = this.example("issue", repository);
    const api = `${this.hosts.api}/repos/${repository.fullName}/issues/${issue.number}`;
    return {
      ...base,
      id: issue.id,
      node_id: nodeId("I", issue.id),
      url: api,
      repository_url: `${this.hosts.api}/repos/${repository.fullName}`,
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `${this.hosts.web}/${repository.fullName}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.state === "closed" ? "completed" : null,
      title: issue.title,
      body: issue.body === "" ? null : issue.body,
      user: this.user(issue.author),
      labels: this.labels(repository, issue.labels),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: repository.commentsOn(issue.number).length,
      pull_request: undefined,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: issue.closedAt ? this.user(this.state.viewer.login) : null,
      author_association: "MEMBER",
    };
  }

  /** A pull request as the issues API lists it (with `pull_request` links). */
  issueOfPull(repository: FakeRepository, pull: FakePull): Json {
    const issue = this.issue(repository, {
      id: pull.id,
      number: pull.number,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      author: pull.author,
      labels: pull.labels,
      createdAt: pull.createdAt,
      updatedAt: pull.updatedAt,
      closedAt: pull.state === "closed" ? pull.updatedAt : null,
    });
    const html = `${this.hosts.web}/${repository.fullName}/pull/${pull.number}`;
    return {
      ...issue,
      html_url: html,
      pull_request: {
        url: `${this.hosts.api}/repos/${repository.fullName}/pulls/${pull.number}`,
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: pull.merged ? pull.updatedAt : null,
      },
    };
  }

  status(repository: FakeRepository, status: FakeStatus): Json {
    return {
      ...this.example("status", repository),
      url: `${this.hosts.api}/repos/${repository.fullName}/statuses/${status.sha}`,
      id: status.id,
      node_id: nodeId("SC", status.id),
      state: status.state,
      description: status.description,
      target_url: status.targetUrl,
      context: status.context,
      created_at: status.createdAt,
      updated_at: status.createdAt,
      creator: this.user(status.creator),
    };
  }

  asset(repository: FakeRepository, release: FakeRelease, asset: FakeAsset): Json {
    return {
      ...this.example("release-asset", repository),
      url: `${this.hosts.api}/repos/${repository.fullName}/releases/assets/${asset.id}`,
      browser_download_url: `${this.hosts.web}/${repository.fullName}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`,
      id: asset.id,
      node_id: nodeId("RA", asset.id),
      name: asset.name,
      label: asset.label,
      state: "uploaded",
      content_type: asset.contentType,
      size: asset.data.length,
      digest: asset.digest === null ? null : `sha256:${createHash("sha256").update(asset.data).digest("hex")}`,
      download_count: 0,
      created_at: asset.createdAt,
      updated_at: asset.createdAt,
      uploader: this.user(asset.uploader),
    };
  }

  /** Where an asset's bytes are served, as GitHub's storage host serves them: no token wanted. */
  downloadUrl(repository: FakeRepository, asset: FakeAsset): string {
    return `${this.hosts.web}${DOWNLOADS_PREFIX}/${repository.fullName}/${asset.id}`;
  }

  release(repository: FakeRepository, release: FakeRelease): Json {
    const api = `${this.hosts.api}/repos/${repository.fullName}/releases/${release.id}`;
    const tag = encodeURIComponent(release.tagName);
    return {
      ...this.example("release", repository),
      url: api,
      html_url: `${this.hosts.web}/${repository.fullName}/releases/tag/${tag}`,
      assets_url: `${api}/assets`,
      upload_url: release.uploadUrl ?? `${this.hosts.uploads}/repos/${repository.fullName}/releases/${release.id}/assets{?name,label}`,
      tarball_url: `${this.hosts.api}/repos/${repository.fullName}/tarball/${tag}`,
      zipball_url: `${this.hosts.api}/repos/${repository.fullName}/zipball/${tag}`,
      discussion_url: undefined,
      id: release.id,
      node_id: nodeId("RE", release.id),
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      created_at: release.createdAt,
      published_at: release.draft ? null : release.createdAt,
      author: this.user(release.author),
      assets: release.assets.map((asset) => this.asset(repository, release, asset)),
    };
  }

  gitRef(repository: FakeRepository, ref: string, sha: string): Json {
    const url = `${this.hosts.api}/repos/${repository.fullName}/git/refs/${ref}`;
    return {
      ref: `refs/${ref}`,
      node_id: nodeId("REF", idOf(`${repository.fullName}:${ref}`)),
      url,
      object: { type: "commit", sha, url: `${this.hosts.api}/repos/${repository.fullName}/git/commits/${sha}` },
    };
  }

  contentFile(repository: FakeRepository, path: string, ref: string, text: string): Json {
    const sha = blobSha(text);
    const name = path.split("/").at(-1) ?? path;
    const encoded = path.split("/").map(encodeURIComponent).join("/");
    const self = `${this.hosts.api}/repos/${repository.fullName}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
    const git = `${this.hosts.api}/repos/${repository.fullName}/git/blobs/${sha}`;
    const html = `${this.hosts.web}/${repository.fullName}/blob/${ref}/${encoded}`;
    const content = Buffer.from(text, "utf8").toString("base64");
    return {
      type: "file",
      encoding: "base64",
      size: Buffer.byteLength(text, "utf8"),
      name,
      path,
      // GitHub wraps base64 at 60 characters, with a newline after each line.
      content: `${content.replace(/(.{60})/g, "$1\n")}\n`,
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: `${this.hosts.web}/${repository.fullName}/raw/${ref}/${encoded}`,
      _links: { git, self, html },
    };
  }
}

/** A stable positive id for a login or name (GitHub ids are numbers). */
export function idOf(text: string): number {
  return Number.parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16);
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}_${id}`).toString("base64");
}

/** Git's blob id of a text, as GitHub reports it. */
export function blobSha(text: string): string {
  const data = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${data.length}\0`).update(data).digest("hex");
}

/** Drops `undefined` fields (the factories use them to say "absent"), as JSON does. */
export function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}
