import { isAgreementPath } from "../../layout/paths.js";
import type { IssueComment, PullRequest, PullRequestCommit, PullRequestFile, Review } from "../../github/types.js";
import { authorConsent, type AuthorConsent } from "./author-consent.js";
import type { AgreementAtRef } from "./read-agreement.js";
import { isRulePath } from "./repository-rules.js";
import type { AgreementApproval, AgreementChangeKind, ApprovalResult, BlockedWhy, ConsentState, MaintainerApproval, PartyConsent, PartyRole, Refusal } from "./types.js";

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
  /** The pull request's commits (all GitHub lists): whether the author made them all. Absent: unknown. */
  commits?: readonly PullRequestCommit[];
  /** The pull request's comments: the author's `/agree <sha>`. */
  comments?: readonly IssueComment[];
  /** The maintainers named in the base branch's config, who approve changes to the rule files. */
  maintainers?: readonly string[];
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
 * of both parties named in it, that is an approval of the current head commit or, for the pull request's
 * author, their own commits or `/agree <head sha>`. A party's latest review decides; reviews by anyone
 * else do not count.
 *
 * The parties are read from the head, which the pull request itself writes: it could rename them to
 * accounts that then approve. So when the base version is given and names someone the head no longer
 * names, that previous party must consent as well (marked `previous`). A base version that fails the
 * schema still gives its parties' logins when its YAML names them; when even that fails, the change is
 * blocked (fail closed): otherwise a broken base would let a pull request choose its own approvers.
 *
 * The author's consent covers only their own commits (see `authorConsent`); one login as both parties,
 * or a party without a login, blocks. Rule files changed need a maintainer (see `maintainerApproval`),
 * and a file list GitHub cut short refuses the whole pull request.
 */
export function evaluateApprovals(input: ApprovalInput): ApprovalResult {
  const { pullRequest } = input;
  const { agreements: changed, otherFiles } = classifyFiles(input.files);
  const standings = latestStandings(input.reviews);
  const context: Context = { pullRequest, standings, author: authorConsent(pullRequest, input.commits, input.comments) };
  const agreements = changed.map((agreement) => {
    const basePath = agreement.previousPath ?? agreement.path;
    if (agreement.partiesFrom === "base") return approvalOf(agreement, input.agreementsAtBase?.get(basePath), context);
    const before = agreement.change === "added" ? undefined : input.agreementsAtBase?.get(basePath);
    return approvalOf(agreement, input.agreementsAtHead.get(agreement.path), context, before);
  });
  const refusals: Refusal[] = [];
  const listed = input.files.length;
  if (pullRequest.changedFiles !== undefined && listed < pullRequest.changedFiles) refusals.push({ key: "too-many-files", listed, total: pullRequest.changedFiles });
  const maintainers = maintainerApproval(input, context);
  if (maintainers !== undefined && maintainers.maintainers.length === 0) {
    refusals.push({ key: "no-maintainers", files: `${maintainers.files.slice(0, 3).join(", ")}${maintainers.files.length > 3 ? ", …" : ""}` });
  }
  return {
    pullRequest: pullRequest.number,
    headSha: pullRequest.headSha,
    author: pullRequest.author,
    satisfied: agreements.every((agreement) => agreement.satisfied) && refusals.length === 0 && (maintainers?.satisfied ?? true),
    agreements,
    otherFiles,
    refusals,
    ...(maintainers !== undefined ? { maintainers } : {}),
  };
}

interface Context {
  pullRequest: PullRequest;
  standings: Map<string, Standing>;
  author: AuthorConsent;
}

/**
 * A change to the rule files needs one maintainer's approval of the head commit, from someone other than
 * the author (GitHub does not let authors approve their own pull request, and a maintainer who opens one
 * must not judge it alone). Undefined when no rule file changed.
 */
