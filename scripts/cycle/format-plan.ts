import { changedCount, type CycleChange, type CyclePlan, type GoneGoal } from "./plan.js";

function describeChange(change: CycleChange): string {
  return change.kind === "set-cycle"
    ? `cycle: ${change.from} -> ${change.to}`
    : `add the evaluation of ${change.year}: date (${change.date} for now), rating, summary and bonus marked to be filled in`;
}

function describeGoneGoal(gone: GoneGoal, plan: CyclePlan): string {
  return (
    `goal "${gone.goal}" (${gone.title}) names the common goal "${gone.common}", which ${plan.cataloguePath} does not have` +
    (gone.similar ? ` (it has "${gone.similar}")` : "") +
    ": kept; the management discussion decides whether to change, move or remove it"
  );
}

/** The plan as an official reads it: per agreement what changes, then what needs a person. */
export function formatCyclePlan(plan: CyclePlan): string {
  const lines = [`Plan: open the ${plan.year} cycle on the branch ${plan.branch}, against ${plan.cataloguePath} (evaluations of ${plan.evaluationYear}).`, ""];
  for (const entry of plan.agreements) {
    lines.push(entry.path);
    if (entry.changes.length === 0 && entry.goneGoals.length === 0 && entry.notes.length === 0) lines.push("  nothing to change: already rolled forward");
    for (const change of entry.changes) lines.push(`  ${describeChange(change)}`);
    for (const gone of entry.goneGoals) lines.push(`  ! ${describeGoneGoal(gone, plan)}`);
    for (const note of entry.notes) lines.push(`  note: ${note}`);
  }
  if (plan.manualFixes.length > 0) {
    lines.push("", "Not touched, to be fixed by hand first:");
    for (const fix of plan.manualFixes) lines.push(`  ${fix.path}: ${fix.reason}`);
  }
  const gone = plan.agreements.reduce((sum, entry) => sum + entry.goneGoals.length, 0);
  const unchanged = plan.agreements.length - changedCount(plan);
  lines.push(
    "",
    `${changedCount(plan)} to change, ${unchanged} unchanged, ${plan.manualFixes.length} to fix by hand; ` +
      `${gone} ${gone === 1 ? "goal names a common goal" : "goals name common goals"} the ${plan.year} instruction no longer has.`,
    "",
  );
  return lines.join("\n");
}

/** The commit message of the roll-forward: what was done, and what is left for the discussions. */
export function cycleCommitMessage(plan: CyclePlan): string {
  const changed = plan.agreements.filter((entry) => entry.changes.length > 0);
  const cycles = changed.filter((entry) => entry.changes.some((change) => change.kind === "set-cycle")).length;
  const evaluations = changed.filter((entry) => entry.changes.some((change) => change.kind === "add-evaluation")).length;
  const lines = [
    `Open cycle ${plan.year}`,
    "",
    `Rolled forward with "agreements cycle open ${plan.year}" against ${plan.cataloguePath}:`,
    `- cycle: ${plan.year} in ${cycles} ${cycles === 1 ? "agreement" : "agreements"}`,
    `- an evaluation of ${plan.evaluationYear} to be filled in, in ${evaluations} ${evaluations === 1 ? "agreement" : "agreements"}`,
  ];
  const gone = changed.flatMap((entry) => entry.goneGoals.map((goal) => `- ${entry.path}: ${goal.goal} (common: ${goal.common})`));
  if (gone.length > 0) lines.push("", `Goals whose common goal is not in the ${plan.year} instruction, kept for the discussions to decide:`, ...gone);
  if (plan.manualFixes.length > 0) lines.push("", "Not rolled forward, to be fixed by hand:", ...plan.manualFixes.map((fix) => `- ${fix.path}`));
  return `${lines.join("\n")}\n`;
}
