import { GitError } from "simple-git";
import { createGit, gitEnvironment, openRepository, type Repository, type RepositoryOptions } from "./repository.js";

/**
 * A working tree the yearly commands change: the read-only `Repository` (history, refs, blobs) plus a
 * way to run the Git commands that write (switch, commit, tag, fetch, push). Every Git call goes through
 * simple-git with the same fixed settings as `Repository`, so what is parsed is what Git stored.
 */
export interface WorkingCopy {
  readonly repository: Repository;
  /** Absolute path of the working tree's top folder. */
  readonly root: string;
  /** Runs `git <args>` in the top folder and returns its standard output; `input` goes to its standard input. */
  git(args: readonly string[], input?: string): Promise<string>;
}

/** Opens the working tree that contains `cwd`; a `RepositoryError` when there is none. */
export async function openWorkingCopy(cwd: string, options: RepositoryOptions = {}): Promise<WorkingCopy> {
  const repository = await openRepository(cwd, options);
  const env = gitEnvironment(options.env);
  const git = createGit(repository.root, env);
  return {
    repository,
    root: repository.root,
    git: (args, input) => (input === undefined ? git : createGit(repository.root, env, input)).raw([...args]),
  };
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
