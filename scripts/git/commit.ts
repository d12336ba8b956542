import { describeWriteFailure } from "./write-failures.js";
import type { WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

/**
 * Stages exactly `paths` and commits them with `message`; returns the new commit. The paths go to Git on
 * standard input, NUL-separated, so a thousand agreements never overflow a command line and a name with
 * spaces or ä is passed as it is. Nothing else is staged: the callers have checked that the tree was clean.
 */
export async function commitFiles(workingCopy: WorkingCopy, paths: readonly string[], message: string): Promise<string> {
  try {
    await runGit(workingCopy, ["add", "--pathspec-from-file=-", "--pathspec-file-nul", "--"], paths.map((path) => `${path}\0`).join(""));
    await runGit(workingCopy, ["commit", "--quiet", "--cleanup=verbatim", "--file=-"], message);
  } catch (error) {
    throw describeWriteFailure(error, "commit the changed agreements");
  }
  return (await workingCopy.repository.resolveCommit("HEAD"))!;
}
