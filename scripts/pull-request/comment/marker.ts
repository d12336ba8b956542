import type { IssueComment } from "../../github/types.js";

/** The hidden first line by which the pull request's one summary comment is found again and edited. */
export const STICKY_MARKER = "<!-- agreements-as-code:pr-summary -->";

/** A marker must be one HTML comment on one line: it is hidden on GitHub and matched at the body's start. */
export function assertMarker(marker: string): void {
  if (!/^<!--[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes("--")) {
    throw new Error(`The sticky comment marker must be one HTML comment on one line, such as ${STICKY_MARKER}; got ${JSON.stringify(marker)}.`);
  }
}

export interface StickyCommentMatch {
  /** The comment to edit, or undefined when a new one must be created. */
  comment?: IssueComment;
  /** Other comments that are ours too (left by an earlier run that raced this one): report, do not edit. */
  duplicates: IssueComment[];
}

/**
 * Picks the comment to edit among a pull request's comments (all pages): ours are those whose body begins
 * with the marker, which the comment builder never lets appear anywhere else (a comment that merely quotes
 * the marker is not ours). With `author` (the login the workflow posts as, e.g. "github-actions[bot]"),
 * only that account's comments count: nobody else's comment can be edited with its token anyway. When
 * several match, the oldest (lowest id: GitHub's ids only grow) is kept and the rest are duplicates.
 */
export function findStickyComment(comments: readonly IssueComment[], marker: string, options: { author?: string } = {}): StickyCommentMatch {
  assertMarker(marker);
  const author = options.author?.toLowerCase();
  const ours = comments
    .filter((comment) => comment.body.replace(/^\uFEFF/, "").startsWith(marker))
    .filter((comment) => author === undefined || comment.user.toLowerCase() === author)
    .sort((a, b) => a.id - b.id);
  const [comment, ...duplicates] = ours;
  return comment ? { comment, duplicates } : { duplicates };
}
