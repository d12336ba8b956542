import type { WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

/** One path that differs from HEAD: changed, staged, deleted, renamed or not yet known to Git. */
export interface UncommittedPath {
  /** The path now (after a rename: the new one), relative to the top folder, forward slashes. */
  path: string;
  /** The path before a staged rename. */
  previousPath?: string;
  /** Git's two-letter status: index then working tree ("M ", " M", "??", "R " …). */
  status: string;
}

/**
 * Parses `git status --porcelain=v1 -z`: "XY path\0", and for a rename or copy "XY new\0old\0". With -z
 * names come back byte for byte (spaces, ä, even newlines), never quoted. Pure: text in, paths out.
 */
export function parseStatus(output: string): UncommittedPath[] {
  const tokens = output.split("\0");
  const paths: UncommittedPath[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token === "") continue;
    const status = token.slice(0, 2);
    const path = token.slice(3);
    if (status.includes("R") || status.includes("C")) {
      paths.push({ path, previousPath: tokens[at + 1], status });
      at++;
    } else {
      paths.push({ path, status });
    }
  }
  return paths;
}

/**
 * Every path that differs from HEAD, untracked files included (an agreement not yet added is still an
 * agreement a command would read from the folder), ignored files not.
 */
export async function uncommittedPaths(workingCopy: WorkingCopy): Promise<UncommittedPath[]> {
  return parseStatus(await runGit(workingCopy, ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"]));
}
