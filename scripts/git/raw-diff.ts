import { SYMBOLIC_LINK } from "./modes.js";

/** How one file changed in one commit (or between two trees), from Git's `--raw` output. */
export type FileChangeStatus = "added" | "modified" | "deleted" | "renamed" | "copied" | "merged";

/** One file's change in a commit or between two trees, with the blobs on either side. */
export interface FileChange {
  status: FileChangeStatus;
  /** The path after the change; for a deleted file, the path it had. */
  path: string;
  /** The path before a rename or copy. */
  previousPath?: string;
  /** The blob after the change; absent when the file was deleted. */
  blob?: string;
  /** The blob before the change; absent when the file was added. */
  previousBlob?: string;
}

const NO_BLOB = /^0+$/;

/** What is left of a change when its symbolic-link side is taken away: an addition, a deletion, or nothing. */
function withoutLinks(previousBlob: string | undefined, blob: string | undefined, path: string, previousPath: string | undefined): FileChange | undefined {
  if (blob !== undefined) return { status: "added", path, blob };
  if (previousBlob !== undefined) return { status: "deleted", path: previousPath ?? path, previousBlob };
  return undefined;
}

/**
 * Reads `--raw -z --no-abbrev` entries starting at `tokens[index]` (the output split on NUL) until the
 * first token that is not an entry. With -z every path is its own token, so names with spaces, quotes,
 * newlines or letters like ä come back byte for byte, and a path is consumed by count, never inspected.
 * Returns the entries and the index of the first token after them.
 */
export function readRawEntries(tokens: readonly string[], index: number): { changes: FileChange[]; next: number } {
  const changes: FileChange[] = [];
  let at = index;
  while (at < tokens.length) {
    const token = tokens[at]!.replace(/^\n+/, "");
    if (token === "") {
      at++;
      continue;
    }
    if (!token.startsWith(":")) break;
    if (token.startsWith("::")) {
      changes.push(combinedEntry(token, tokens[at + 1]));
      at += 2;
      continue;
    }
    // ":100644 100644 <old blob> <new blob> <status letter + optional score>"
    const [oldMode, newMode, oldBlob, newBlob, status] = token.slice(1).split(" ");
    const letter = status?.[0];
    const paths = letter === "R" || letter === "C" ? 2 : 1;
    // A symbolic link is never an agreement (see tree-files.ts): a side that is one counts as no file.
    if (oldMode === SYMBOLIC_LINK || newMode === SYMBOLIC_LINK) {
      const change = withoutLinks(oldMode === SYMBOLIC_LINK ? undefined : blobOrUndefined(oldBlob), newMode === SYMBOLIC_LINK ? undefined : blobOrUndefined(newBlob), requirePath(tokens[at + paths], token), paths === 2 ? requirePath(tokens[at + 1], token) : undefined);
      if (change) changes.push(change);
      at += paths + 1;
      continue;
    }
    if (letter === "R" || letter === "C") {
      changes.push({
        status: letter === "R" ? "renamed" : "copied",
        previousPath: requirePath(tokens[at + 1], token),
        path: requirePath(tokens[at + 2], token),
        previousBlob: blobOrUndefined(oldBlob),
        blob: blobOrUndefined(newBlob),
      });
      at += 3;
      continue;
    }
    changes.push({
      status: letter === "A" ? "added" : letter === "D" ? "deleted" : "modified",
      path: requirePath(tokens[at + 1], token),
      previousBlob: blobOrUndefined(oldBlob),
      blob: blobOrUndefined(newBlob),
    });
    at += 2;
  }
  return { changes, next: at };
}

/**
 * A merge's dense combined entry ("::<modes> <one blob per parent> <result blob> <letters>"): Git lists
 * only files whose merged content differs from every parent, such as a resolved conflict. The version
 * before is taken from the first parent that had the file.
 */
function combinedEntry(token: string, pathToken: string | undefined): FileChange {
  const fields = token.replace(/^:+/, "").split(" ");
  const parents = (fields.length - 1) / 2 - 1;
  // The modes (one per parent, then the result's), to leave symbolic links out as everywhere else.
  const modes = fields.slice(0, parents + 1);
  const blobs = fields.slice(parents + 1, fields.length - 1);
  const blobUnlessLink = (blob: string | undefined, index: number) => (modes[index] === SYMBOLIC_LINK ? undefined : blobOrUndefined(blob));
  const result = blobUnlessLink(blobs.at(-1), blobs.length - 1);
  const previous = blobs.slice(0, -1).map(blobUnlessLink).find((blob) => blob !== undefined);
  return { status: result ? "merged" : "deleted", path: requirePath(pathToken, token), blob: result, previousBlob: previous };
}

function blobOrUndefined(blob: string | undefined): string | undefined {
  return blob === undefined || NO_BLOB.test(blob) ? undefined : blob;
}

function requirePath(path: string | undefined, entry: string): string {
  if (path === undefined || path === "") throw new Error(`Git's raw diff output ended in the middle of an entry ("${entry}").`);
  return path;
}
