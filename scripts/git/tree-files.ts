import type { WorkingCopy } from "./working-copy.js";
import { SYMBOLIC_LINK } from "./modes.js";
import { runGit } from "./run.js";

/** An entry of a commit's tree: a blob (file or symbolic link) or a commit (submodule). */
export interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

/** Parses `git ls-tree -r -z --full-tree`: "<mode> <type> <object>\t<path>\0". Pure. */
export function parseTree(output: string): TreeEntry[] {
  return output
    .split("\0")
    .filter((entry) => entry !== "")
    .map((entry) => {
      const tab = entry.indexOf("\t");
      const [mode = "", type = "", object = ""] = entry.slice(0, tab).split(" ");
      return { mode, type, object, path: entry.slice(tab + 1) };
    });
}

/**
 * The files (not symbolic links) of a commit under the given folders, with their contents, in two Git calls whatever their
 * number: one `ls-tree`, one `cat-file --batch`. Reading a commit rather than the folder means a plan is
 * made from what was committed, whatever the working tree holds.
 */
export async function readTreeFiles(workingCopy: WorkingCopy, commit: string, folders: readonly string[]): Promise<{ path: string; bytes: Buffer }[]> {
  const files = parseTree(await runGit(workingCopy, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...folders])).filter((entry) => entry.type === "blob" && entry.mode !== SYMBOLIC_LINK);
  const blobs = await workingCopy.repository.readBlobs(files.map((file) => file.object));
  return files.map((file) => ({ path: file.path, bytes: blobs.get(file.object) ?? Buffer.alloc(0) }));
}
