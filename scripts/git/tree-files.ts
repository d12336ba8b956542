import type { WorkingCopy } from "./working-copy.js";

/** A file in a commit's tree: its path and the blob holding its contents. */
export interface TreeFile {
  path: string;
  blob: string;
}

/** Parses `git ls-tree -r -z --full-tree`: "<mode> <type> <object>\t<path>\0". Pure. */
export function parseTree(output: string): TreeFile[] {
  const files: TreeFile[] = [];
  for (const entry of output.split("\0")) {
    if (entry === "") continue;
    const tab = entry.indexOf("\t");
    const [, type, object] = entry.slice(0, tab).split(" ");
    if (type === "blob") files.push({ path: entry.slice(tab + 1), blob: object! });
  }
  return files;
}

/**
 * The files of a commit under the given folders, with their contents, in two Git calls whatever their
 * number: one `ls-tree`, one `cat-file --batch`. Reading a commit rather than the folder means a plan is
 * made from what was committed, whatever the working tree holds.
 */
export async function readTreeFiles(workingCopy: WorkingCopy, commit: string, folders: readonly string[]): Promise<{ path: string; bytes: Buffer }[]> {
  const files = parseTree(await workingCopy.git(["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...folders]));
  const blobs = await workingCopy.repository.readBlobs(files.map((file) => file.blob));
  return files.map((file) => ({ path: file.path, bytes: blobs.get(file.blob) ?? Buffer.alloc(0) }));
}
