/**
 * The plain data the GitHub commands work with, independent of Octokit's response types: the client
 * (scripts/github/client.ts) maps responses into these, and the pure planners (approvals, comment,
 * release, remind, cycle pull requests) take and return only these.
 */

/** Sizes GitHub refuses to exceed (422), for commands that must stay below them. */
export const GITHUB_LIMITS = {
  /** Characters in an issue or pull request comment, issue body or pull request body. */
  commentBody: 65_536,
  /** Characters in a commit status description. */
  statusDescription: 140,
  /** Files GitHub lists for one pull request; any beyond are left out of the list. */
  pullRequestFiles: 3_000,
  /** Commits GitHub lists for one pull request; any beyond are left out of the list. */
  pullRequestCommits: 250,
} as const;

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  merged: boolean;
  draft: boolean;
  /** The commit at the head of the pull request now: only reviews of this commit count. */
  headSha: string;
  headRef: string;
  baseRef: string;
  /** GitHub login of the author. */
  author: string;
  /** True when the head is in a fork (another repository). */
  fromFork: boolean;
  htmlUrl: string;
  /** How many files the pull request changes, as GitHub counts them (only a single pull request's answer has it). */
  changedFiles?: number;
  /** How many commits the pull request has (only a single pull request's answer has it). */
  commitCount?: number;
}

/** A commit of a pull request, as GitHub attributes it. */
export interface PullRequestCommit {
  sha: string;
  /** The GitHub login GitHub ties the commit's author to; "" when it ties it to none. */
  author: string;
  /** The GitHub login of the committer ("web-flow" for commits made on GitHub's web pages); "" when none. */
  committer: string;
  /** GitHub verified the commit's signature. */
  verified: boolean;
}

/** An open pull request as GitHub lists it, with what a re-run needs to add only what is missing. */
export interface OpenPullRequest extends PullRequest {
  labels: string[];
  /** Logins still asked to review (GitHub drops a reviewer from the list once they have reviewed). */
  requestedReviewers: string[];
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface Review {
  id: number;
  /** GitHub login of the reviewer. */
  user: string;
  state: ReviewState;
  /** The commit the review was given on. */
  commitId: string;
  submittedAt: string;
}

export interface PullRequestFile {
  /** Repository-relative path on the head. */
  path: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previousPath?: string;
}

export interface IssueComment {
  id: number;
  user: string;
  body: string;
  /** ISO times; a comment whose updatedAt differs from createdAt was edited (by its author or by anyone with write access). */
  createdAt?: string;
  updatedAt?: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
}

export interface Release {
  id: number;
  tagName: string;
  name: string;
  body: string;
  draft: boolean;
  /** The URL template assets are uploaded to (`…/assets{?name,label}`). */
  uploadUrl: string;
  assets: ReleaseAsset[];
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  contentType: string;
  /** SHA-256 of the asset's bytes (hex), from GitHub's `digest`; absent when GitHub gives none (older assets, GitHub Enterprise Server). */
  sha256?: string;
}

export type CommitState = "success" | "failure" | "pending" | "error";

export interface CommitStatus {
  state: CommitState;
  /** The status's name, which branch protection can require. */
  context: string;
  /** At most 140 characters (GitHub's limit). */
  description: string;
  targetUrl?: string;
}
