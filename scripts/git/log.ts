import { readRawEntries, type FileChange } from "./raw-diff.js";

/** One commit as `git log` reports it, with the files it changed. */
export interface LogCommit {
  commit: string;
  parents: string[];
  /** Author date, strict ISO 8601 with the author's offset. */
  date: string;
  author: { name: string; email: string };
  subject: string;
  changes: FileChange[];
}

/**
 * Each commit starts with an ASCII record separator so a header is told from raw entries at a glance;
 * the fields are NUL-terminated like everything else under -z, so a header is read by position and a
 * subject can hold any text.
 */
export const LOG_FORMAT = "%x1e%H%x00%P%x00%aI%x00%an%x00%ae%x00%s%x00";
const HEADER_FIELDS = 6;

/**
 * The arguments of the one `git log` pass that history needs: every commit reachable from the given
 * revisions, children before parents (--date-order), renames detected (-M), and for merges only the
 * files whose merged content differs from every parent (dense combined), which is a conflict
 * resolution and so a version of its own. Formatting options that a user's Git config could turn on
 * (colour, signatures, relative paths) are turned off, because they would change the output parsed here.
 */
export function logArguments(revisions: readonly string[]): string[] {
  return [
    "log",
    "-z",
    "--raw",
    "--no-abbrev",
    "-M",
    "--diff-merges=dense-combined",
    "--date-order",
    "--no-color",
    "--no-show-signature",
    "--no-relative",
    `--format=${LOG_FORMAT}`,
    ...revisions,
    "--",
  ];
}

/** Parses the output of `git log` run with `logArguments`. Pure: text in, commits out. */
export function parseLog(output: string): LogCommit[] {
  const tokens = output.split("\0");
  const commits: LogCommit[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at]!.replace(/^\n+/, "");
    if (token === "") {
      at++;
      continue;
    }
    if (!token.startsWith("\x1e") || at + HEADER_FIELDS > tokens.length) {
      throw new Error(`Unexpected text in Git's log output: "${token.slice(0, 60)}".`);
    }
    const [parents, date, name, email, subject] = tokens.slice(at + 1, at + HEADER_FIELDS) as [string, string, string, string, string];
    const entries = readRawEntries(tokens, at + HEADER_FIELDS);
    commits.push({
      commit: token.slice(1),
      parents: parents === "" ? [] : parents.split(" "),
      date,
      author: { name, email },
      subject,
      changes: entries.changes,
    });
    at = entries.next;
  }
  return commits;
}
