/** Bad usage: a wrong flag, a path that does not exist, a bad config. The entry point prints it and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}
