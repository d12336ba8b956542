import { GitError } from "simple-git";
import { gitEnvironment, openRepository, type Repository, type RepositoryOptions } from "./repository.js";
import { OpenedWorkingCopy } from "./run.js";

/**
 * A working tree the yearly commands change: the read-only `Repository` (history, refs, blobs) plus the
 * Git commands that write (switch, commit, tag, fetch, push), each a named function in scripts/git/. The
 * raw runner behind them (scripts/git/run.ts) is private to scripts/git/, so what other folders ask of Git
 * always goes through a function that parses its output and words its failure.
 */
export interface WorkingCopy {
  readonly repository: Repository;
  /** Absolute path of the working tree's top folder. */
  readonly root: string;
}

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
