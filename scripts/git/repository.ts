import { closestMatch } from "../model/suggest.js";
import { GitError, simpleGit, type SimpleGit } from "simple-git";
import { catFileRequest, parseCatFileBatch } from "./cat-file.js";
import { RepositoryError } from "./errors.js";
import { logArguments, parseLog, type LogCommit } from "./log.js";
import { readRawEntries, type FileChange } from "./raw-diff.js";

/** A tag and the commit it points at (annotated tags peeled). */
export interface TagRef {
  name: string;
  commit: string;
}

/**
 * The few Git operations the commands need, each a single Git call, run in the top folder of one
 * working tree passed in explicitly. Queries answer; guards (`assert…`) throw a `RepositoryError`
 * whose message tells an official what to do.
 */
export interface Repository {
  /** Absolute path of the working tree's top folder; every path below is relative to it. */
  readonly root: string;
  isShallow(): Promise<boolean>;
  assertNotShallow(): Promise<void>;
  hasCommits(): Promise<boolean>;
  /** Returns the commit HEAD points at. */
  assertHasCommits(): Promise<string>;
  /** The checked-out branch, or undefined on a detached HEAD. */
  currentBranch(): Promise<string | undefined>;
  /** The commit a ref (commit, branch, tag, HEAD~2 …) names, or undefined when it names none. */
  resolveCommit(ref: string): Promise<string | undefined>;
  assertCommit(ref: string): Promise<string>;
  /** The names of the branches (local and remote) and tags, for a "did you mean" on a mistyped ref. */
  refNames(): Promise<string[]>;
  /** Files in a commit's tree under a folder (or all), with forward-slash paths. */
  listFiles(commit: string, under?: string): Promise<string[]>;
  /** Files changed between two commits, renames and moves detected. */
  changedFiles(from: string, to: string): Promise<FileChange[]>;
  /** Tags matching a glob such as "submission-*", with the commits they point at. */
  tags(pattern: string): Promise<TagRef[]>;
  /** Every commit reachable from the revisions, newest first, in one `git log` pass. */
  log(revisions: readonly string[]): Promise<LogCommit[]>;
  /** The contents of blobs by object id, in one `git cat-file --batch` pass. */
  readBlobs(objectIds: Iterable<string>): Promise<Map<string, Buffer>>;
}

