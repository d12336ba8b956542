/**
 * A Git precondition that the user can fix: not a repository, a shallow clone, no commits yet, an
 * unknown ref. The message says what to do. Commands turn it into a `UsageError` (exit 2); anything
 * else Git reports is an internal failure and keeps its own error.
 */
export class RepositoryError extends Error {
  override readonly name = "RepositoryError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
