import { RepositoryError } from "./errors.js";
import { gitMessage } from "./working-copy.js";

/**
 * Turns a failed commit, tag or push into a message an official can act on. Git's own text is kept,
 * because it names the cause (a hook's output, the remote's reason); the advice around it says what to do.
 */
export function describeWriteFailure(error: unknown, action: string): RepositoryError {
  const said = gitMessage(error);
  if (/please tell me who you are|empty ident name|unable to auto-detect email|no email was given|no name was given/i.test(said)) {
    return new RepositoryError(
      `Git could not ${action} because it does not know who you are (every commit and tag records its author). Tell it once, then run the command again:\n` +
        '  git config --global user.name "Your Name"\n' +
        '  git config --global user.email "you@example.fi"',
      { cause: error },
    );
  }
  return new RepositoryError(`Git could not ${action}: ${said}`, { cause: error });
}
