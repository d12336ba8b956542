import { describeBranchAction } from "./branches.js";
import type { AgreementBranch, GitHubCyclePlan } from "./github-facts.js";
import type { PlannedPullRequest } from "./github-plan.js";

/** The GitHub part's plan as printed before it is carried out (and all that `--dry-run` prints of it). */
export function formatCycleOnGitHub(plan: GitHubCyclePlan, dryRun: boolean): string {
  const branches = formatBranches(plan.agreements, { ...plan, dryRun });
  return plan.pulls.length > 0 ? `${branches}\nPull requests into ${plan.base} on ${plan.repository}:\n${formatCyclePullRequests(plan.pulls, dryRun)}` : branches;
}

/** The plan as a person reads it: per agreement what happens on GitHub; also what `--dry-run` prints. */
export function formatCyclePullRequests(plans: readonly PlannedPullRequest[], dryRun: boolean): string {
  const will = dryRun ? "would" : "will";
  const lines: string[] = [];
  for (const plan of plans) {
    const { action } = plan;
    lines.push(`${plan.path} (branch ${plan.branch})`);
    if (action.kind === "create") {
      lines.push(`  ${will} open a pull request into ${plan.base}: "${plan.title}"`);
      lines.push(`  labels: ${plan.labels.join(", ")}; reviewers: ${plan.reviewers.length > 0 ? plan.reviewers.map((login) => `@${login}`).join(", ") : "none (no GitHub user names in the agreement)"}`);
    }
    if (action.kind === "update") {
      const what = [
        ...(action.changes.length > 0 ? [`update its ${action.changes.join(" and ")}`] : []),
        ...(action.addLabels.length > 0 ? [`add the labels ${action.addLabels.join(", ")}`] : []),
        ...(action.requestReviewers.length > 0 ? [`ask ${action.requestReviewers.map((login) => `@${login}`).join(", ")} for a review`] : []),
      ];
      lines.push(`  #${action.number} is open: ${will} ${what.join(", ")}`);
    }
    if (action.kind === "keep") lines.push(`  #${action.number} is open and up to date`);
    if (action.kind === "skip") lines.push(`  skipped: ${action.reason}`);
    for (const note of plan.notes) lines.push(`  note: ${note}`);
  }
  const count = (kind: PlannedPullRequest["action"]["kind"]) => plans.filter((plan) => plan.action.kind === kind).length;
  lines.push("", `${count("create")} to open, ${count("update")} to update, ${count("keep")} up to date, ${count("skip")} not needed.`, "");
  return lines.join("\n");
}

function formatBranches(
  agreements: readonly AgreementBranch[],
  context: { year: number; base: string; baseCommit: string; remote: string; localBranch: string; dryRun: boolean; repository: string },
): string {
  const lines = [
    "",
    `On GitHub (${context.repository}): one branch per agreement, ${context.localBranch}/<agreement id>, made from ${context.base} on "${context.remote}" ` +
      `(commit ${context.baseCommit.slice(0, 12)}) with only that agreement rolled forward. The local branch ${context.localBranch} is never pushed.`,
    "",
  ];
  if (agreements.length === 0) lines.push(`No agreement differs from ${context.base}: no branch and no pull request is needed.`);
  for (const { rolled, branch, action } of agreements) {
    const what = action.kind === "unusable" ? `not pushed: ${action.reason}` : describeBranchAction(action, { path: rolled.path, base: context.base, remote: context.remote, localBranch: context.localBranch, dryRun: context.dryRun });
    lines.push(`${branch || rolled.path}`, `  ${what}`);
  }
  return `${lines.join("\n")}\n`;
}
