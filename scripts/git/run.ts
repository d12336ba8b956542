import type { SimpleGit } from "simple-git";
import { createGit, type Repository } from "./repository.js";

/**
 * A working tree the yearly commands change: the read-only `Repository` (history, refs, blobs) plus the
 * Git commands that write (switch, commit, tag, fetch, push), each a named function in scripts/git/. The
 * raw runner behind them (below) is private to scripts/git/, so what other folders ask of Git always goes
 * through a function that parses its output and words its failure. Declared here, next to the runner that
 * implements it, so that run.ts needs nothing from working-copy.ts; other folders import it from there.
 */
export interface WorkingCopy {
  readonly repository: Repository;
  /** Absolute path of the working tree's top folder. */
  readonly root: string;
}

/**
 * The working copy as `openWorkingCopy` makes it: the public `WorkingCopy` plus the raw Git runner, which
 * only code in scripts/git/ may reach (through {@link runGit}; test/architecture/architecture-git.test.ts fails when a
 * file elsewhere imports this module). Every Git operation thus has a name in scripts/git/, where its
 * output is parsed and its failure worded once.
 */
export class OpenedWorkingCopy implements WorkingCopy {
  readonly root: string;
  readonly #env: Record<string, string> | undefined;
  readonly #git: SimpleGit;

  constructor(readonly repository: Repository, env: Record<string, string> | undefined) {
    this.root = repository.root;
    this.#env = env;
    this.#git = createGit(repository.root, env);
  }

  /** Runs `git <args>` in the top folder and returns its standard output; `input` goes to its standard input. */
  static run(workingCopy: WorkingCopy, args: readonly string[], input?: string): Promise<string> {
    if (!(workingCopy instanceof OpenedWorkingCopy)) throw new TypeError("runGit needs a working copy made by openWorkingCopy().");
    const git = input === undefined ? workingCopy.#git : createGit(workingCopy.root, workingCopy.#env, input);
    return git.raw([...args]);
  }
}

/** Runs `git <args>` in the working copy's top folder and returns its standard output; `input` goes to its standard input. */
export function runGit(workingCopy: WorkingCopy, args: readonly string[], input?: string): Promise<string> {
  return OpenedWorkingCopy.run(workingCopy, args, input);
}
