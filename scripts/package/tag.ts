import type { WorkingCopy } from "../git/working-copy.js";
import { readTagInfo } from "../git/tags.js";

/**
 * The commit a tag points at and its date (the tagger's date for an annotated tag, the commit's for a
 * lightweight one); undefined when there is no such tag.
 */
export async function readTag(workingCopy: WorkingCopy, tag: string): Promise<{ commit: string; date: string } | undefined> {
  const info = await readTagInfo(workingCopy, tag);
  if (info === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(info.creatorDate)) return undefined;
  return { commit: info.commit, date: info.creatorDate };
}
