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
  // The three checks and the diff itself run together and are awaited in their old order, so the first check
  // that fails in that order is still the one reported (an empty branch before an unknown version, "from"
  // before "to"), and the diff is read only once both versions have passed. It is given the names the checks
  // resolve, as they resolve them (<name>^{commit}), so it compares the commits they return. Each has a
  // handler from the start: the failures an earlier error makes moot must not become unhandled rejections.
  const hasCommits = repository.assertHasCommits();
  const fromChecked = repository.assertCommit(from);
  const toChecked = repository.assertCommit(to);
  const diffed = repository.changedFiles(`${from}^{commit}`, `${to}^{commit}`);
  for (const step of [hasCommits, fromChecked, toChecked, diffed]) step.catch(() => undefined);
  await hasCommits;
  const fromCommit = await fromChecked;
  const toCommit = await toChecked;
  const changes = (await diffed).filter(
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
