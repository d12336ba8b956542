import { cellText, loginCode } from "../../output/markdown-escape.js";
import { approvalWords, type ApprovalWords } from "../../messages/approvals.js";
import type { Language } from "../../model/types.js";
import { describeOtherFiles, describeRepositoryRules, describeStanding, describeTotals } from "./describe.js";
import type { AgreementApproval, ApprovalResult, PartyConsent, PartyRole } from "./types.js";

/** The approvals in Markdown, split where the sticky comment may cut rows when it grows too long. */
export interface ApprovalsMarkdown {
  /** Heading and totals. */
  head: string;
  /** The table's header lines, shown above the rows. */
  tableHead: string;
  /** One table row per changed agreement. */
  rows: string[];
  /** The sentence about changed files that are not agreements, if any. */
  foot?: string;
}

/**
 * The approval state as a table for the pull request's sticky comment. Logins are written as inline code
 * (`` `@maria-exempel` ``), never as mentions: the comment is edited on every push and review, and each edit
 * that mentions someone notifies them again. The parties are asked through review requests instead
 * (`agreements codeowners`); this table only shows where each one stands.
 */
export function approvalsMarkdownParts(result: ApprovalResult, language?: Language): ApprovalsMarkdown {
  const words = approvalWords(language);
  const icon = result.satisfied
    ? "✅"
    : result.refusals.length > 0 || result.agreements.some((agreement) => agreement.blocked || agreement.parties.some((party) => party.state === "changes-requested"))
      ? "❌"
      : "⏳";
  const rule = words.rule(`\`${result.headSha.slice(0, 7)}\``);
  const mustAgree = result.agreements.some((agreement) => agreement.parties.some((party) => party.state === "must-agree"));
  // The SHA only (hex): the author copies this line into a comment to consent to exactly this commit.
  const agree = mustAgree && /^[0-9a-f]{40}$/i.test(result.headSha) ? ["", words.authorConsents(`\`/agree ${result.headSha}\``)] : [];
  const refusals = result.refusals.length;
  const rules = describeRepositoryRules(result, loginCode, cellText, words).map((line, index) => (index < refusals ? `⛔ ${line}` : line));
  const head = [
    words.heading,
    "",
    `${icon} ${describeTotals(result, words)}.`,
    ...(result.agreements.length > 0 ? ["", rule] : []),
    ...agree,
    ...(rules.length > 0 ? ["", ...rules] : []),
  ].join("\n");
  const others = describeOtherFiles(result, words);
  return {
    head,
    tableHead: words.tableHead,
    rows: result.agreements.map((agreement) => row(agreement, words)),
    ...(others ? { foot: others } : {}),
  };
}

/** The parts joined: what `agreements approvals --format markdown` prints and the job summary shows. */
export function renderApprovalsMarkdown(result: ApprovalResult, language?: Language): string {
  const parts = approvalsMarkdownParts(result, language);
  const table = parts.rows.length > 0 ? [parts.tableHead, ...parts.rows].join("\n") : undefined;
  return `${[parts.head, ...(table ? [table] : []), ...(parts.foot ? [parts.foot] : [])].join("\n\n")}\n`;
}

function row(agreement: AgreementApproval, words: ApprovalWords): string {
  const name = agreement.id !== null ? `**${cellText(agreement.id)}**<br>` : "";
  const renamed = agreement.previousPath !== undefined ? words.from(cellText(agreement.previousPath)) : "";
  const where = `${name}${cellText(agreement.path)} (${words.changeLabels[agreement.change]}${renamed})`;
  return `| ${where} | ${partyCell(agreement, "official", words)} | ${partyCell(agreement, "superior", words)} | ${statusCell(agreement, words)} |`;
}

function statusCell(agreement: AgreementApproval, words: ApprovalWords): string {
  if (agreement.satisfied) return words.ready;
  // A blocked agreement's problem quotes the file: escaped whole. Otherwise the words are ours and the logins code.
  if (agreement.blocked) return `⛔ ${cellText(describeStanding(agreement, undefined, words))}`;
  return `⏳ ${describeStanding(agreement, loginCode, words)}`;
}

/** The party in this role, then (after a pull request that replaced them) the previous one, who must consent too. */
function partyCell(agreement: AgreementApproval, role: PartyRole, words: ApprovalWords): string {
  const parties: PartyConsent[] = agreement.parties.filter((candidate) => candidate.role === role);
  if (parties.length === 0) return "—";
  return parties.map((party) => `${party.previous ? words.previousPrefix : ""}${loginCode(party.login)}<br>${words.stateLabels[party.state]}`).join("<br>");
}
