import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { createFileAtomically, FileExistsError } from "../files/write-file.js";

/** One file a command writes: a bare name (no folders) and its bytes. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

export interface WriteResult {
  written: string[];
  /** Files that were there already with exactly these bytes: a re-run, nothing to do. */
  unchanged: string[];
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  return Buffer.compare(readFileSync(path), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) === 0;
}

/**
 * The precondition of `writeOutputFiles`, on its own so a command that writes to two places can check both
 * before writing either: a usage error naming every file that exists with other contents. Returns the
 * names already there with the same bytes.
 */
export function checkOutputFiles(directory: string, files: readonly OutputFile[], flag = "--out"): string[] {
  const names = new Set<string>();
  for (const file of files) {
    if (file.name.includes("/") || file.name.includes("\\") || file.name.startsWith(".")) throw new RangeError(`not a plain file name: ${file.name}`);
    if (names.has(file.name)) throw new UserError(`two of the files to write are both named ${file.name}: give the agreements distinct file names.`);
    names.add(file.name);
  }
  const existing = statSync(directory, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new UserError(`${flag} must name a folder, but ${directory} is a file.`);
  const unchanged: string[] = [];
  const different: string[] = [];
  for (const file of files) {
    const target = join(directory, file.name);
    const stats = statSync(target, { throwIfNoEntry: false });
    if (!stats) continue;
    if (stats.isFile() && sameBytes(target, file.bytes)) unchanged.push(file.name);
    else different.push(file.name);
  }
  if (different.length > 0) {
    throw new UserError(
      `${directory} already has ${different.length === 1 ? "a file" : `${different.length} files`} of the same name with other contents (${different.slice(0, 5).join(", ")}${different.length > 5 ? ", …" : ""}). ` +
        `Nothing was written. Choose another place with ${flag}, or move those files away first.`,
    );
  }
  return unchanged;
}

/**
 * Writes files into a folder (created if missing), each one whole or not at all, and never replaces a
 * file with other contents: every name is checked before anything is written, so a refused run writes
 * nothing. A file already there with the same bytes is left as it is, so a command can be run again.
 */
export function writeOutputFiles(directory: string, files: readonly OutputFile[], flag = "--out"): WriteResult {
  const result: WriteResult = { written: [], unchanged: checkOutputFiles(directory, files, flag) };
  try {
    mkdirSync(directory, { recursive: true });
  } catch {
    throw new UserError(`cannot create the folder ${directory}: check that ${flag} names a folder you may write to.`);
  }
  for (const file of files) {
    if (result.unchanged.includes(file.name)) continue;
    try {
      createFileAtomically(join(directory, file.name), file.bytes);
    } catch (error) {
      if (error instanceof FileExistsError) throw new UserError(`${file.name} appeared in ${directory} while the files were being written; nothing of it was replaced. Run the command again.`);
      throw error;
    }
    result.written.push(file.name);
  }
  return result;
}
