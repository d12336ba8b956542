import type { Issue, IssueComment, PullRequest, PullRequestCommit, PullRequestFile, Release, ReleaseAsset, Review, ReviewState } from "./types.js";

/**
 * Octokit's response objects -> the plain types of types.ts. Pure functions, one per object. The
 * inputs name only the fields read, so any of Octokit's variants of an object (from `get`, `list`,
 * `create`) fits.
 */

type Login = { login: string } | null | undefined;

interface PullData {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  merged?: boolean;
  merged_at?: string | null;
  draft?: boolean;
  user?: Login;
  html_url: string;
  head: { sha: string; ref: string; repo?: { full_name: string } | null };
  base: { ref: string };
  changed_files?: number;
  commits?: number;
}

/** A pull request from `pulls.get`, `pulls.create`, `pulls.update` or a list (which lacks `merged`). */
export function mapPullRequest(data: PullData, repositoryName: string): PullRequest {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? "",
    state: data.state === "closed" ? "closed" : "open",
    merged: data.merged ?? (data.merged_at !== null && data.merged_at !== undefined),
    draft: data.draft ?? false,
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseRef: data.base.ref,
    author: data.user?.login ?? "",
    // A deleted fork leaves `head.repo` null: that head came from elsewhere too.
    fromFork: data.head.repo?.full_name.toLowerCase() !== repositoryName.toLowerCase(),
    htmlUrl: data.html_url,
    ...(typeof data.changed_files === "number" ? { changedFiles: data.changed_files } : {}),
    ...(typeof data.commits === "number" ? { commitCount: data.commits } : {}),
  };
}

/** A commit from `pulls.listCommits`: who GitHub says wrote and committed it, and whether its signature checked out. */
export function mapPullRequestCommit(data: { sha: string; author?: Login | Record<string, never>; committer?: Login | Record<string, never>; commit: { verification?: { verified: boolean } } }): PullRequestCommit {
  const login = (user: Login | Record<string, never>): string => (user && "login" in user && typeof user.login === "string" ? user.login : "");
  return { sha: data.sha, author: login(data.author), committer: login(data.committer), verified: data.commit.verification?.verified === true };
}

export function mapPullRequestFile(data: { filename: string; status: PullRequestFile["status"]; previous_filename?: string }): PullRequestFile {
  return {
    path: data.filename,
    status: data.status,
    ...(data.previous_filename ? { previousPath: data.previous_filename } : {}),
  };
}

const REVIEW_STATES: readonly ReviewState[] = ["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING"];

export function mapReview(data: { id: number; user?: Login; state: string; commit_id?: string | null; submitted_at?: string }): Review {
  const state = data.state.toUpperCase() as ReviewState;
  return {
    id: data.id,
    user: data.user?.login ?? "",
    // GitHub has used only these; anything new counts as a plain comment, never as approval.
    state: REVIEW_STATES.includes(state) ? state : "COMMENTED",
    commitId: data.commit_id ?? "",
    submittedAt: data.submitted_at ?? "",
  };
}

export function mapIssueComment(data: { id: number | bigint; user?: Login; body?: string; created_at?: string; updated_at?: string }): IssueComment {
  // GitHub declares comment ids int64; they are still far below 2^53.
  return {
    id: Number(data.id),
    user: data.user?.login ?? "",
    body: data.body ?? "",
    ...(data.created_at !== undefined ? { createdAt: data.created_at } : {}),
    ...(data.updated_at !== undefined ? { updatedAt: data.updated_at } : {}),
  };
}

export function mapIssue(data: { number: number; title: string; body?: string | null; state: string; labels: (string | { name?: string })[] }): Issue {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? "",
    state: data.state === "closed" ? "closed" : "open",
    labels: data.labels.map((label) => (typeof label === "string" ? label : label.name ?? "")).filter(Boolean),
  };
}

type AssetData = { id: number; name: string; size: number; content_type: string; digest?: string | null };

export function mapReleaseAsset(data: AssetData): ReleaseAsset {
  // Only a well-formed "sha256:<64 hex>" is believed; anything else means "download and hash it".
  const digest = typeof data.digest === "string" ? /^sha256:([0-9a-f]{64})$/i.exec(data.digest) : null;
  return { id: data.id, name: data.name, size: data.size, contentType: data.content_type, ...(digest ? { sha256: digest[1]!.toLowerCase() } : {}) };
}

export function mapRelease(data: { id: number; tag_name: string; name: string | null; body?: string | null; draft: boolean; upload_url: string; assets: AssetData[] }): Release {
  return {
    id: data.id,
    tagName: data.tag_name,
    name: data.name ?? "",
    body: data.body ?? "",
    draft: data.draft,
    uploadUrl: data.upload_url,
    assets: data.assets.map(mapReleaseAsset),
  };
}
