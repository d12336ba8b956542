import { printable } from "../changes/markdown-escape.js";
import { describeAgreement, describeOtherFiles, describeRepositoryRules, describeTotals, roleWords, STATE_WORDS } from "./describe.js";
import type { AgreementApproval, ApprovalResult } from "./types.js";

const CHANGE_WORDS: Record<AgreementApproval["change"], string> = { added: "added", modified: "changed", renamed: "renamed", removed: "removed" };

/**
 * For the terminal and the Actions log: a totals line, then each changed agreement with its two parties
 * and, for those not yet approved, one sentence on whom it waits for.
 */
export function renderApprovalsText(result: ApprovalResult): string {
  const lines = [`Pull request #${result.pullRequest} (latest commit ${result.headSha.slice(0, 7)}): ${describeTotals(result)}.`, ""];
  for (const agreement of result.agreements) {
    const renamed = agreement.previousPath !== undefined ? ` from ${printable(agreement.previousPath)}` : "";
    lines.push(`${agreement.satisfied ? "✔" : "✖"} ${printable(agreement.id ?? agreement.path)} (${printable(agreement.path)}, ${CHANGE_WORDS[agreement.change]}${renamed})`);
    const width = Math.max(0, ...agreement.parties.map((party) => party.login.length + 1));
    const roleWidth = Math.max(8, ...agreement.parties.map((party) => roleWords(party).length));
    for (const party of agreement.parties) {
      lines.push(`    ${roleWords(party).padEnd(roleWidth)}  ${`@${printable(party.login)}`.padEnd(width)}  ${STATE_WORDS[party.state]}`);
    }
    if (!agreement.satisfied) {
      lines.push(`    → ${printable(describeAgreement(agreement))}.`);
      if (agreement.blocked) lines.push(`      ${printable(agreement.blocked.problem.hint)}`);
    }
  }
  if (result.agreements.length > 0) lines.push("");
  const others = describeOtherFiles(result);
  if (others) lines.push(others);
  // A file name may hold a line break: shown as "\n", so no name can start a line (a workflow command) of its own.
  const oneLine = (text: string) => printable(text).replace(/\n/g, "\\n");
  describeRepositoryRules(result, undefined, oneLine).forEach((line, index) => lines.push(`${index < result.refusals.length ? "✖ " : ""}${line}`));
  // The SHA comes from GitHub's answer: shown only when it is one (hex), never as text that could be anything.
  if (/^[0-9a-f]{40}$/i.test(result.headSha) && result.agreements.some((agreement) => agreement.parties.some((party) => party.state === "must-agree"))) {
    lines.push(`The author consents to the latest commit by commenting exactly: /agree ${result.headSha}`);
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
