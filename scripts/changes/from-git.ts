import type { FileHistory } from "../git/file-history.js";
import type { FileChange } from "../git/raw-diff.js";
import type { RefChanges } from "../git/ref-changes.js";
import type { AgreementFile } from "../model/document.js";
import { compareAgreements } from "./compare.js";
import type { AgreementParser } from "./parse-version.js";
import type { AgreementChange, AgreementDiff, AgreementHistory, FileStatus } from "./types.js";
import type { Rule } from "../rules/rule.js";

/**
 * The diff of two refs from the structured change of each changed file, in the order of `changes.files`
 * (compared by `compareChangedFile`, on one thread or several: changes/parallel.ts).
 */
export function diffOf(changes: RefChanges, agreements: AgreementChange[]): AgreementDiff {
  return { from: changes.from, to: changes.to, agreements };
}

/** A changed file with both versions' bytes (a `ChangedFile`, or one handed to a worker thread, whose Buffers arrive as Uint8Arrays). */
export interface ChangedBytes {
  change: FileChange;
  before?: Uint8Array;
  after?: Uint8Array;
}

/** One changed file's structured change: both versions parsed (then dropped) and compared. */
export function compareChangedFile({ change, before, after }: ChangedBytes, parse: AgreementParser): AgreementChange {
  const read = (path: string, bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : parse(path, bytes));
  return compareChange(change, read(change.previousPath ?? change.path, before), read(change.path, after));
}

/** Every version of one agreement, each with its structured change from the version before. */
export function agreementHistory(history: FileHistory, target: string, parse: AgreementParser): AgreementHistory {
  const cached = cachedParser(parse);
  return {
    target,
    path: history.path,
    versions: history.versions.map((version) => ({
      commit: version.commit,
      date: version.date,
      author: version.author,
      subject: version.subject,
      ...(version.pullRequest !== undefined ? { pullRequest: version.pullRequest } : {}),
      tags: version.tags,
      submittedIn: version.taggedVersionIn,
      change: compareChange(
        version.change,
        cached(version.change.previousPath ?? version.change.path, version.change.previousBlob, version.before),
        cached(version.change.path, version.change.blob, version.after),
      ),
    })),
  };
}

function compareChange(change: FileChange, before: AgreementFile | undefined, after: AgreementFile | undefined): AgreementChange {
  return compareAgreements({
    status: fileStatus(change),
    path: change.path,
    ...(change.status === "renamed" ? { previousPath: change.previousPath } : {}),
    before,
    after,
  });
}

function fileStatus(change: FileChange): FileStatus {
  switch (change.status) {
    case "added":
    case "copied":
      return "added";
    case "deleted":
      return "removed";
    case "renamed":
      return "renamed";
    case "modified":
    case "merged":
      return "modified";
  }
}

/** Each blob is parsed once: in a history, one version's "after" is the next one's "before". */
function cachedParser(parse: AgreementParser): (path: string, blob: string | undefined, bytes: Buffer | undefined) => AgreementFile | undefined {
  const parsed = new Map<string, AgreementFile>();
  return (path, blob, bytes) => {
    if (blob === undefined || bytes === undefined) return undefined;
    const key = `${blob}\0${path}`;
    let file = parsed.get(key);
    if (!file) {
      file = parse(path, bytes);
      parsed.set(key, file);
    }
    return file;
  };
}

/**
 * Starts loading the agreement parser (YAML, Markdown and schema code: most of a command's start-up)
 * at once, so it loads while Git reads the history in its own process instead of before or after.
 */
export function loadAgreementParser(rules: Promise<readonly Rule[]>): Promise<AgreementParser> {
  const loading = Promise.all([import("./parse-version.js"), import("../reader/reader.js"), rules]).then(([parser, reader, list]) => parser.createAgreementParser(reader.createReader(list)));
  // Awaited later; until then a failure must not count as unhandled (the awaited copy still throws).
  loading.catch(() => undefined);
  return loading;
}
