import { changeWords, type ChangeWords } from "../messages/changes.js";
import { localDate } from "../messages/format.js";
import type { Language } from "../model/types.js";
import type { AgreementChange, AgreementVersion } from "./types.js";

/** "3 agreements: 1 changed, 1 new, 1 renamed or moved", in the language's words. */
export function summariseDiff(changes: readonly AgreementChange[], words: ChangeWords = changeWords("en")): string {
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(words.statuses[change.status], (counts.get(words.statuses[change.status]) ?? 0) + 1);
  const parts = [...counts].map(([word, count]) => `${count} ${word}`);
  return words.summary(changes.length, parts);
}

/**
 * The facts of one version that every format shows, in words and with the date the language's way;
 * `tagName` prints a tag name in the format's way.
 */
export function historyVersionFacts(
  version: AgreementVersion,
  tagName: (tag: string) => string = (tag) => tag,
  language: Language = "en",
): { date: string; shortCommit: string; pullRequest?: string; tagsLine?: string } {
  const words = changeWords(language);
  const submitted = version.submittedIn;
  const others = version.tags.filter((tag) => !submitted.includes(tag));
  const list = (tags: readonly string[]) => tags.map(tagName).join(", ");
  const parts = [...(submitted.length > 0 ? [words.submittedIn(list(submitted))] : []), ...(others.length > 0 ? [words.containedIn(list(others), submitted.length > 0)] : [])];
  return {
    date: localDate(version.date.slice(0, 10), language),
    shortCommit: version.commit.slice(0, 7),
    ...(version.pullRequest !== undefined ? { pullRequest: words.pullRequest(version.pullRequest) } : {}),
    ...(parts.length > 0 ? { tagsLine: `${capitalise(parts.join("; "))}.` } : {}),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
