import { cellText, loginCode } from "../comment/escape.js";
import { describeOtherFiles, describeRepositoryRules, describeStanding, describeTotals } from "./describe.js";
import type { AgreementApproval, ApprovalResult, ConsentState, PartyConsent, PartyRole } from "./types.js";

const STATE_LABELS: Record<ConsentState, string> = {
  approved: "✅ approved",
  author: "✅ opened the pull request",
  agreed: "✅ agreed with /agree",
  "must-agree": "⏳ someone else pushed: must comment /agree",
  waiting: "⏳ not approved yet",
  stale: "🔄 approved an earlier commit",
  "changes-requested": "❌ asked for changes",
};

const CHANGE_LABELS: Record<AgreementApproval["change"], string> = { added: "new", modified: "changed", renamed: "renamed", removed: "removed" };

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
export function approvalsMarkdownParts(result: ApprovalResult): ApprovalsMarkdown {
  const icon = result.satisfied
    ? "✅"
    : result.refusals.length > 0 || result.agreements.some((agreement) => agreement.blocked || agreement.parties.some((party) => party.state === "changes-requested"))
      ? "❌"
      : "⏳";
  const rule =
    "Each changed agreement needs the consent of both parties named in it: an approving review of the latest commit " +
    `(\`${result.headSha.slice(0, 7)}\`); the author's consent is having opened the pull request and made every commit in it, or, once someone else pushed, a comment \`/agree\` with the latest commit's SHA. An approval given before a later push must be given again.`;
  const mustAgree = result.agreements.some((agreement) => agreement.parties.some((party) => party.state === "must-agree"));
  // The SHA only (hex): the author copies this line into a comment to consent to exactly this commit.
  const agree = mustAgree && /^[0-9a-f]{40}$/i.test(result.headSha) ? ["", `The author consents to the latest commit by commenting exactly: \`/agree ${result.headSha}\``] : [];
  const refusals = result.refusals.length;
  const rules = describeRepositoryRules(result, loginCode, cellText).map((line, index) => (index < refusals ? `⛔ ${line}` : line));
  const head = [
    "## Approval by both parties",
    "",
    `${icon} ${describeTotals(result)}.`,
    ...(result.agreements.length > 0 ? ["", rule] : []),
    ...agree,
    ...(rules.length > 0 ? ["", ...rules] : []),
  ].join("\n");
  const others = describeOtherFiles(result);
  return {
    head,
    tableHead: "| Agreement | Official | Superior | Status |\n| --- | --- | --- | --- |",
    rows: result.agreements.map(row),
    ...(others ? { foot: others } : {}),
  };
}

/** The parts joined: what `agreements approvals --format markdown` prints and the job summary shows. */
export function renderApprovalsMarkdown(result: ApprovalResult): string {
  const parts = approvalsMarkdownParts(result);
  const table = parts.rows.length > 0 ? [parts.tableHead, ...parts.rows].join("\n") : undefined;
  return `${[parts.head, ...(table ? [table] : []), ...(parts.foot ? [parts.foot] : [])].join("\n\n")}\n`;
}

function row(agreement: AgreementApproval): string {
  const name = agreement.id !== null ? `**${cellText(agreement.id)}**<br>` : "";
  const renamed = agreement.previousPath !== undefined ? ` from ${cellText(agreement.previousPath)}` : "";
  const where = `${name}${cellText(agreement.path)} (${CHANGE_LABELS[agreement.change]}${renamed})`;
  return `| ${where} | ${partyCell(agreement, "official")} | ${partyCell(agreement, "superior")} | ${statusCell(agreement)} |`;
}

function statusCell(agreement: AgreementApproval): string {
  if (agreement.satisfied) return "✅ ready";
  // A blocked agreement's problem quotes the file: escaped whole. Otherwise the words are ours and the logins code.
  if (agreement.blocked) return `⛔ ${cellText(describeStanding(agreement))}`;
  return `⏳ ${describeStanding(agreement, loginCode)}`;
}

/** The party in this role, then (after a pull request that replaced them) the previous one, who must consent too. */
function partyCell(agreement: AgreementApproval, role: PartyRole): string {
  const parties: PartyConsent[] = agreement.parties.filter((candidate) => candidate.role === role);
  if (parties.length === 0) return "—";
  return parties.map((party) => `${party.previous ? "previous: " : ""}${loginCode(party.login)}<br>${STATE_LABELS[party.state]}`).join("<br>");
}
