import { runGit } from "./run.js";
import type { WorkingCopy } from "./working-copy.js";

/**
 * The blob of each `<commit>:<path>` (undefined where the file is absent), in one `git cat-file
 * --batch-check` pass whatever their number.
 */
export async function lookUpBlobs(workingCopy: WorkingCopy, specs: readonly string[]): Promise<(string | undefined)[]> {
  if (specs.length === 0) return [];
  const output = await runGit(workingCopy, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], specs.map((spec) => `${spec}\n`).join(""));
  const lines = output.split("\n");
  return specs.map((_, index) => {
    const match = /^([0-9a-f]{40,64}) blob$/.exec(lines[index] ?? "");
    return match?.[1];
  });
}

/** The blob id Git would give these bytes, without storing them (for a dry run before the roll-forward). */
export async function blobIdOf(workingCopy: WorkingCopy, bytes: Uint8Array): Promise<string> {
  return (await runGit(workingCopy, ["hash-object", "--stdin"], Buffer.from(bytes).toString("utf8"))).trim();
}
