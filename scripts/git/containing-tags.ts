import type { LogCommit } from "./log.js";
import type { TagRef } from "./repository.js";

/**
 * For each commit in the log, the tags whose commit has it as an ancestor (or is it), sorted by name.
 * One walk per tag over parents already in memory: submission tags are one a year, so this stays small
 * next to the log itself.
 */
export function containingTags(commits: readonly LogCommit[], tags: readonly TagRef[]): Map<string, string[]> {
  const byId = new Map(commits.map((commit) => [commit.commit, commit]));
  const result = new Map<string, string[]>();
  for (const tag of [...tags].sort((a, b) => compareNames(a.name, b.name))) {
    const seen = new Set<string>();
    const pending = [tag.commit];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const commit = byId.get(id);
      if (!commit) continue;
      const names = result.get(id);
      if (names) names.push(tag.name);
      else result.set(id, [tag.name]);
      pending.push(...commit.parents);
    }
  }
  return result;
}

/** A name of lower-case ASCII letters and hyphens, then a number without leading zeros (submission-2020). */
const PLAIN_NAME = /^([a-z-]*)([1-9][0-9]*)$/;

/** submission-2019 before submission-2020 before submission-2100: numbers compared as numbers. */
export function compareNames(a: string, b: string): number {
  // Starting ICU's collator costs about 13 ms, more than the rest of the tags' work. For names of the
  // form every submission tag has (same prefix, then a number), comparing the numbers gives the
  // collator's order without it: a longer number is larger, numbers of one length compare as text.
  const plainA = PLAIN_NAME.exec(a);
  const plainB = plainA ? PLAIN_NAME.exec(b) : null;
  if (plainA && plainB && plainA[1] === plainB[1]) {
    const [numberA, numberB] = [plainA[2]!, plainB[2]!];
    if (numberA.length !== numberB.length) return numberA.length < numberB.length ? -1 : 1;
    return numberA < numberB ? -1 : numberA > numberB ? 1 : 0;
  }
  return a.localeCompare(b, "en", { numeric: true });
}

/** The commits reachable from `start` (itself included) within the log. */
export function reachableFrom(commits: readonly LogCommit[], start: string): Set<string> {
  const byId = new Map(commits.map((commit) => [commit.commit, commit]));
  const reached = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (reached.has(id)) continue;
    const commit = byId.get(id);
    if (!commit) continue;
    reached.add(id);
    pending.push(...commit.parents);
  }
  return reached;
}
