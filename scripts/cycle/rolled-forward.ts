import { RepositoryError } from "../git/errors.js";
import { readTreeFiles } from "../git/tree-files.js";
import type { WorkingCopy } from "../git/working-copy.js";
import { cataloguePath } from "../layout/paths.js";
import { lint } from "../lint/engine.js";
import { parseFile, type AgreementFile } from "../model/document.js";
import type { Agreement, Catalogue } from "../model/types.js";
import type { Validators } from "../model/validate.js";
import type { Reader } from "../reader/reader.js";
import { toBeFilled } from "../rules/to-be-filled.js";
import type { PlaceToFill } from "./pull-request-body.js";
import { blobIdOf, lookUpBlobs } from "../git/blobs.js";
import { modifiedFilesBetween } from "../git/changed-files.js";

/** One agreement the roll-forward changed: its file before and after, and what a person must fill in. */
export interface RolledForwardAgreement {
  path: string;
  /** The blob where the roll-forward started. */
  before: string;
  /** The rolled-forward blob. */
  after: string;
  /** The rolled-forward front matter; undefined when it cannot be read (then no pull request is made). */
  agreement?: Agreement;
  /** Where the rolled-forward file is still marked to be filled in. */
  toFill: PlaceToFill[];
}

export interface RolledForward {
  catalogue: { path: string; catalogue: Catalogue };
  agreements: RolledForwardAgreement[];
}

export interface CollectInput {
  year: number;
  /** The commit the roll-forward started from: where `before` is read. */
  start: string;
  /** The cycle branch's commit, when the roll-forward is committed. */
  cycleCommit?: string;
  /** Rolled-forward contents not committed yet (only in a dry run): path -> bytes. They win over the branch's. */
  pending: ReadonlyMap<string, Uint8Array>;
  /** The files `agreements lint` reads as agreements. */
  isAgreementPath(path: string): boolean;
  /** Reads the catalogue and the agreements as `agreements lint` does. */
  reader: Reader;
  today: string;
}

/**
 * The agreements the roll-forward changed, read from Git: every agreement that differs between where the
 * roll-forward started and the cycle branch (so a re-run, whose local plan has nothing left to do, still
 * knows them), plus what is planned but not committed yet. A handful of Git calls whatever their number.
 */
export async function collectRolledForward(workingCopy: WorkingCopy, input: CollectInput): Promise<RolledForward> {
  const { cycleCommit, start } = input;
  const committed =
    cycleCommit === undefined
      ? []
      : (await modifiedFilesBetween(workingCopy, start, cycleCommit, "agreements")).filter((path) => input.isAgreementPath(path) && !input.pending.has(path));
  const pendingPaths = [...input.pending.keys()];
  const paths = [...committed, ...pendingPaths].sort();

  const beforeBlobs = await lookUpBlobs(workingCopy, paths.map((path) => `${start}:${path}`));
  const committedBlobs = await lookUpBlobs(workingCopy, committed.map((path) => `${cycleCommit}:${path}`));
  const after = new Map<string, { blob: string; bytes: Uint8Array }>();
  const contents = await workingCopy.repository.readBlobs(committedBlobs.filter((blob): blob is string => blob !== undefined));
  committed.forEach((path, index) => {
    const blob = committedBlobs[index];
    if (blob !== undefined) after.set(path, { blob, bytes: contents.get(blob) ?? Buffer.alloc(0) });
  });
  for (const [path, bytes] of input.pending) after.set(path, { blob: await blobIdOf(workingCopy, bytes), bytes });

  const validators = input.reader.validators();
  const catalogue = await readCatalogue(workingCopy, cycleCommit ?? start, input.year, validators);
  const agreements: RolledForwardAgreement[] = [];
  paths.forEach((path, index) => {
    const before = beforeBlobs[index];
    const changed = after.get(path);
    if (before === undefined || changed === undefined) return;
    const file = parseFile(path, changed.bytes, "agreement", validators) as AgreementFile;
    const findings = lint({ files: [{ path, bytes: changed.bytes }], rules: [toBeFilled], today: input.today, pathExists: () => true, validators }).findings;
    agreements.push({
      path,
      before,
      after: changed.blob,
      ...(file.agreement ? { agreement: file.agreement } : {}),
      toFill: findings.map((finding) => ({ line: finding.line, message: finding.message })),
    });
  });
  return { catalogue, agreements };
}

async function readCatalogue(workingCopy: WorkingCopy, commit: string, year: number, validators: Validators): Promise<{ path: string; catalogue: Catalogue }> {
  const path = cataloguePath(year);
  const file = (await readTreeFiles(workingCopy, commit, [path])).find((candidate) => candidate.path === path);
  const parsed = file ? parseFile(path, file.bytes, "catalogue", validators) : undefined;
  if (parsed?.kind !== "catalogue" || !parsed.catalogue) {
    throw new RepositoryError(`${path} is missing or has problems in commit ${commit.slice(0, 12)}, so no pull request can be written from it. Run "agreements lint ${path}".`);
  }
  return { path, catalogue: parsed.catalogue };
}
