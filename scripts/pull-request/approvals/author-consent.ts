import type { IssueComment, PullRequest, PullRequestCommit } from "../../github/types.js";

/** The login GitHub shows as committer of commits made on its web pages (the web editor, a merge button). */
const WEB_EDITOR = "web-flow";

/**
 * What the author's consent rests on:
 * - `author`: every commit of the pull request is the author's own, so opening it and pushing is consent;
 * - `agreed`: someone else pushed (or that cannot be told), but the author commented `/agree <head sha>`;
 * - `must-agree`: someone else pushed (or that cannot be told) and the author has not agreed to the head.
 */
export type AuthorConsent = "author" | "agreed" | "must-agree";

/**
 * Whether the pull request's author consents to its current head commit (README, "Who must consent").
 *
 * Implicit consent covers only the author's own commits: each commit must be tied by GitHub to the author
 * as its author, be committed by the author or by GitHub's web editor, and carry a signature GitHub
 * verified. The names and e-mail addresses in a commit are whatever the pusher wrote, so an unsigned
 * commit "by the author" proves nothing; a verified one was signed by the author's key or made by GitHub
 * for the signed-in author. When GitHub lists fewer commits than the pull request has (it lists 250 at
 * most), the unlisted ones cannot be judged, so implicit consent fails too.
 *
 * Explicit consent is a comment by the author whose whole text is `/agree` and the head commit's full
 * SHA. It names the commit rather than relying on time: a commit's date is written by whoever made the
 * commit and can be set to any moment, so "posted after the head commit" cannot be checked safely. The
 * full SHA is asked because a short prefix can be matched by a crafted commit. A comment that was edited
 * is not counted: anyone with write access can edit another person's comment.
 */
export function authorConsent(pullRequest: PullRequest, commits: readonly PullRequestCommit[] | undefined, comments: readonly IssueComment[] | undefined): AuthorConsent {
  if (ownCommitsOnly(pullRequest, commits)) return "author";
  return agreedToHead(pullRequest, comments) ? "agreed" : "must-agree";
}

function ownCommitsOnly(pullRequest: PullRequest, commits: readonly PullRequestCommit[] | undefined): boolean {
  if (commits === undefined || commits.length === 0) return false;
  if (pullRequest.commitCount === undefined || commits.length !== pullRequest.commitCount) return false;
  if (!sameSha(commits.at(-1)!.sha, pullRequest.headSha)) return false;
  return commits.every(
    (commit) => commit.verified && sameLogin(commit.author, pullRequest.author) && (sameLogin(commit.committer, pullRequest.author) || sameLogin(commit.committer, WEB_EDITOR)),
  );
}

/** `/agree <40 hex>` and nothing else, in any letter case. */
const AGREE = /^\/agree[ \t]+([0-9a-f]{40})$/i;

function agreedToHead(pullRequest: PullRequest, comments: readonly IssueComment[] | undefined): boolean {
  return (comments ?? []).some((comment) => {
    if (!sameLogin(comment.user, pullRequest.author)) return false;
    if (comment.createdAt === undefined || comment.createdAt !== comment.updatedAt) return false;
    const sha = AGREE.exec(comment.body.trim())?.[1];
    return sha !== undefined && sameSha(sha, pullRequest.headSha);
  });
}

function sameLogin(a: string, b: string): boolean {
  return a !== "" && a.toLowerCase() === b.toLowerCase();
}

function sameSha(a: string, b: string): boolean {
  return a !== "" && a.toLowerCase() === b.toLowerCase();
}
