import { randomUUID } from "node:crypto";
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Temporary files end like this, so a leftover from an interrupted run is recognised as ours and tidied away. */
export const TEMPORARY_SUFFIX = ".agreements-tmp";
const TEMPORARY_NAME = /(?:^|\/)\.[^/]+\.[0-9a-f-]{36}\.agreements-tmp$/;

export function isTemporaryFile(path: string): boolean {
  return TEMPORARY_NAME.test(path);
}

/**
 * Replaces a file's contents all at once: the new bytes go to a hidden file in the same folder (so the
 * rename never crosses file systems), are flushed to disk, and then take the file's place with rename(),
 * which is atomic. An interruption leaves either the old file or the new one, never half of each.
 */
export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}${TEMPORARY_SUFFIX}`);
  const mode = statSync(target, { throwIfNoEntry: false })?.mode;
  const descriptor = openSync(temporary, "wx");
  try {
    try {
      writeSync(descriptor, bytes);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
