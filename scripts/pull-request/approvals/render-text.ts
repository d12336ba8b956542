import { printable } from "../../output/markdown-escape.js";
import { approvalWords } from "../../messages/approvals.js";
import type { Language } from "../../model/types.js";
import { blockedProblem, describeAgreement, describeOtherFiles, describeRepositoryRules, describeTotals, roleWords } from "./describe.js";
import type { ApprovalResult } from "./types.js";

/**
 * For the terminal and the Actions log: a totals line, then each changed agreement with its two parties
 * and, for those not yet approved, one sentence on whom it waits for.
 */
export function renderApprovalsText(result: ApprovalResult, language?: Language): string {
  const words = approvalWords(language);
  const lines = [words.pullRequestLine(result.pullRequest, result.headSha.slice(0, 7), describeTotals(result, words)), ""];
  for (const agreement of result.agreements) {
    const renamed = agreement.previousPath !== undefined ? words.from(printable(agreement.previousPath)) : "";
    lines.push(`${agreement.satisfied ? "✔" : "✖"} ${printable(agreement.id ?? agreement.path)} (${printable(agreement.path)}, ${words.changes[agreement.change]}${renamed})`);
    const width = Math.max(0, ...agreement.parties.map((party) => party.login.length + 1));
    const roleWidth = Math.max(8, ...agreement.parties.map((party) => roleWords(party, words).length));
    for (const party of agreement.parties) {
      lines.push(`    ${roleWords(party, words).padEnd(roleWidth)}  ${`@${printable(party.login)}`.padEnd(width)}  ${words.states[party.state]}`);
    }
    if (!agreement.satisfied) {
      lines.push(`    → ${printable(describeAgreement(agreement, undefined, words))}.`);
      if (agreement.blocked) lines.push(`      ${printable(blockedProblem(agreement.blocked, words).hint)}`);
    }
  }
  if (result.agreements.length > 0) lines.push("");
  const others = describeOtherFiles(result, words);
  if (others) lines.push(others);
  // A file name may hold a line break: shown as "\n", so no name can start a line (a workflow command) of its own.
  const oneLine = (text: string) => printable(text).replace(/\n/g, "\\n");
  describeRepositoryRules(result, undefined, oneLine, words).forEach((line, index) => lines.push(`${index < result.refusals.length ? "✖ " : ""}${line}`));
  // The SHA comes from GitHub's answer: shown only when it is one (hex), never as text that could be anything.
  if (/^[0-9a-f]{40}$/i.test(result.headSha) && result.agreements.some((agreement) => agreement.parties.some((party) => party.state === "must-agree"))) {
    lines.push(words.authorConsents(`/agree ${result.headSha}`));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
