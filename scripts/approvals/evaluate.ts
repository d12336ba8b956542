import { isAgreementPath } from "../changes/agreement-paths.js";
import type { PullRequest, PullRequestFile, Review } from "../github/types.js";
import type { AgreementAtRef } from "./read-agreement.js";
import type { AgreementApproval, AgreementChangeKind, ApprovalResult, ConsentState, PartyConsent, PartyRole } from "./types.js";

export interface ApprovalInput {
  pullRequest: PullRequest;
  /** Every file the pull request changes (all pages). */
  files: readonly PullRequestFile[];
  /** Every review of the pull request (all pages), in any order. */
  reviews: readonly Review[];
  /** Each changed agreement's version at the head, by its head path (see `readAgreementAt`). */
  agreementsAtHead: ReadonlyMap<string, AgreementAtRef>;
  /**
   * Each changed agreement's version on the base, by the path it had there. A removed agreement is
   * consented to by the parties of this version; for a changed or renamed one, whoever it named and the
   * head no longer names must consent too (see {@link evaluateApprovals}).
   */
  agreementsAtBase?: ReadonlyMap<string, AgreementAtRef>;
}

/** A changed agreement and which version of it names the parties who must consent. */
interface ChangedAgreement {
  path: string;
  previousPath?: string;
  change: AgreementChangeKind;
  /** Removals are consented to by the parties of the version being removed. */
  partiesFrom: "head" | "base";
}

/** The standing a party's reviews leave them with; comments do not change it, a dismissal clears it. */
type Standing = { state: "APPROVED" | "CHANGES_REQUESTED"; commitId: string } | undefined;

/**
 * The approval rule no GitHub setting offers: every agreement the pull request changes needs the consent
 * of both parties named in it, that is an approval of the current head commit or being the pull
 * request's author. A party's latest review decides; reviews by anyone else do not count.
 *
 * The parties are read from the head, which the pull request itself writes: it could rename them to
 * accounts that then approve. So when the base version is given and names someone the head no longer
 * names, that previous party must consent as well (marked `previous`). A base version that cannot be read
 * names nobody who could be trusted, so it adds no one: the head's parties decide, as for a new agreement.
 */
export function evaluateApprovals(input: ApprovalInput): ApprovalResult {
  const { pullRequest } = input;
  const { agreements: changed, otherFiles } = classifyFiles(input.files);
  const standings = latestStandings(input.reviews);
  const agreements = changed.map((agreement) => {
    const basePath = agreement.previousPath ?? agreement.path;
    if (agreement.partiesFrom === "base") return approvalOf(agreement, input.agreementsAtBase?.get(basePath), pullRequest, standings);
    const before = agreement.change === "added" ? undefined : input.agreementsAtBase?.get(basePath);
    return approvalOf(agreement, input.agreementsAtHead.get(agreement.path), pullRequest, standings, before);
  });
  return {
    pullRequest: pullRequest.number,
    headSha: pullRequest.headSha,
    author: pullRequest.author,
    satisfied: agreements.every((agreement) => agreement.satisfied),
    agreements,
    otherFiles,
  };
}

