import { approvalWords, type ApprovalWords } from "../../messages/approvals.js";
import { render } from "../../messages/catalogue.js";
import type { ReadProblem } from "./read-agreement.js";
import type { AgreementApproval, ApprovalResult, Blocked, ConsentState, PartyConsent, Refusal } from "./types.js";

/** How the Markdown and the text show a login; Markdown passes its own, which must not notify anyone. */
export type ShowLogin = (login: string) => string;

/** "@login": fine in a terminal or a commit status, which notify nobody. */
export const plainLogin: ShowLogin = (login) => `@${login}`;

/** The words every description defaults to: English, the library's own language; commands pass the reader's. */
const EN = approvalWords("en");

/** What each state means, completing "<login> …" (English). */
export const STATE_WORDS: Record<ConsentState, string> = EN.states;

/** The agreement's id, or its path when the id cannot be read. */
export function agreementName(agreement: AgreementApproval): string {
  return agreement.id ?? agreement.path;
}

/**
 * One sentence on what an agreement waits for, in plain words:
 * "vm-statssekreterare waits for @anders-exempel (superior)".
 */
export function describeAgreement(agreement: AgreementApproval, show: ShowLogin = plainLogin, words: ApprovalWords = EN): string {
  const clause = describeStanding(agreement, show, words);
  // A clause about the agreement itself reads on from its name; one that starts with a person follows a colon.
  const aboutAgreement = agreement.blocked !== undefined || agreement.satisfied || !agreement.parties.some((party) => party.state === "changes-requested");
  return words.agreementSentence(agreementName(agreement), clause, aboutAgreement);
}

/** The same sentence without the agreement's name, for a table row that already shows it. */
export function describeStanding(agreement: AgreementApproval, show: ShowLogin = plainLogin, words: ApprovalWords = EN): string {
  if (agreement.blocked) {
    const problem = blockedProblem(agreement.blocked, words);
    return agreement.blocked.reason === "unreadable-head" ? words.blockedUnreadable(problem.line, problem.message) : words.blocked(problem.message);
  }
  const changedParties = agreement.parties.some((party) => party.previous);
  if (agreement.satisfied) return words.satisfied(changedParties);
  const refused = agreement.parties.filter((party) => party.state === "changes-requested");
  const awaited = agreement.parties.filter((party) => party.state === "waiting" || party.state === "stale" || party.state === "must-agree");
  const clauses: string[] = [];
  if (refused.length > 0) clauses.push(words.askedForChanges(refused.map((party) => `${show(party.login)} (${roleWords(party, words)})`)));
  if (awaited.length > 0) {
    clauses.push(words.waitsFor(awaited.map((party) => `${show(party.login)} (${roleWords(party, words)}${party.state === "stale" ? words.staleNote : party.state === "must-agree" ? words.mustAgreeNote : ""})`)));
  }
  if ([...refused, ...awaited].some((party) => party.previous)) clauses.push(words.partiesChanged);
  return clauses.join("; ");
}

/** Why someone the agreement no longer names is asked: a pull request must not choose its own approvers. */
export const PARTIES_CHANGED = EN.partiesChanged;

/** "official", or "previous official" for a party the pull request replaced. */
export function roleWords(party: PartyConsent, words: ApprovalWords = EN): string {
  return words.role(party.role, party.previous === true);
}

/** The agreements that do not yet have both parties' consent. */
export function pending(result: ApprovalResult): AgreementApproval[] {
  return result.agreements.filter((agreement) => !agreement.satisfied);
}

/** "1 of 3 changed agreements has the consent of both parties", or why nothing is needed. */
export function describeTotals(result: ApprovalResult, words: ApprovalWords = EN): string {
  const total = result.agreements.length;
  if (total === 0) return words.noneChanged;
  const done = total - pending(result).length;
  if (done === total) return words.allSatisfied(total);
  return words.someSatisfied(done, total);
}

/** The sentence about files that are not agreements, or undefined when there are none. */
export function describeOtherFiles(result: ApprovalResult, words: ApprovalWords = EN): string | undefined {
  const count = result.otherFiles.length;
  if (count === 0) return undefined;
  return words.otherFiles(count);
}

/**
 * Sentences on what the pull request as a whole waits for, besides its agreements: why it is refused
 * (a file list GitHub cut short, rule files without maintainers) and the maintainers' approval of rule files.
 */
export function describeRepositoryRules(result: ApprovalResult, show: ShowLogin = plainLogin, showText: (text: string) => string = (text) => text, words: ApprovalWords = EN): string[] {
  const lines = result.refusals.map((refusal) => showText(refusalSentence(refusal, words)));
  const rules = result.maintainers;
  if (rules !== undefined && rules.maintainers.length > 0) {
    // File names come from the pull request: shown through the medium's own escaping.
    const files = `${rules.files.slice(0, 3).map(showText).join(", ")}${rules.files.length > 3 ? words.moreFiles(rules.files.length - 3) : ""}`;
    lines.push(rules.satisfied ? words.rulesApproved(files) : words.rulesNeeded(files, rules.maintainers.map((maintainer) => show(maintainer.login))));
  }
  return lines;
}

/** A file's own problem in the catalogue's language: the lint's message when there is one. */
function fileProblem(problem: ReadProblem, words: ApprovalWords): { message: string; hint: string } {
  const { message, hint } = problem.text === undefined ? words.frontMatterUnreadable : render(problem.text, words.language);
  return { message, hint };
}

/** Why an agreement is blocked, in the catalogue's words, with where in the file (1:1 when about the whole file). */
export function blockedProblem(blocked: Blocked, words: ApprovalWords = EN): { message: string; hint: string; line: number; column: number } {
  const why = blocked.why;
  const whole = { line: 1, column: 1 };
  switch (why.key) {
    case "file":
      return { ...fileProblem(why.problem, words), line: why.problem.line, column: why.problem.column };
    case "head-missing":
      return { ...words.headMissing, ...whole };
    case "base-missing":
      return { ...words.baseMissing, ...whole };
    case "base-unreadable":
      return { ...words.baseUnreadable(why.problem === undefined ? undefined : { line: why.problem.line, problem: fileProblem(why.problem, words).message }), ...whole };
    case "missing-login":
      return { ...words.missingLogin, ...whole };
    case "same-person":
      return { ...words.samePerson(why.login), ...whole };
  }
}

/** Why the pull request as a whole cannot be approved, as a sentence in the catalogue's words. */
export function refusalSentence(refusal: Refusal, words: ApprovalWords = EN): string {
  return refusal.key === "too-many-files" ? words.tooManyFiles(refusal.listed, refusal.total) : words.noMaintainers(refusal.files);
}
