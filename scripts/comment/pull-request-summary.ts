import type { ApprovalResult } from "../approvals/types.js";
import type { AgreementDiff } from "../changes/types.js";
import { buildStickyComment, type StickyComment } from "./build.js";
import { STICKY_MARKER } from "./marker.js";
import { approvalsSection, changesSections, lintSection, type LintSummaryInput } from "./sections.js";

export interface PullRequestSummaryInput {
  approvals: ApprovalResult;
  /** The structured diff between the pull request's base and head. */
  diff: AgreementDiff;
  lint: LintSummaryInput;
  /** The workflow run whose summary shows everything, linked when the comment is shortened. */
  fullReportUrl?: string;
  limit?: number;
}

/** The sticky comment `agreements comment` keeps on each pull request: approvals, the changes, then lint. */
export function buildPullRequestSummary(input: PullRequestSummaryInput): StickyComment {
  return buildStickyComment({
    marker: STICKY_MARKER,
    sections: [approvalsSection(input.approvals), ...changesSections(input.diff), lintSection(input.lint)],
    ...(input.fullReportUrl !== undefined ? { fullReportUrl: input.fullReportUrl } : {}),
    ...(input.limit !== undefined ? { limit: input.limit } : {}),
  });
}