/** Splits the changed files into agreements (with what happened to them) and everything else. */
function classifyFiles(files: readonly PullRequestFile[]): { agreements: ChangedAgreement[]; otherFiles: string[] } {
  const agreements = new Map<string, ChangedAgreement>();
  const otherFiles = new Set<string>();
  for (const file of files) {
    if (file.status === "unchanged") continue;
    const isAgreement = isAgreementPath(file.path);
    if (file.status === "removed") {
      if (isAgreement) agreements.set(file.path, { path: file.path, change: "removed", partiesFrom: "base" });
      else otherFiles.add(file.path);
      continue;
    }
    if (file.status === "renamed" && !isAgreement && file.previousPath !== undefined && isAgreementPath(file.previousPath)) {
      // Moved out of agreements/: the agreement is gone, as if removed.
      agreements.set(file.previousPath, { path: file.previousPath, change: "removed", partiesFrom: "base" });
      otherFiles.add(file.path);
      continue;
    }
    if (!isAgreement) {
      otherFiles.add(file.path);
      continue;
    }
    const change: AgreementChangeKind = file.status === "renamed" ? "renamed" : file.status === "added" || file.status === "copied" ? "added" : "modified";
    agreements.set(file.path, {
      path: file.path,
      change,
      partiesFrom: "head",
      ...(change === "renamed" && file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    });
  }
  return { agreements: [...agreements.values()].sort((a, b) => compare(a.path, b.path)), otherFiles: [...otherFiles].sort(compare) };
}

/** Each reviewer's standing after all their reviews, oldest first; keyed by lower-case login (GitHub logins ignore case). */
function latestStandings(reviews: readonly Review[]): Map<string, Standing> {
  const ordered = reviews
    .filter((review) => review.state !== "PENDING")
    .map((review, index) => ({ review, index, time: Date.parse(review.submittedAt) }))
    .sort((a, b) => timeOrder(a.time, b.time) || a.review.id - b.review.id || a.index - b.index);
  const standings = new Map<string, Standing>();
  for (const { review } of ordered) {
    const login = review.user.toLowerCase();
    if (review.state === "APPROVED" || review.state === "CHANGES_REQUESTED") standings.set(login, { state: review.state, commitId: review.commitId });
    else if (review.state === "DISMISSED") standings.delete(login);
  }
  return standings;
}

/** Reviews without a readable time sort first, so they never outrank a dated one. */
function timeOrder(a: number, b: number): number {
  const left = Number.isNaN(a) ? -Infinity : a;
  const right = Number.isNaN(b) ? -Infinity : b;
  return left === right ? 0 : left < right ? -1 : 1;
}

function approvalOf(
  agreement: ChangedAgreement,
  version: AgreementAtRef | undefined,
  pullRequest: PullRequest,
  standings: Map<string, Standing>,
  before?: AgreementAtRef,
): AgreementApproval {
  const base = { path: agreement.path, ...(agreement.previousPath !== undefined ? { previousPath: agreement.previousPath } : {}), change: agreement.change };
  const reason = agreement.partiesFrom === "head" ? "unreadable-head" : "unreadable-base";
  if (version === undefined) {
    const problem =
      agreement.partiesFrom === "head"
        ? { message: "The pull request's version of this agreement could not be read.", hint: "Run the check again; if it keeps failing, report it.", line: 1, column: 1 }
        : {
            message: "The agreement's version before this pull request could not be read, so who must consent to removing it is unknown.",
            hint: "Run the check again; if it keeps failing, report it.",
            line: 1,
            column: 1,
          };
    return { ...base, id: null, parties: [], blocked: { reason, problem }, satisfied: false };
  }
  if (!version.readable) return { ...base, id: version.id, parties: [], blocked: { reason, problem: version.problem }, satisfied: false };

  const roles = ["official", "superior"] as const;
  const parties = roles.map((role) => consentOf(role, version.parties[role], pullRequest, standings));
  if (before?.readable) {
    const named = parties.map((party) => party.login);
    for (const role of roles) {
      const previous = before.parties[role];
      // Someone still named (in either role) consents once for both; only those the head dropped are added.
      if (!named.some((login) => sameLogin(login, previous.github))) {
        parties.push(consentOf(role, previous, pullRequest, standings, true));
        named.push(previous.github);
      }
    }
  }
  return { ...base, id: version.id, parties, satisfied: parties.every((party) => party.state === "approved" || party.state === "author") };
}

function consentOf(role: PartyRole, party: { name: string; github: string }, pullRequest: PullRequest, standings: Map<string, Standing>, previous = false): PartyConsent {
  const login = party.github;
  const consent = (state: ConsentState, reviewCommit?: string): PartyConsent => ({
    role,
    login,
    name: party.name,
    state,
    ...(reviewCommit !== undefined ? { reviewCommit } : {}),
    ...(previous ? { previous: true as const } : {}),
  });
  if (sameLogin(login, pullRequest.author)) return consent("author");
  const standing = standings.get(login.toLowerCase());
  if (standing === undefined) return consent("waiting");
  if (standing.state === "CHANGES_REQUESTED") return consent("changes-requested", standing.commitId);
  return consent(sameCommit(standing.commitId, pullRequest.headSha) ? "approved" : "stale", standing.commitId);
}

/** GitHub logins are case-insensitive: @Maria-Exempel and @maria-exempel are one account. */
export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function sameCommit(a: string, b: string): boolean {
  return a !== "" && a.toLowerCase() === b.toLowerCase();
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
