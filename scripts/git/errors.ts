import { UserError } from "../errors.js";

/**
 * A Git precondition that the user can fix: not a repository, a shallow clone, no commits yet, an
 * unknown ref. The message says what to do; `main()` prints it and exits 2. Anything else Git reports
 * is an internal failure and keeps its own error.
 */
export class RepositoryError extends UserError {
  override readonly name: string = "RepositoryError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
