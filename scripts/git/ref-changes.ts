import type { FileChange } from "./raw-diff.js";
import type { Repository } from "./repository.js";

/** A file that differs between two commits, with both versions' contents. */
export interface ChangedFile {
  change: FileChange;
  before?: Buffer;
  after?: Buffer;
}

/** Two refs, the commits they name, and the files that differ between them. */
export interface RefChanges {
  from: { ref: string; commit: string };
  to: { ref: string; commit: string };
  files: ChangedFile[];
}

/**
 * The files that differ between two refs (renames and moves followed), limited to those `include`
 * accepts by either name, with both versions read in one `git cat-file --batch` pass.
 */
export async function readRefChanges(repository: Repository, from: string, to: string, include: (path: string) => boolean): Promise<RefChanges> {
  // One after another, so the first that fails is the one reported (an empty branch before an unknown
  // version, "from" before "to"), and the diff compares the commits the checks resolved. Started together
  // they would not run any sooner: a Repository's Git commands run one at a time (bench/issue-13.md, round 10).
  await repository.assertHasCommits();
  const fromCommit = await repository.assertCommit(from);
  const toCommit = await repository.assertCommit(to);
  const changes = (await repository.changedFiles(fromCommit, toCommit)).filter(
    (change) => include(change.path) || (change.previousPath !== undefined && include(change.previousPath)),
  );
  const blobs = await repository.readBlobs(
    changes.flatMap((change) => [change.blob, change.previousBlob]).filter((blob): blob is string => blob !== undefined),
  );
  return {
    from: { ref: from, commit: fromCommit },
    to: { ref: to, commit: toCommit },
    files: changes.map((change) => ({
      change,
      ...(change.previousBlob ? { before: blobs.get(change.previousBlob) } : {}),
      ...(change.blob ? { after: blobs.get(change.blob) } : {}),
    })),
  };
}
