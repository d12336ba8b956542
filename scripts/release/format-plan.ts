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
  if (plan.restricted.length > 0) lines.push(restrictedAttachedSentence(plan));
  for (const replacement of plan.replacements) {
    lines.push(
      `${will} replace ${replacement.file.name}: the attached file's SHA-256 is ${replacement.existingSha256.slice(0, 12)}…, but the file made from the tag has ` +
        `${replacement.newSha256.slice(0, 12)}…. A release file must be exactly what the tagged submission produces, so the attached one is deleted and the right one uploaded.`,
    );
  }
  if (plan.release.kind === "keep" && plan.uploads.length === 0 && plan.replacements.length === 0) {
    lines.push(`Nothing left to do: the release for ${plan.tag} is complete.`);
  }
  return `${lines.join("\n")}\n`;
}

/** What to do about restricted-* files someone attached to the release: said in the plan, and as the run's failure. */
export function restrictedAttachedSentence(plan: ReleasePlan): string {
  const files = plan.restricted.join(", ");
  return (
    `The release for ${plan.tag} also carries ${files}: files named restricted-* hold personal data (evaluation summaries, ratings, bonus proposals) and must not be on a release, which anyone who can see the repository can download. ` +
    "Delete them from the release on GitHub (Edit release, then the file's delete button) and send them to the Ministry of Finance by a channel fit for personal data."
  );
}
