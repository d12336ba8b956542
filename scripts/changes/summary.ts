import type { AgreementChange, AgreementVersion } from "./types.js";

const STATUS_WORDS: Record<AgreementChange["status"], string> = { modified: "changed", added: "new", removed: "removed", renamed: "renamed or moved" };

/** "3 agreements: 1 changed, 1 new, 1 renamed or moved". */
export function summariseDiff(changes: readonly AgreementChange[]): string {
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(STATUS_WORDS[change.status], (counts.get(STATUS_WORDS[change.status]) ?? 0) + 1);
  const parts = [...counts].map(([word, count]) => `${count} ${word}`);
  return `${changes.length} agreement${changes.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

/** The facts of one version that every format shows, in words; `tagName` prints a tag name in the format's way. */
export function historyVersionFacts(
  version: AgreementVersion,
  tagName: (tag: string) => string = (tag) => tag,
): { date: string; shortCommit: string; pullRequest?: string; tagsLine?: string } {
  const submitted = version.submittedIn;
  const others = version.tags.filter((tag) => !submitted.includes(tag));
  const list = (tags: readonly string[]) => tags.map(tagName).join(", ");
  const parts = [
    ...(submitted.length > 0 ? [`submitted in ${list(submitted)}`] : []),
    ...(others.length > 0 ? [`${submitted.length > 0 ? "also contained in" : "contained in"} ${list(others)}`] : []),
  ];
  return {
    date: version.date.slice(0, 10),
    shortCommit: version.commit.slice(0, 7),
    ...(version.pullRequest !== undefined ? { pullRequest: `pull request #${version.pullRequest}` } : {}),
    ...(parts.length > 0 ? { tagsLine: `${capitalise(parts.join("; "))}.` } : {}),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
