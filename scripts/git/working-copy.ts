import { GitError, simpleGit, type SimpleGit } from "simple-git";
import { openRepository, type Repository, type RepositoryOptions } from "./repository.js";

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

/**
 * The same settings `Repository` fixes, whatever the user's Git config says: names printed raw (not
 * "\303\244"), UTF-8, no colour codes.
 */
const FIXED_CONFIG = ["core.quotepath=false", "color.ui=false", "i18n.logOutputEncoding=UTF-8"];

/**
 * simple-git refuses to start Git when variables that can run programs or redirect config (GIT_*,
 * EDITOR, PAGER …) are passed explicitly, and drops them from the ambient environment. They are dropped
 * here too, so a command behaves the same whether its environment was passed in or inherited.
 */
const GUARDED_VARIABLES = new Set(["editor", "visual", "pager", "prefix", "ssh_askpass"]);

function gitEnvironment(env: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> | undefined {
  if (!env) return undefined;
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const lower = key.toLowerCase();
    if (value === undefined || lower.startsWith("git_") || GUARDED_VARIABLES.has(lower)) continue;
    kept[key] = value;
  }
  return kept;
}

function createGit(root: string, env: Record<string, string> | undefined, input?: string): SimpleGit {
  const git = simpleGit({ baseDir: root, config: FIXED_CONFIG, ...(input === undefined ? {} : { input: () => input }) });
  return env ? git.env(env) : git;
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
