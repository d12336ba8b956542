import { UserError } from "../errors.js";

/** What the file system's error codes mean, for the person who has to fix the folder. */
const REASONS: Record<string, string> = {
  EACCES: "permission is denied",
  EPERM: "the operation is not permitted",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  ENAMETOOLONG: "its name is too long for the file system",
  EISDIR: "a folder stands in its place",
  ENOTDIR: "a part of its path is a file, not a folder",
  ENOENT: "its folder does not exist",
  EBUSY: "it is in use by another program",
};

/** A file the command could not write, for a reason the user can fix (permissions, a full disk). */
export class FileWriteError extends UserError {
  override readonly name: string = "FileWriteError";
}

/**
 * A file that could not be written, as a sentence: which file, why, and what to do. Errors that are not
 * the file system's (a bug) are returned unchanged, so they still surface as internal errors.
 */
export function describeFileWriteFailure(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  const reason = REASONS[code] ?? `the system refused (${code})`;
  // What was done before, and that a re-run continues, is the caller's progress to say (scripts/apply/progress.ts).
  return new FileWriteError(`Could not write ${path}: ${reason}. Make the file and its folder writable.`, { cause: error });
}
