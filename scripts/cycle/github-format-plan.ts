import type { PlannedPullRequest } from "./github-plan.js";

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
