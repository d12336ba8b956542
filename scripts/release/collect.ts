import type { Browser } from "playwright-core";
import type { Language } from "../model/types.js";
import { buildPackage } from "../package/build.js";
import type { ManifestApproval } from "../package/manifest.js";
import type { ReportModel } from "../report/model.js";
import { releaseFilesOf, type ReleaseFile } from "./files.js";
import type { Reader } from "../reader/reader.js";

export interface CollectReleaseInput {
  /** A folder holding the tagged tree. */
  root: string;
  year: number;
  tag: string;
  /** The commit the tag points at, recorded in the manifest. */
  commit: string;
  /**
   * The submission's date (the tag's), not the day the command runs: the files must come out byte for byte
   * the same when the release is re-run, or the assets already uploaded would look like conflicts.
   */
  date: string;
  /** One browser for every PDF. */
  browser: Browser;
  language?: Language;
  approvals?: ReadonlyMap<string, readonly ManifestApproval[]>;
  /** Config file for the lint (default: agreements.config.json, .yaml or .yml if present). */
  config?: string;
  /** Reads the agreements and the config with the command's rules. */
  reader: Reader;
}

export interface CollectedRelease {
  report: ReportModel;
  files: ReleaseFile[];
  notes: string;
}

/**
 * The release's files: the public submission package, built by the same `buildPackage()` as
 * `agreements package`, so the two never differ; and the notes. Never the restricted files: a release is
 * published. The only part of the release that reads the disk.
 */
export async function collectReleaseFiles(input: CollectReleaseInput): Promise<CollectedRelease> {
  const built = await buildPackage({
    root: input.root,
    year: input.year,
    date: input.date,
    tag: input.tag,
    commit: input.commit,
    browser: input.browser,
    reader: input.reader,
    restricted: false,
    ...(input.language ? { language: input.language } : {}),
    ...(input.approvals ? { approvals: input.approvals } : {}),
    ...(input.config ? { config: input.config } : {}),
  });
  const { files, notes } = releaseFilesOf({ tag: input.tag, files: built.files, report: built.report, language: built.language });
  return { report: built.report, files, notes };
}
