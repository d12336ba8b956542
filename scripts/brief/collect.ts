import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compareAgreements } from "../changes/compare.js";
import { UsageError, UserError } from "../errors.js";
import { loadAgreements } from "../document/load.js";
import { lookUpBlobs } from "../git/blobs.js";
import { RepositoryError } from "../git/errors.js";
import { openWorkingCopy, type WorkingCopy } from "../git/working-copy.js";
import { lintWholeRepository } from "../lint/run.js";
import { readableCatalogues } from "../model/choose-catalogue.js";
import type { BriefInput } from "./html.js";
import type { Reader } from "../reader/reader.js";

export interface CollectBriefOptions {
  /** The repository's top folder. */
  root: string;
  /** The agreement's repository path. */
  path: string;
  /** A tag, branch or commit to compare with; default: the newest submission-<year> tag before the agreement's cycle. */
  since?: string;
  today: string;
  env: Readonly<Record<string, string | undefined>>;
  config?: string;
  /** Reads the agreements and the config with the command's rules. */
  reader: Reader;
}

const SUBMISSION_TAG = /^submission-(\d{4})$/;

/** The newest submission tag of a year before `cycle`: the agreement as last submitted. */
async function previousSubmission(workingCopy: WorkingCopy, cycle: number): Promise<string | undefined> {
  const years = (await workingCopy.repository.tags("submission-*"))
    .map((tag) => Number(SUBMISSION_TAG.exec(tag.name)?.[1]))
    .filter((year) => Number.isInteger(year) && year < cycle)
    .sort((a, b) => b - a);
  return years.length > 0 ? `submission-${years[0]}` : undefined;
}

/** The file's bytes at a commit, or undefined when it did not exist there. */
async function readAt(workingCopy: WorkingCopy, commit: string, path: string): Promise<Buffer | undefined> {
  const listed = await workingCopy.repository.listFiles(commit, path);
  if (!listed.includes(path)) return undefined;
  const [object] = await lookUpBlobs(workingCopy, [`${commit}:${path}`]);
  return object === undefined ? undefined : (await workingCopy.repository.readBlobs([object])).get(object);
}

/**
 * Everything the brief shows, read at the edges: the agreement as the lint parses it, its lint findings,
 * its cycle's catalogue, and its change since the last submission from Git.
 */
export async function collectBrief(options: CollectBriefOptions): Promise<Omit<BriefInput, "language" | "restricted">> {
  const { root, path, today } = options;
  const { loaded, unreadable } = loadAgreements(root, [path], options.reader);
  const problem = unreadable[0];
  if (problem || !loaded[0]) {
    throw new UserError(`${path}:${problem?.line ?? 1}:${problem?.column ?? 1}: the brief needs the agreement's data, which could not be read: ${problem?.message ?? ""} Run "agreements lint ${path}" for every problem.`);
  }
  const { agreement, file } = loaded[0];
  const result = await lintWholeRepository({ root, reader: options.reader, today, config: options.config });
  const findings = result.findings.filter((finding) => finding.file === path);
  const catalogue = readableCatalogues(result.files).get(agreement.cycle)?.catalogue;
  const base = { agreement, source: readFileSync(join(root, path), "utf8"), findings, today, ...(catalogue ? { catalogue } : {}) };

  let workingCopy: WorkingCopy;
  try {
    workingCopy = await openWorkingCopy(root, { env: options.env });
  } catch (error) {
    if (!(error instanceof RepositoryError)) throw error;
    if (options.since !== undefined) throw new UserError(`--since needs a Git repository, and ${root} is not in one.`);
    return base;
  }
  const since = options.since ?? (await previousSubmission(workingCopy, agreement.cycle));
  if (since === undefined) return base;
  const commit = await workingCopy.repository.resolveCommit(since);
  if (commit === undefined) throw new UsageError(`--since: "${since}" names no tag, branch or commit in this repository.`);
  const bytes = await readAt(workingCopy, commit, path);
  const before = bytes === undefined ? undefined : options.reader.parseAgreementVersion(path, bytes);
  const change = compareAgreements({ status: before ? "modified" : "added", path, ...(before ? { before } : {}), after: file });
  return { ...base, since, change };
}
