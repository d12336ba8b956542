import type { LogCommit } from "./log.js";
import type { FileChange } from "./raw-diff.js";

/** One commit that changed the traced file, and how. */
export interface FileEvent {
  commit: LogCommit;
  change: FileChange;
  /** True when the file was renamed or moved away from the path traced (asked for by its old path). */
  movedAway?: boolean;
}

/**
 * Every change to one file in the history of `head`, newest first, following renames and moves.
 * The log is ordered children before parents, so the name the file has in each commit can be handed
 * down from child to parent in the same pass: a rename gives the parents the old name; an add keeps
 * the name, so a file deleted and later re-added at the same path shows both events. Commits not
 * reachable from `head` (tags elsewhere) never receive a name and so never count.
 */
export function traceFile(commits: readonly LogCommit[], head: string, path: string): FileEvent[] {
  const names = new Map<string, Set<string>>([[head, new Set([path])]]);
  const events: FileEvent[] = [];
  for (const commit of commits) {
    const tracked = names.get(commit.commit);
    if (!tracked) continue;
    names.delete(commit.commit);
    const forParents = new Set(tracked);
    for (const change of commit.changes) {
      if (tracked.has(change.path)) {
        events.push({ commit, change });
        if (change.status === "renamed" && change.previousPath !== undefined) {
          forParents.delete(change.path);
          forParents.add(change.previousPath);
        }
      } else if (change.status === "renamed" && change.previousPath !== undefined && tracked.has(change.previousPath)) {
        // The file asked for was moved away here: that is part of its history too.
        events.push({ commit, change, movedAway: true });
      }
    }
    for (const parent of commit.parents) {
      const inherited = names.get(parent);
      if (inherited) for (const name of forParents) inherited.add(name);
      else names.set(parent, new Set(forParents));
    }
  }
  return events;
}
