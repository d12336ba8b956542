import type { ReleasePlan } from "./plan.js";

const CHANGE_WORDS = { name: "its title", body: "its notes", draft: "publish it (it is a draft)" } as const;

function size(bytes: number): string {
  return bytes === 1 ? "1 byte" : `${bytes} bytes`;
}

/** The plan as a person reads it: also what `agreements release --dry-run` prints. */
export function formatReleasePlan(plan: ReleasePlan, dryRun: boolean): string {
  const will = dryRun ? "Would" : "Will";
  const lines: string[] = [];
  const release = plan.release;
  if (release.kind === "create") lines.push(`${will} create the release "${plan.name}" for the tag ${plan.tag}.`);
  else if (release.kind === "update") lines.push(`${will} update the release for the tag ${plan.tag}: ${release.changes.map((change) => CHANGE_WORDS[change]).join(", ")}.`);
  else lines.push(`The release for the tag ${plan.tag} exists with the right title and notes.`);

  if (plan.uploads.length > 0) {
    lines.push(`${will} upload ${plan.uploads.length === 1 ? "1 file" : `${plan.uploads.length} files`}:`);
    for (const file of plan.uploads) lines.push(`  ${file.name} (${size(file.bytes.byteLength)})`);
  }
  if (plan.present.length > 0) lines.push(`Already attached: ${plan.present.join(", ")}.`);
  if (plan.others.length > 0) lines.push(`Also attached, left as they are: ${plan.others.join(", ")}.`);
  for (const conflict of plan.conflicts) {
    lines.push(
      `Conflict: the release already has a file ${conflict.name} of ${size(conflict.existingSize)}, but this run made one of ${size(conflict.newSize)}. ` +
        "It is not replaced, because a submission's record is never changed once published. If it is an upload that was interrupted " +
        "(GitHub shows it without a download), delete it on the release page and run the release again; otherwise find out which version is right.",
    );
  }
  if (plan.release.kind === "keep" && plan.uploads.length === 0) {
    lines.push(plan.conflicts.length === 0 ? `Nothing left to do: the release for ${plan.tag} is complete.` : "Nothing else to do.");
  }
  return `${lines.join("\n")}\n`;
}
