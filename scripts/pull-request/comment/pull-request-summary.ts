import type { ApprovalResult } from "../approvals/types.js";
import type { AgreementDiff } from "../../changes/types.js";
import type { Language } from "../../model/types.js";
import { buildStickyComment, type StickyComment } from "./build.js";
import { STICKY_MARKER } from "./marker.js";
import { approvalsSection, changesSections, lintSection } from "./sections.js";
import type { LintSummaryInput } from "../lint-head.js";

export interface PullRequestSummaryInput {
  approvals: ApprovalResult;
  /** The structured diff between the pull request's base and head. */
  diff: AgreementDiff;
  lint: LintSummaryInput;
  /** The workflow run whose summary shows everything, linked when the comment is shortened. */
  fullReportUrl?: string;
  limit?: number;
  /** The language of every word of ours in the comment (default English; the command passes the config's, else Finnish). */
  language?: Language;
}

/** The sticky comment `agreements comment` keeps on each pull request: approvals, the changes, then lint. */
export function buildPullRequestSummary(input: PullRequestSummaryInput): StickyComment {
  return buildStickyComment({
    marker: STICKY_MARKER,
    sections: [approvalsSection(input.approvals, input.language), ...changesSections(input.diff, input.language), lintSection(input.lint, input.language)],
    ...(input.language !== undefined ? { language: input.language } : {}),
    ...(input.fullReportUrl !== undefined ? { fullReportUrl: input.fullReportUrl } : {}),
    ...(input.limit !== undefined ? { limit: input.limit } : {}),
  });
}
