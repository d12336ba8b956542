/** Bad usage: a wrong flag, a path that does not exist, a bad config. The entry point prints it and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly command?: string,
    /** False when the options were right and the world was not (GitHub refused, say): --help would not help. */
    readonly showHelpHint = true,
  ) {
    super(message);
  }
}
