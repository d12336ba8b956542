/**
 * The outcome of the approval rule for one pull request: which changed agreement has the consent of
 * both its parties, and who is still awaited. Every renderer (text, JSON, Markdown, commit status)
 * prints only this.
 */
import type { ReadProblem } from "./read-agreement.js";

export type PartyRole = "official" | "superior";

/**
 * Where one party stands:
 * - `approved`: their latest review approves the pull request's current head commit;
 * - `author`: they opened the pull request and made every commit in it, which counts as their consent;
 * - `agreed`: they opened the pull request, someone else pushed to it, and they agreed to the latest
 *   commit with a comment `/agree <sha>`;
 * - `must-agree`: they opened the pull request, someone else pushed to it (or that cannot be told), and
 *   they have not agreed to the latest commit yet;
 * - `waiting`: no approval from them (never reviewed, only commented, or their review was dismissed);
 * - `stale`: their latest review approves an earlier commit: something was pushed after they approved;
 * - `changes-requested`: their latest review asks for changes, which blocks until they approve.
 */
export type ConsentState = "approved" | "author" | "agreed" | "must-agree" | "waiting" | "stale" | "changes-requested";

export interface PartyConsent {
  role: PartyRole;
  /** GitHub login as written in the agreement's front matter. */
  login: string;
  /** The party's name from the front matter, for people who do not know the login. */
  name: string;
  state: ConsentState;
  /** The commit the deciding review was given on (for approved, stale and changes-requested). */
  reviewCommit?: string;
  /**
   * Named in the base version but no longer in the head: the pull request changed the parties, so the
   * previous party must consent too (otherwise a pull request could name new parties who then approve it).
   */
  previous?: true;
}

/** What the pull request does to the agreement's file. */
export type AgreementChangeKind = "added" | "modified" | "renamed" | "removed";

/** Why an agreement cannot be approved as it stands: its parties cannot be read. */
export interface Blocked {
  /**
   * `unreadable-head`: the pull request's version is broken (fix the file first);
   * `unreadable-base`: the version on the base is broken or missing, so the parties in force are unknown;
   * `same-person`: one login is named as both parties;
   * `missing-login`: a party has no GitHub login, so nobody can consent for them.
   */
  reason: "unreadable-head" | "unreadable-base" | "same-person" | "missing-login";
  /** What to say, as data: the renderers put it in the reader's words (see `blockedProblem` in describe.ts). */
  why: BlockedWhy;
}

/**
 * `file`: the version's own first problem, as the lint reports it; `head-missing`, `base-missing`: no
 * version could be read at all; `base-unreadable`: the base version of a changed agreement, with its
 * problem when it was read; `missing-login`, `same-person`: as in {@link Blocked}.
 */
export type BlockedWhy =
  | { key: "file"; problem: ReadProblem }
  | { key: "head-missing" }
  | { key: "base-missing" }
  | { key: "base-unreadable"; problem?: ReadProblem }
  | { key: "missing-login" }
  | { key: "same-person"; login: string };

/** Why the pull request as a whole cannot be approved, as data (see `refusalSentence` in describe.ts). */
export type Refusal = { key: "too-many-files"; listed: number; total: number } | { key: "no-maintainers"; files: string };

export interface AgreementApproval {
  /** Repository path on the head (for a removed agreement: the path it had). */
  path: string;
  /** For a renamed agreement: the path it had on the base. */
  previousPath?: string;
  change: AgreementChangeKind;
  /** The agreement's id, or null when it cannot be read. */
  id: string | null;
  /** Official first, then superior, then any previous parties; empty when the parties cannot be read. */
  parties: PartyConsent[];
  blocked?: Blocked;
  /** Both parties consent and nothing blocks. */
  satisfied: boolean;
}

export interface ApprovalResult {
  pullRequest: number;
  headSha: string;
  author: string;
  /** Every changed agreement is satisfied (true when no agreement changed). */
  satisfied: boolean;
  /** Sorted by path. */
  agreements: AgreementApproval[];
  /** Changed files that are not agreements, sorted: no party's consent is needed for them. */
  otherFiles: string[];
  /**
   * Why the pull request as a whole cannot be approved (a file list GitHub cut short, rule files changed
   * with no maintainer named): each makes the result unsatisfied.
   */
  refusals: Refusal[];
  /** Present when the pull request changes the repository's rules (config, goals/, .github/, scripts/, packages). */
  maintainers?: MaintainerApproval;
}

/** A maintainer's approval of a change to the repository's rules. */
export interface MaintainerApproval {
  /** The changed rule files, sorted. */
  files: string[];
  /** The maintainers named in the base branch's config, with where each stands. */
  maintainers: { login: string; state: ConsentState }[];
  /** One maintainer other than the author approved the head commit. */
  satisfied: boolean;
}
