import { shorten } from "../../output/markdown-escape.js";
import { GITHUB_LIMITS, type CommitStatus } from "../../github/types.js";
import { approvalWords } from "../../messages/approvals.js";
import type { Language } from "../../model/types.js";
import { describeAgreement, describeRepositoryRules, describeTotals, pending, refusalSentence } from "./describe.js";
import type { ApprovalResult } from "./types.js";

/** The status's name: branch protection requires it by this exact text. */
const APPROVALS_CONTEXT = "agreements/approvals";

const DESCRIPTION_LIMIT = GITHUB_LIMITS.statusDescription;

/**
 * The commit status for the pull request's head: `success` once every changed agreement has both parties'
 * consent; `failure` when a file must be fixed or a party asked for changes (someone must act on the
 * content); `pending` while approvals are only awaited. The description names the first agreement still
 * waiting and whom for, cut to GitHub's 140 characters (counted in characters, ending in "…").
 */
export function toCommitStatus(result: ApprovalResult, options: { targetUrl?: string; language?: Language } = {}): CommitStatus {
  const words = approvalWords(options.language);
  const waiting = pending(result);
  const target = options.targetUrl !== undefined ? { targetUrl: options.targetUrl } : {};
  // What the pull request as a whole cannot establish is a failure, named first (fail closed).
  if (result.refusals.length > 0) return { state: "failure", context: APPROVALS_CONTEXT, description: fit(refusalSentence(result.refusals[0]!, words)), ...target };
  if (waiting.length === 0 && result.maintainers !== undefined && !result.maintainers.satisfied) {
    return { state: "pending", context: APPROVALS_CONTEXT, description: fit(describeRepositoryRules(result, undefined, undefined, words).at(-1)!), ...target };
  }
  if (waiting.length === 0) return { state: "success", context: APPROVALS_CONTEXT, description: fit(`${describeTotals(result, words)}.`), ...target };
  const mustAct = waiting.some((agreement) => agreement.blocked || agreement.parties.some((party) => party.state === "changes-requested"));
  const more = waiting.length - 1;
  // The count of the others is kept whole; only the first agreement's sentence is cut to make room.
  const suffix = more === 0 ? "." : words.moreWaiting(more);
  const description = fit(describeAgreement(waiting[0]!, undefined, words), DESCRIPTION_LIMIT - Array.from(suffix).length) + suffix;
  return { state: mustAct ? "failure" : "pending", context: APPROVALS_CONTEXT, description, ...target };
}

/** One line (a file's problem message may hold line breaks), at most `limit` characters. */
function fit(text: string, limit: number = DESCRIPTION_LIMIT): string {
  return shorten(text.replace(/\s+/g, " ").trim(), limit);
}