/** How to run Git for a repository. */
export interface RepositoryOptions {
  /** The environment Git runs with (the command's, passed in; never read from `process` here). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Settings that must hold whatever the user's Git config says: names printed raw (not "\303\244"),
 * output in UTF-8 and without colour codes, so that what is parsed is what Git stored.
 */
const FIXED_CONFIG = ["core.quotepath=false", "color.ui=false", "i18n.logOutputEncoding=UTF-8"];

/**
 * simple-git refuses to start Git when variables that can run programs or redirect config (GIT_*,
 * EDITOR, PAGER …) are passed explicitly. Reading a repository needs none of them, so they are dropped.
 */
const GUARDED_VARIABLES = new Set(["editor", "visual", "pager", "prefix", "ssh_askpass"]);

export function gitEnvironment(env: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> | undefined {
  if (!env) return undefined;
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const lower = key.toLowerCase();
    if (value === undefined || lower.startsWith("git_") || GUARDED_VARIABLES.has(lower)) continue;
    kept[key] = value;
  }
  return kept;
}

export function createGit(baseDir: string, env: Record<string, string> | undefined, input?: Buffer | string): SimpleGit {
  const git = simpleGit({ baseDir, config: FIXED_CONFIG, ...(input === undefined ? {} : { input: () => input }) });
  return env ? git.env(env) : git;
}

/** Opens the working tree that contains `cwd`; a `RepositoryError` when there is none. */
export async function openRepository(cwd: string, options: RepositoryOptions = {}): Promise<Repository> {
  const env = gitEnvironment(options.env);
  let root: string;
  try {
    root = (await createGit(cwd, env).raw(["rev-parse", "--show-toplevel"])).replace(/\n$/, "");
  } catch (error) {
    throw describeOpenFailure(cwd, error);
  }
  if (root === "") {
    throw new RepositoryError(`"${cwd}" is inside a Git repository without a working tree (a bare repository). Run the command in a cloned copy of the agreements repository.`);
  }
  return new GitRepository(root, env);
}

function describeOpenFailure(cwd: string, error: unknown): Error {
  const text = error instanceof Error ? error.message : String(error);
  if (/not a git repository/i.test(text)) {
    return new RepositoryError(
      `"${cwd}" is not inside a Git repository. Run the command in your copy of the agreements repository (the folder that "git clone" made).`,
      { cause: error },
    );
  }
  if (/dubious ownership/i.test(text)) {
    return new RepositoryError(`Git refuses to read "${cwd}" because the folder belongs to another user. ${text.trim()}`, { cause: error });
  }
  if (/must be run in a work tree/i.test(text)) {
    return new RepositoryError(`"${cwd}" is inside a Git folder, not a working tree. Run the command in the folder that holds agreements/.`, { cause: error });
  }
  if (error instanceof GitError || /ENOENT|does not exist/.test(text)) {
    return new RepositoryError(`Git could not open "${cwd}": ${text.trim()}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(text);
}

class GitRepository implements Repository {
  private readonly git: SimpleGit;

  constructor(
    readonly root: string,
    private readonly env: Record<string, string> | undefined,
  ) {
    this.git = createGit(root, env);
  }

  async isShallow(): Promise<boolean> {
    return (await this.git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }

  async assertNotShallow(): Promise<void> {
    if (!(await this.isShallow())) return;
    throw new RepositoryError(
      "This copy of the repository is a shallow clone: only the latest commits were fetched, so the history would be incomplete. " +
        "In a GitHub Actions workflow give actions/checkout the setting \"fetch-depth: 0\"; in your own copy run \"git fetch --unshallow\".",
    );
  }

  async hasCommits(): Promise<boolean> {
    return (await this.resolveCommit("HEAD")) !== undefined;
  }

  async assertHasCommits(): Promise<string> {
    const head = await this.resolveCommit("HEAD");
    if (head !== undefined) return head;
    const branch = (await this.currentBranch()) ?? "HEAD";
    throw new RepositoryError(`The branch "${branch}" has no commits yet, so there is no history to show. Commit the agreements first.`);
  }

  async currentBranch(): Promise<string | undefined> {
    // symbolic-ref exits 1 without a message on a detached HEAD; simple-git then resolves with "".
    const name = (await this.git.raw(["symbolic-ref", "--quiet", "--short", "HEAD"])).trim();
    return name === "" ? undefined : name;
  }

  async resolveCommit(ref: string): Promise<string | undefined> {
    // A range (a..b, a...b) or a revision with ^! ^@ names several commits, never one.
    if (ref === "" || ref.includes("..") || /\^[!@-]/.test(ref) || /[\0\n\r]/.test(ref)) return undefined;
    let output: string;
    try {
      // --end-of-options: a ref written "-x" is a name, never an option. --quiet: an unknown ref gives "".
      output = await this.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    } catch {
      // Git still fails loudly for a name that exists but is no commit (HEAD^{tree}, a blob): not a commit either.
      return undefined;
    }
    const sha = output.trim();
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : undefined;
  }

  async assertCommit(ref: string): Promise<string> {
    if (ref.includes("..")) {
      const [from = "", to = ""] = ref.split(/\.{2,3}/);
      throw new RepositoryError(`"${ref}" is a range of commits; give the two versions separately, for example "${from || "main"}" "${to || "HEAD"}".`);
    }
    const sha = await this.resolveCommit(ref);
    if (sha !== undefined) return sha;
    const shallow = await this.isShallow();
    const suggestion = closestMatch(ref, await this.refNames());
    throw new RepositoryError(
      `"${ref}" is not a commit, branch or tag in this repository. ` +
        (suggestion !== undefined
          ? `Did you mean "${suggestion}"?`
          : shallow
          ? "This copy is a shallow clone, so older commits and tags are missing: in GitHub Actions give actions/checkout \"fetch-depth: 0\", or run \"git fetch --unshallow --tags\"."
          : "Check the spelling; \"git tag --list\" shows the tags and \"git branch --all\" the branches."),
    );
  }

  async refNames(): Promise<string[]> {
    const output = await this.git.raw(["for-each-ref", "--format=%(refname:short)", "refs/heads", "refs/tags", "refs/remotes"]);
    return output.split("\n").filter((name) => name !== "" && !name.endsWith("/HEAD"));
  }

  async listFiles(commit: string, under?: string): Promise<string[]> {
    const output = await this.git.raw(["ls-tree", "-r", "-z", "--name-only", "--full-tree", commit, "--", ...(under ? [under] : [])]);
    return output.split("\0").filter((path) => path !== "");
  }

  async changedFiles(from: string, to: string): Promise<FileChange[]> {
    // --end-of-options: a version written "-x" is a name, never an option (diff may be given names, see readRefChanges).
    const output = await this.git.raw(["diff", "--raw", "-z", "--no-abbrev", "-M", "--no-color", "--no-relative", "--no-ext-diff", "--end-of-options", from, to, "--"]);
    return readRawEntries(output.split("\0"), 0).changes;
  }

  async tags(pattern: string): Promise<TagRef[]> {
    const output = await this.git.raw(["for-each-ref", "--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)", `refs/tags/${pattern}`]);
    const tags: TagRef[] = [];
    for (const line of output.split("\n")) {
      if (line === "") continue;
      const [name, type, object, peeledType, peeled] = line.split("\0");
      if (type === "commit") tags.push({ name: name!, commit: object! });
      else if (peeledType === "commit") tags.push({ name: name!, commit: peeled! });
    }
    return tags;
  }

  async log(revisions: readonly string[]): Promise<LogCommit[]> {
    return parseLog(await this.git.raw(logArguments(revisions)));
  }

  /**
   * One `git cat-file --batch` process for all blobs, fed through simple-git's `input` option (stdin)
   * and read with `binaryCatFile` so sizes, counted in bytes, line up with the Buffer. The alternatives
   * were one `git show` per version (a process per file: what the history must never do) or `git
   * cat-file` spawned by hand (a second way of running Git beside simple-git, with its own error handling).
   */
  async readBlobs(objectIds: Iterable<string>): Promise<Map<string, Buffer>> {
    const unique = [...new Set(objectIds)];
    // An empty request would leave Git waiting on stdin: simple-git writes nothing and keeps it open.
    if (unique.length === 0) return new Map();
    const output = await createGit(this.root, this.env, catFileRequest(unique)).binaryCatFile(["--batch"]);
    return parseCatFileBatch(output);
  }
}
