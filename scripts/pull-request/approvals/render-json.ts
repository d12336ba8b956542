import { blockedProblem, describeAgreement, refusalSentence } from "./describe.js";
import type { ApprovalResult } from "./types.js";

/**
 * The JSON that `agreements approvals --format json` prints. Keep it stable: scripts read it. Every key
 * is always present (null when it does not apply), in this order:
 *
 * ```json
 * {
 *   "version": 1,
 *   "pullRequest": 12,
 *   "headSha": "<40 hex digits: the commit approvals must be given on>",
 *   "author": "<login of whoever opened the pull request>",
 *   "satisfied": false,
 *   "agreements": [
 *     {
 *       "path": "agreements/vm/vm-statssekreterare.md",
 *       "previousPath": null,              // the old path of a renamed agreement
 *       "change": "modified",              // added | modified | renamed | removed
 *       "id": "vm-statssekreterare",       // null when the file cannot be read
 *       "satisfied": false,
 *       "parties": [                       // official, then superior; [] when blocked
 *         { "role": "official", "login": "maria-exempel", "name": "Maria Exempel",
 *           "state": "approved",           // approved | author | agreed | must-agree | waiting | stale | changes-requested
 *           "reviewCommit": "<sha>" }      // the deciding review's commit, or null
 *       ],
 *       "blocked": null,                   // or { "reason": "unreadable-head" | "unreadable-base" | "same-person" | "missing-login",
 *                                          //      "message", "hint", "line", "column" }
 *       "summary": "vm-statssekreterare waits for @anders-exempel (superior)"
 *     }
 *   ],
 *   "otherFiles": ["README.md"],           // changed files that need no party's consent
 *   "refusals": [],                        // sentences: why the whole pull request cannot be approved
 *   "maintainers": null                    // or { "files": [...], "maintainers": [{ "login", "state" }], "satisfied" }
 * }
 * ```
 */
export function renderApprovalsJson(result: ApprovalResult): string {
  const json = {
    version: 1,
    pullRequest: result.pullRequest,
    headSha: result.headSha,
    author: result.author,
    satisfied: result.satisfied,
    agreements: result.agreements.map((agreement) => ({
      path: agreement.path,
      previousPath: agreement.previousPath ?? null,
      change: agreement.change,
      id: agreement.id,
      satisfied: agreement.satisfied,
      parties: agreement.parties.map((party) => ({
        role: party.role,
        login: party.login,
        name: party.name,
        state: party.state,
        reviewCommit: party.reviewCommit ?? null,
      })),
      blocked: agreement.blocked ? { reason: agreement.blocked.reason, ...blockedProblem(agreement.blocked) } : null,
      summary: describeAgreement(agreement),
    })),
    otherFiles: result.otherFiles,
    refusals: result.refusals.map((refusal) => refusalSentence(refusal)),
    maintainers: result.maintainers ?? null,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
