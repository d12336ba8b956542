import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RepositoryError } from "./errors.js";
import { pushRefusal } from "./push.js";
import { createGit, gitEnvironment } from "./repository.js";
import { readTreeFiles } from "./tree-files.js";
import { runGit } from "./run.js";
import { gitMessage, openWorkingCopy, type WorkingCopy } from "./working-copy.js";

/** Who a commit made by a workflow is by: GitHub's own bot account for Actions, never a person. */
export interface CommitIdentity {
  name: string;
  email: string;
}

/**
 * A scratch repository with no files checked out, for changing one remote branch by Git's plumbing
 * alone: nothing of the fetched commit is ever written to disk as a file, so no link, attribute, filter
 * or hook of it can act; its files are read as data. Removed by `close()`.
 */
export interface ScratchRepository {
  readonly workingCopy: WorkingCopy;
  close(): void;
}

/**
 * Creates the scratch repository. With `authorization` (an HTTP Authorization header value), Git sends it
 * to `remote`'s origin only; it is written into the scratch repository's own config file rather than a
 * command line, so it appears in no process list and no message, and it goes away with the folder.
 */
export async function openScratchRepository(env: Readonly<Record<string, string | undefined>>, remote: string, authorization?: string): Promise<ScratchRepository> {
  const folder = mkdtempSync(join(tmpdir(), "agreements-form-branch-"));
  try {
    await createGit(folder, gitEnvironment(env)).raw(["init", "--quiet", "--initial-branch=scratch"]);
    if (authorization !== undefined) {
      const origin = new URL(remote).origin;
      appendFileSync(join(folder, ".git", "config"), `[http "${origin}/"]\n\textraheader = AUTHORIZATION: ${authorization}\n`);
    }
    return { workingCopy: await openWorkingCopy(folder, { env }), close: () => rmSync(folder, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** The commit `branch` of `remote` points at now (fetched, with that commit only). */
export async function fetchBranchHead(workingCopy: WorkingCopy, remote: string, branch: string): Promise<string> {
  try {
    await runGit(workingCopy, ["fetch", "--quiet", "--no-tags", "--depth=1", remote, `refs/heads/${branch}`]);
  } catch (error) {
    throw new RepositoryError(`Git could not fetch the branch ${branch}: ${gitMessage(error)}`, { cause: error });
  }
  return (await runGit(workingCopy, ["rev-parse", "--verify", "FETCH_HEAD^{commit}"])).trim();
}

/** The regular files (never links) of `commit` at `paths`, as bytes. */
export async function readFiles(workingCopy: WorkingCopy, commit: string, paths: readonly string[]): Promise<Map<string, Buffer>> {
  const files = await readTreeFiles(workingCopy, commit, paths);
  return new Map(files.filter((file) => paths.includes(file.path)).map((file) => [file.path, file.bytes]));
}

/**
 * A new commit on top of `parent` in which only `changes` (path -> new text) differ, each file keeping
 * its mode; built in a private index, so nothing is checked out. Returns the new commit's SHA.
 */
export async function commitChanges(workingCopy: WorkingCopy, parent: string, changes: ReadonlyMap<string, string>, identity: CommitIdentity, message: string): Promise<string> {
  await runGit(workingCopy, ["read-tree", parent]);
  for (const [path, text] of changes) {
    const mode = (await runGit(workingCopy, ["ls-tree", "--format=%(objectmode)", parent, "--", path])).trim();
    const blob = (await runGit(workingCopy, ["hash-object", "-w", "--stdin"], text)).trim();
    await runGit(workingCopy, ["update-index", "--cacheinfo", `${mode || "100644"},${blob},${path}`]);
  }
  const tree = (await runGit(workingCopy, ["write-tree"])).trim();
  const who = ["-c", `user.name=${identity.name}`, "-c", `user.email=${identity.email}`];
  return (await runGit(workingCopy, [...who, "commit-tree", tree, "-p", parent, "-F", "-"], message)).trim();
}

/**
 * Moves `branch` of `remote` forward to `commit`, never with --force: when someone pushed to the branch
 * meanwhile, the remote refuses (the move would not be a fast-forward) and nothing is lost. The refspec
 * names the branch in full, so no tag or other ref of the same name can be meant.
 */
export async function pushFastForward(workingCopy: WorkingCopy, remote: string, commit: string, branch: string): Promise<void> {
  try {
    await runGit(workingCopy, ["push", "--porcelain", remote, `${commit}:refs/heads/${branch}`]);
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error);
    const refusal = pushRefusal(said);
    throw new RepositoryError(
      refusal
        ? `The repository refused the formatted version of ${branch}: ${refusal}. If someone saved again meanwhile, the next run formats that version.`
        : `Git could not push the formatted version of ${branch}: ${gitMessage(error)}`,
      { cause: error },
    );
  }
}
