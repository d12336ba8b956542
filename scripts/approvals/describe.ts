import type { AgreementApproval, ApprovalResult, ConsentState, PartyConsent } from "./types.js";

/** How the Markdown and the text show a login; Markdown passes its own, which must not notify anyone. */
export type ShowLogin = (login: string) => string;

/** "@login": fine in a terminal or a commit status, which notify nobody. */
export const plainLogin: ShowLogin = (login) => `@${login}`;

/** What each state means, completing "<login> …". */
export const STATE_WORDS: Record<ConsentState, string> = {
  approved: "approved the latest commit",
  author: "opened the pull request and made every commit in it, which counts as consent",
  agreed: "opened the pull request and agreed to the latest commit with /agree",
  "must-agree": "opened the pull request, but someone else pushed to it: must agree to the latest commit with a comment /agree <commit>",
  waiting: "has not approved yet",
  stale: "approved an earlier commit and must approve again",
  "changes-requested": "asked for changes",
};

/** The agreement's id, or its path when the id cannot be read. */
export function agreementName(agreement: AgreementApproval): string {
  return agreement.id ?? agreement.path;
}

/**
 * One sentence on what an agreement waits for, in plain words:
 * "vm-statssekreterare waits for @anders-exempel (superior)".
 */
export function describeAgreement(agreement: AgreementApproval, show: ShowLogin = plainLogin): string {
  const clause = describeStanding(agreement, show);
  return /^(waits|is blocked|has the consent)/.test(clause) ? `${agreementName(agreement)} ${clause}` : `${agreementName(agreement)}: ${clause}`;
}

/** The same sentence without the agreement's name, for a table row that already shows it. */
export function describeStanding(agreement: AgreementApproval, show: ShowLogin = plainLogin): string {
  if (agreement.blocked) {
    const { problem } = agreement.blocked;
    return agreement.blocked.reason === "unreadable-head" ? `is blocked: fix the file first (line ${problem.line}: ${problem.message})` : `is blocked: ${problem.message}`;
  }
  const changedParties = agreement.parties.some((party) => party.previous);
  if (agreement.satisfied) return changedParties ? "has the consent of both parties and of the previous parties" : "has the consent of both parties";
  const refused = agreement.parties.filter((party) => party.state === "changes-requested");
  const awaited = agreement.parties.filter((party) => party.state === "waiting" || party.state === "stale" || party.state === "must-agree");
  const clauses: string[] = [];
  if (refused.length > 0) clauses.push(`${list(refused.map((party) => `${show(party.login)} (${roleWords(party)})`))} asked for changes`);
  if (awaited.length > 0) {
    clauses.push(`waits for ${list(awaited.map((party) => `${show(party.login)} (${roleWords(party)}${party.state === "stale" ? "; approved an earlier commit" : party.state === "must-agree" ? "; someone else pushed: comment /agree and the latest commit's SHA" : ""})`))}`);
  }
  if ([...refused, ...awaited].some((party) => party.previous)) clauses.push(PARTIES_CHANGED);
  return clauses.join("; ");
}

/** Why someone the agreement no longer names is asked: a pull request must not choose its own approvers. */
export const PARTIES_CHANGED = "the parties named in the agreement were changed: the previous parties must also approve";

/** "official", or "previous official" for a party the pull request replaced. */
export function roleWords(party: PartyConsent): string {
  return party.previous ? `previous ${party.role}` : party.role;
}

/** "a", "a and b", "a, b and c" (previous parties come after the two named now). */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The agreements that do not yet have both parties' consent. */
export function pending(result: ApprovalResult): AgreementApproval[] {
  return result.agreements.filter((agreement) => !agreement.satisfied);
}

/** "1 of 3 changed agreements has the consent of both parties", or why nothing is needed. */
export function describeTotals(result: ApprovalResult): string {
  const total = result.agreements.length;
  if (total === 0) return "No agreement changed, so no party's consent is needed";
  const done = total - pending(result).length;
  if (done === total) return total === 1 ? "The changed agreement has the consent of both parties" : `All ${total} changed agreements have the consent of both parties`;
  return `${done} of ${total} changed agreement${total === 1 ? "" : "s"} ${done === 1 ? "has" : "have"} the consent of both parties`;
}

/** The sentence about files that are not agreements, or undefined when there are none. */
export function describeOtherFiles(result: ApprovalResult): string | undefined {
  const count = result.otherFiles.length;
  if (count === 0) return undefined;
  return `${count} other changed file${count === 1 ? " is" : "s are"} not ${count === 1 ? "an agreement" : "agreements"}: no party's consent is needed for ${count === 1 ? "it" : "them"}.`;
}

/**
 * Sentences on what the pull request as a whole waits for, besides its agreements: why it is refused
 * (a file list GitHub cut short, rule files without maintainers) and the maintainers' approval of rule files.
 */
export function describeRepositoryRules(result: ApprovalResult, show: ShowLogin = plainLogin, showText: (text: string) => string = (text) => text): string[] {
  const lines = result.refusals.map(showText);
  const rules = result.maintainers;
  if (rules !== undefined && rules.maintainers.length > 0) {
    // File names come from the pull request: shown through the medium's own escaping.
    const files = `${rules.files.slice(0, 3).map(showText).join(", ")}${rules.files.length > 3 ? `, and ${rules.files.length - 3} more` : ""}`;
    lines.push(
      rules.satisfied
        ? `A maintainer approved the change to the files that set the rules (${files}).`
        : `This pull request changes the files that set the rules (${files}): one of the maintainers (${list(rules.maintainers.map((maintainer) => show(maintainer.login)))}) other than its author must approve the latest commit.`,
    );
  }
  return lines;
}
