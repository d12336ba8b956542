import { RepositoryError } from "./errors.js";
import { describeWriteFailure } from "./write-failures.js";
import { gitMessage, type WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

/** The commit the local tag points at (an annotated tag peeled), or undefined when there is no such tag. */
export async function localTagCommit(workingCopy: WorkingCopy, name: string): Promise<string | undefined> {
  return workingCopy.repository.resolveCommit(`refs/tags/${name}`);
}

/**
 * Parses `git ls-remote` lines for one tag: "<object>\trefs/tags/<name>" and, for an annotated tag, the
 * commit it points at as "<commit>\trefs/tags/<name>^{}". Pure.
 */
export function parseRemoteTag(output: string, name: string): string | undefined {
  let direct: string | undefined;
  for (const line of output.split("\n")) {
    const [object, ref] = line.split("\t");
    if (ref === `refs/tags/${name}^{}`) return object;
    if (ref === `refs/tags/${name}`) direct = object;
  }
  return direct;
}

/** The commit the remote's tag points at, or undefined when the remote has no such tag. Asks the remote. */
export async function remoteTagCommit(workingCopy: WorkingCopy, remote: string, name: string): Promise<string | undefined> {
  let output: string;
  try {
    // The peeled line must be asked for by its own name: ls-remote patterns match whole ref names.
    output = await runGit(workingCopy, ["ls-remote", "--tags", remote, `refs/tags/${name}`, `refs/tags/${name}^{}`]);
  } catch (error) {
    throw new RepositoryError(`Git could not ask the remote "${remote}" for its tags: ${gitMessage(error)} Check the network connection, then run the command again.`, {
      cause: error,
    });
  }
  return parseRemoteTag(output, name);
}

/**
 * Creates an annotated tag. Annotated, not lightweight: a lightweight tag is a bare pointer with no message,
 * date or tagger, and a submission record needs all three (who submitted what, when, with which figures).
 * `--cleanup=verbatim` keeps the message as written (Git would otherwise drop lines that start with "#").
 * Git itself refuses to replace an existing tag, so a tag is never moved.
 */
export async function createAnnotatedTag(workingCopy: WorkingCopy, name: string, commit: string, message: string): Promise<void> {
  try {
    await runGit(workingCopy, ["tag", "--annotate", "--cleanup=verbatim", "--file=-", name, commit], message);
  } catch (error) {
    throw describeWriteFailure(error, `create the tag "${name}"`);
  }
}

/** Fetches one tag from the remote into the local repository (it never replaces a local tag). */
export async function fetchTag(workingCopy: WorkingCopy, remote: string, name: string): Promise<void> {
  try {
    await runGit(workingCopy, ["fetch", "--quiet", "--no-tags", remote, `refs/tags/${name}:refs/tags/${name}`]);
  } catch (error) {
    throw new RepositoryError(`Git could not fetch the tag "${name}" from "${remote}": ${gitMessage(error)}`, { cause: error });
  }
}

/** A local tag as Git records it. */
export interface TagInfo {
  /** The commit it points at (an annotated tag peeled). */
  commit: string;
  /** "tag" for an annotated tag, "commit" for a lightweight one. */
  objectType: string;
  /** The tagger's date (YYYY-MM-DD); "" for a lightweight tag, which records none. */
  taggerDate: string;
  /** The tagger's date for an annotated tag, else the commit's. */
  creatorDate: string;
}

/** The local tag of this exact name, or undefined when there is none (or it points at no commit). */
export async function readTagInfo(workingCopy: WorkingCopy, name: string): Promise<TagInfo | undefined> {
  const ref = `refs/tags/${name}`;
  // for-each-ref matches by prefix too (refs/tags/submission-2020/x), hence the exact refname check.
  const output = await runGit(workingCopy, ["for-each-ref", "--format=%(refname)%00%(objecttype)%00%(taggerdate:short)%00%(creatordate:short)", ref]);
  const line = output.split("\n").find((candidate) => candidate.startsWith(`${ref}\0`));
  if (line === undefined) return undefined;
  const commit = await localTagCommit(workingCopy, name);
  if (commit === undefined) return undefined;
  const [, objectType = "", taggerDate = "", creatorDate = ""] = line.split("\0");
  return { commit, objectType, taggerDate, creatorDate };
}
