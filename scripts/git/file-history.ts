import { compareNames, containingTags, reachableFrom } from "./containing-tags.js";
import type { FileChange } from "./raw-diff.js";
import { attributePullRequests } from "./pull-requests.js";
import type { LogCommit } from "./log.js";
import type { Repository, TagRef } from "./repository.js";
import { traceFile } from "./trace-file.js";

/** One version of a file: the commit that made it, and the contents before and after. */
export interface FileVersion {
  commit: string;
  /** Author date, ISO 8601. */
  date: string;
  author: { name: string; email: string };
  subject: string;
  /** The pull request the commit arrived in, when a merge or squash subject names one. */
  pullRequest?: number;
  /** Tags (of the pattern asked for) whose commit contains this commit. */
  tags: string[];
  /** Tags at which this was the file's current version (the version each tag records). */
  taggedVersionIn: string[];
  change: FileChange;
  /** True when this version moved the file away from the path asked for. */
  movedAway?: boolean;
  before?: Buffer;
  after?: Buffer;
}

/** The versions of one file in the history of HEAD. */
export interface FileHistory {
  path: string;
  head: string;
  /** Newest first. */
  versions: FileVersion[];
}

/**
 * Every version of the file at `path` in the history of HEAD, with pull request numbers and tags.
 * Git is asked four things whatever the size of the history: the tags, one `git log` over the whole
 * repository, and one `git cat-file --batch` for the contents of the versions found (plus the guards).
 */
export async function readFileHistory(
  repository: Repository,
  path: string,
  options: { tagPattern: string; head?: string; tagsAndLog?: Promise<TagsAndLog> },
): Promise<FileHistory> {
  // A caller that has already checked the repository (and so knows HEAD) spares two Git processes.
  let head = options.head;
  if (head === undefined) {
    await repository.assertNotShallow();
    head = await repository.assertHasCommits();
  }
  const { tags, commits } = await (options.tagsAndLog ?? readTagsAndLog(repository, options.tagPattern));
  const events = traceFile(commits, head, path);
  const pullRequests = attributePullRequests(commits, head);
  const tagsByCommit = containingTags(commits, tags);
  const blobs = await repository.readBlobs(
    events.flatMap(({ change }) => [change.blob, change.previousBlob]).filter((blob): blob is string => blob !== undefined),
  );

  const versions: FileVersion[] = events.map(({ commit, change, movedAway }) => ({
    commit: commit.commit,
    date: commit.date,
    author: commit.author,
    subject: commit.subject,
    ...(pullRequests.has(commit.commit) ? { pullRequest: pullRequests.get(commit.commit)! } : {}),
    tags: tagsByCommit.get(commit.commit) ?? [],
    taggedVersionIn: [],
    change,
    ...(movedAway ? { movedAway } : {}),
    ...(change.previousBlob ? { before: blobs.get(change.previousBlob) } : {}),
    ...(change.blob ? { after: blobs.get(change.blob) } : {}),
  }));
  // Only a tag that HEAD contains has its version among these; a later tag may hold a newer one.
  const inHistory = reachableFrom(commits, head);
  markTaggedVersions(versions, tags.filter((tag) => inHistory.has(tag.commit)).map((tag) => tag.name).sort(compareNames));
  return { path, head, versions };
}

/** The tags of a pattern and the log of HEAD and of those tags: what every file's history is read from. */
export interface TagsAndLog {
  tags: TagRef[];
  commits: LogCommit[];
}

/**
 * The tags and the log, which depend on no check and no path: a caller may start this while it checks
 * the repository and resolves the path, as long as it awaits the checks first (see commands/history.ts).
 */
export async function readTagsAndLog(repository: Repository, tagPattern: string): Promise<TagsAndLog> {
  const tags = await repository.tags(tagPattern);
  // Tags are walked too, so a tag on a commit that HEAD does not contain still finds its ancestors.
  const commits = await repository.log(["HEAD", ...new Set(tags.map((tag) => tag.commit))]);
  return { tags, commits };
}

/**
 * A tag records the newest version it contains: versions are newest first and a merge that combined
 * two edits is a version of its own, so the first version a tag contains is the one in the tagged tree.
 * A deletion (or a move away from the path asked for) means the tag holds no version.
 */
function markTaggedVersions(versions: FileVersion[], tagNames: readonly string[]): void {
  for (const tag of tagNames) {
    const version = versions.find((candidate) => candidate.tags.includes(tag));
    if (!version || version.change.status === "deleted" || version.movedAway) continue;
    version.taggedVersionIn.push(tag);
  }
}
