/**
 * The errors a user can fix, in one leaf module that every layer may import (it imports nothing).
 * Code at any depth throws one with a plain sentence saying what is wrong and what to do; `main()` in
 * scripts/cli.ts alone turns it into text (through the output guard, which masks tokens) and exit code 2.
 * Any other error that reaches `main()` is a bug, printed as an internal error for a report. So nothing
 * in between catches an error only to convert it: a Git, GitHub or file error extends {@link UserError}
 * and reaches `main()` as it is.
 */

/**
 * A problem the user can fix that is not about the command's options: a file, a repository, GitHub
 * refused. `main()` prints the message and exits 2; `--help` would not help, so it is not offered.
 */
export class UserError extends Error {
  override readonly name: string = "UserError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Bad usage: a wrong flag or argument, a path that does not exist, a bad config. Printed with a pointer to the command's `--help`. */
export class UsageError extends UserError {
  override readonly name: string = "UsageError";
}
