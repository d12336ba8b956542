import type { WorkingCopy } from "../git/working-copy.js";
import { localTagCommit } from "../git/tags.js";

/**
 * The commit a tag points at and its date (the tagger's date for an annotated tag, the commit's for a
 * lightweight one); undefined when there is no such tag.
 */
export async function readTag(workingCopy: WorkingCopy, tag: string): Promise<{ commit: string; date: string } | undefined> {
  const ref = `refs/tags/${tag}`;
  // for-each-ref matches by prefix too (refs/tags/submission-2020/x), hence the exact refname check.
  const output = await workingCopy.git(["for-each-ref", "--format=%(refname)%00%(creatordate:short)", ref]);
  const line = output.split("\n").find((candidate) => candidate.startsWith(`${ref}\0`));
  if (line === undefined) return undefined;
  const commit = await localTagCommit(workingCopy, tag);
  const date = line.split("\0")[1] ?? "";
  if (commit === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return { commit, date };
}
