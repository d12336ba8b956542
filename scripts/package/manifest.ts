import { sha256, type Manifest } from "../release/manifest.js";
import type { OutputFile } from "../document/write-outputs.js";
import type { ReportModel, Summary } from "../report/model.js";

export const PACKAGE_MANIFEST_NAME = "manifest.json";

export interface PackageManifestFile {
  name: string;
  size: number;
  sha256: string;
}

/**
 * `manifest.json` of a submission package: what was sent, file by file, and what it was built from, so the
 * Ministry of Finance (or anyone later) can check each file with `sha256sum`. Nothing in it depends on the
 * day it is made.
 */
export interface PackageManifest {
  version: 1;
  cycle: number;
  /** The submission tag the files were built from; null when built from the working folder. */
  tag: string | null;
  commit: string | null;
  /** The submission's date: deadlines are measured against it, and each PDF carries it. */
  date: string;
  figures: {
    total: Summary;
    deadline: ReportModel["deadline"];
    unusedGoals: string[];
    goalsWithoutMetersOrCriteria: number;
  };
  /**
   * The source files submitted, as the release's manifest lists them: each agreement and the catalogue with
   * the SHA-256 of its Markdown file (and the parties' approvals when the caller knows them).
   */
  sources: { catalogue: Manifest["catalogue"]; agreements: Manifest["agreements"] };
  files: PackageManifestFile[];
}

export function buildPackageManifest(input: { year: number; tag: string | null; commit: string | null; date: string; report: ReportModel; sources: Manifest; files: readonly OutputFile[] }): PackageManifest {
  return {
    version: 1,
    cycle: input.year,
    tag: input.tag,
    commit: input.commit,
    date: input.date,
    figures: {
      total: input.report.total,
      deadline: input.report.deadline,
      unusedGoals: input.report.unusedGoals,
      goalsWithoutMetersOrCriteria: input.report.goalsNotReady.length,
    },
    sources: { catalogue: input.sources.catalogue, agreements: input.sources.agreements },
    files: [...input.files]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((file) => ({ name: file.name, size: file.bytes.byteLength, sha256: sha256(file.bytes) })),
  };
}

export function renderPackageManifest(manifest: PackageManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
