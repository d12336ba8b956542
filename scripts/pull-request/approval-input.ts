import type { ApprovalInput } from "./approvals/evaluate.js";
import { readAgreementAt, type AgreementAtRef } from "./approvals/read-agreement.js";
import type { Reader } from "../reader/reader.js";
import type { PullRequestSnapshot } from "./load.js";

/**
 * The approval rule's input from a snapshot: each changed agreement read at the head (its parties
 * decide) and at the base (a removed agreement's parties; and the previous parties, who must consent
 * when the pull request changes who the parties are).
 */
export function approvalInputOf(snapshot: PullRequestSnapshot, reader: Reader): ApprovalInput {
  const validators = reader.validators();
  const agreementsAtHead = new Map<string, AgreementAtRef>();
  const agreementsAtBase = new Map<string, AgreementAtRef>();
  for (const agreement of snapshot.agreements) {
    if (agreement.headPath !== undefined && agreement.headText !== undefined) {
      agreementsAtHead.set(agreement.headPath, readAgreementAt(agreement.headPath, Buffer.from(agreement.headText, "utf8"), validators));
    }
    if (agreement.basePath !== undefined && agreement.baseText !== undefined) {
      agreementsAtBase.set(agreement.basePath, readAgreementAt(agreement.basePath, Buffer.from(agreement.baseText, "utf8"), validators));
    }
  }
  return {
    pullRequest: snapshot.pullRequest,
    files: snapshot.files,
    reviews: snapshot.reviews,
    agreementsAtHead,
    agreementsAtBase,
    commits: snapshot.commits,
    comments: snapshot.comments,
    maintainers: snapshot.baseConfig.maintainers ?? [],
  };
}
