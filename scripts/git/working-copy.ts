import { GitError } from "simple-git";
import { gitEnvironment, openRepository, type RepositoryOptions } from "./repository.js";
import { OpenedWorkingCopy, type WorkingCopy } from "./run.js";

// The interface is declared in run.ts (next to the runner, which must not import this file); this is its public home.
export type { WorkingCopy };

/** Opens the working tree that contains `cwd`; a `RepositoryError` when there is none. */
export async function openWorkingCopy(cwd: string, options: RepositoryOptions = {}): Promise<WorkingCopy> {
  const repository = await openRepository(cwd, options);
  return new OpenedWorkingCopy(repository, gitEnvironment(options.env));
}

/** What Git said when it failed (its standard error), without simple-git's wrapping; for messages to the user. */
export function gitMessage(error: unknown): string {
  const text = error instanceof GitError || error instanceof Error ? error.message : String(error);
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^hint:/.test(line))
    .join(" ")
    .trim();
}
