import { randomUUID } from "node:crypto";
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Temporary files end like this, so a leftover from an interrupted run is recognised as ours and tidied away. */
const TEMPORARY_SUFFIX = ".agreements-tmp";
const TEMPORARY_NAME = /(?:^|\/)\.[^/]+\.[0-9a-f-]{36}\.agreements-tmp$/;

export function isTemporaryFile(path: string): boolean {
  return TEMPORARY_NAME.test(path);
}

/**
 * Replaces a file's contents all at once: the new bytes go to a hidden file in the same folder (so the
 * rename never crosses file systems), are flushed to disk, and then take the file's place with rename(),
 * which is atomic. An interruption leaves either the old file or the new one, never half of each.
 */
export function writeFileAtomically(target: string, bytes: Uint8Array | string): void {
  const mode = statSync(target, { throwIfNoEntry: false })?.mode;
  const temporary = writeTemporary(target, bytes);
  try {
    if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The file exists already (perhaps created by someone else meanwhile); nothing was written. */
export class FileExistsError extends Error {
  override readonly name = "FileExistsError";
}

/**
 * Creates a new file all at once, and never replaces one: link() rather than rename(), because rename
 * would silently replace a file that appeared in the meantime, while link refuses.
 */
export function createFileAtomically(target: string, bytes: Uint8Array | string): void {
  const temporary = writeTemporary(target, bytes);
  try {
    linkSync(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new FileExistsError(`${target} exists`);
    // A file system without hard links: rename, after one more look for a file with that name.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    if (existsSync(target)) throw new FileExistsError(`${target} exists`);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The bytes in a new hidden file beside the target (same file system), flushed to disk. */
function writeTemporary(target: string, bytes: Uint8Array | string): string {
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}${TEMPORARY_SUFFIX}`);
  const descriptor = openSync(temporary, "wx");
  try {
    writeSync(descriptor, typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  return temporary;
}