function maintainerApproval(input: ApprovalInput, context: Context): MaintainerApproval | undefined {
  const files = [...new Set(input.files.flatMap((file) => [file.path, ...(file.previousPath !== undefined ? [file.previousPath] : [])]).filter(isRulePath))].sort(compare);
  if (files.length === 0) return undefined;
  const seen = new Set<string>();
  const maintainers: { login: string; state: ConsentState }[] = [];
  for (const login of input.maintainers ?? []) {
    if (login.trim() === "" || seen.has(login.toLowerCase())) continue;
    seen.add(login.toLowerCase());
    const standing = sameLogin(login, context.pullRequest.author) ? undefined : context.standings.get(login.toLowerCase());
    const state: ConsentState =
      standing === undefined ? "waiting" : standing.state === "CHANGES_REQUESTED" ? "changes-requested" : sameCommit(standing.commitId, context.pullRequest.headSha) ? "approved" : "stale";
    maintainers.push({ login, state });
  }
  const satisfied = maintainers.some((maintainer) => maintainer.state === "approved") && !maintainers.some((maintainer) => maintainer.state === "changes-requested");
  return { files, maintainers, satisfied };
}

/** The states in which a party consents to the head commit. */
function consents(state: ConsentState): boolean {
  return state === "approved" || state === "author" || state === "agreed";
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

function approvalOf(agreement: ChangedAgreement, version: AgreementAtRef | undefined, context: Context, before?: AgreementAtRef): AgreementApproval {
  const base = { path: agreement.path, ...(agreement.previousPath !== undefined ? { previousPath: agreement.previousPath } : {}), change: agreement.change };
  const reason = agreement.partiesFrom === "head" ? "unreadable-head" : "unreadable-base";
  if (version === undefined) {
    const why: BlockedWhy = agreement.partiesFrom === "head" ? { key: "head-missing" } : { key: "base-missing" };
    return { ...base, id: null, parties: [], blocked: { reason, why }, satisfied: false };
  }
  if (!version.readable) return { ...base, id: version.id, parties: [], blocked: { reason, why: { key: "file", problem: version.problem } }, satisfied: false };

  const roles = ["official", "superior"] as const;
  if (roles.some((role) => version.parties[role].github.trim() === "")) {
    return { ...base, id: version.id, parties: [], blocked: { reason: "missing-login", why: { key: "missing-login" } }, satisfied: false };
  }
  if (sameLogin(version.parties.official.github, version.parties.superior.github)) {
    const why: BlockedWhy = { key: "same-person", login: version.parties.official.github };
    return { ...base, id: version.id, parties: [], blocked: { reason: "same-person", why }, satisfied: false };
  }
  const parties = roles.map((role) => consentOf(role, version.parties[role], context));
  if (before !== undefined) {
    const previousParties = partiesBefore(before);
    if (previousParties === undefined) {
      const why: BlockedWhy = before.readable ? { key: "base-unreadable" } : { key: "base-unreadable", problem: before.problem };
      return { ...base, id: version.id, parties, blocked: { reason: "unreadable-base", why }, satisfied: false };
    }
    const named = parties.map((party) => party.login);
    for (const role of roles) {
      const previous = previousParties[role];
      // Someone still named (in either role) consents once for both; only those the head dropped are added.
      if (!named.some((login) => sameLogin(login, previous.github))) {
        parties.push(consentOf(role, previous, context, true));
        named.push(previous.github);
      }
    }
  }
  return { ...base, id: version.id, parties, satisfied: parties.every((party) => consents(party.state)) };
}

/**
 * The parties in force before the change: from a readable base version, or, when it fails the schema, the
 * logins its YAML still names (both are needed). Undefined when they cannot be told: then nobody may
 * replace them, and the change is blocked until the base version is fixed.
 */
function partiesBefore(before: AgreementAtRef): { official: { name: string; github: string }; superior: { name: string; github: string } } | undefined {
  if (before.readable) return before.parties;
  const official = before.partyLogins?.official;
  const superior = before.partyLogins?.superior;
  if (official === undefined || superior === undefined) return undefined;
  return { official: { name: official, github: official }, superior: { name: superior, github: superior } };
}

function consentOf(role: PartyRole, party: { name: string; github: string }, context: Context, previous = false): PartyConsent {
  const { pullRequest, standings } = context;
  const login = party.github;
  const consent = (state: ConsentState, reviewCommit?: string): PartyConsent => ({
    role,
    login,
    name: party.name,
    state,
    ...(reviewCommit !== undefined ? { reviewCommit } : {}),
    ...(previous ? { previous: true as const } : {}),
  });
  if (sameLogin(login, pullRequest.author)) return consent(context.author);
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
