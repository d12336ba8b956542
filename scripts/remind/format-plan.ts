import type { ReminderPlan } from "./plan.js";

/** The plan as a person reads it; also what `agreements remind --dry-run` prints. */
export function formatReminderPlan(plan: ReminderPlan, dryRun: boolean): string {
  const will = dryRun ? "Would" : "Will";
  const pending = plan.standings.filter((standing) => standing.missing.length > 0);
  const lines = [`Cycle ${plan.cycle}: deadline ${plan.deadline}, reminders from ${plan.opensOn}. ${pending.length} of ${plan.standings.length} agreements not updated yet.`];
  for (const standing of pending) {
    const who = standing.logins.length > 0 ? ` (${standing.logins.map((login) => `@${login}`).join(", ")})` : " (no GitHub user names to mention)";
    lines.push(`  ${standing.path}${who}: ${standing.missing.join("; ")}`);
  }
  const action = plan.action;
  if (action.kind === "nothing") lines.push(action.reason);
  if (action.kind === "create") lines.push(`${will} open the issue "${action.title}" with the labels ${action.labels.join(", ")}.`);
  if (action.kind === "update") lines.push(`${will} update the ${action.changes.join(" and ")} of the issue #${action.issue}.`);
  if (action.kind === "close") lines.push(`${will} close the issue #${action.issue}, commenting: ${action.comment}`);
  if (plan.duplicates.length > 0) lines.push(`Also open with the same labels, left as they are: ${plan.duplicates.map((number) => `#${number}`).join(", ")}.`);
  return `${lines.join("\n")}\n`;
}
