import { createHash } from "node:crypto";
import type { OutputFile } from "../document/write-outputs.js";
import type { Agreement, MinistryCode } from "../model/types.js";
import type { ReportModel, Summary } from "../report/model.js";

export const PACKAGE_MANIFEST_NAME = "manifest.json";
/** The manifest of the restricted-* files, apart, so that manifest.json is the same with --restricted or without. */
export const RESTRICTED_MANIFEST_NAME = "restricted-manifest.json";

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * One party's consent to the version of an agreement being submitted, as the approvals check found it
 * (a `PartyConsent` of scripts/pull-request/approvals whose state is `approved` or `author`).
 */
export interface ManifestApproval {
  role: "official" | "superior";
  /** GitHub login of whoever consented. */
  login: string;
  /** How: an APPROVED review of the pull request's head, or being the pull request's author. */
  via: "review" | "author";
  pullRequest?: number;
  /** The commit the consent was given on. */
  commit?: string;
  /** When (ISO 8601), for a review. */
  at?: string;
}

/** A submitted source file: its bytes, and, for an agreement, its data when the front matter could be read. */
export interface ManifestInputFile {
  path: string;
  bytes: Uint8Array;
  agreement?: Agreement;
}

/** A submitted agreement file, by the SHA-256 of its bytes. */
export interface ManifestSource {
  path: string;
  /** Null when the file's front matter could not be read. */
  id: string | null;
  ministry: MinistryCode | null;
  cycle: number | null;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  approvals?: ManifestApproval[];
}

export interface PackageManifestFile {
  name: string;
  size: number;
  sha256: string;
}

/**
 * `manifest.json` of a submission package, the one manifest `agreements package` writes and `release`
 * attaches: what was sent, file by file, and what it was built from, so the Ministry of Finance (or anyone
 * later) can check each file with `sha256sum`. Nothing in it depends on the day it is made.
 */
export interface PackageManifest {
  version: 1;
  cycle: number;
  /** The submission tag the files were built from; null when built from the working folder. */
  tag: string | null;
  commit: string | null;
  /** The submission's date: deadlines are measured against it, and each PDF carries it. */
  date: string;
  /**
   * The version of the Chromium or Google Chrome that printed the PDFs. A PDF's bytes depend on the browser
   * build (and the fonts it finds), so two packages of the same tag have the same PDF hashes only when
   * printed alike: this says why they differ when they do.
   */
  browserVersion: string;
  figures: {
    total: Summary;
    deadline: ReportModel["deadline"];
    unusedGoals: string[];
    goalsWithoutMetersOrCriteria: number;
  };
  /**
   * The source files submitted: each agreement and the catalogue with the SHA-256 of its Markdown file
   * (`sha256sum agreements/vm/vm-statssekreterare.md`), and the parties' approvals when the caller knows them.
   */
  sources: { catalogue: { path: string; sha256: string } | null; agreements: ManifestSource[] };
  files: PackageManifestFile[];
}

export interface PackageManifestInput {
  year: number;
  tag: string | null;
  commit: string | null;
  date: string;
  browserVersion: string;
  report: ReportModel;
  /** The cycle's goal catalogue (goals/<year>.md), hashed like the agreements. */
  catalogue?: { path: string; bytes: Uint8Array };
  agreements: readonly ManifestInputFile[];
  /** Approvals by agreement path. When given, every agreement carries an `approvals` list (empty if none was found). */
  approvals?: ReadonlyMap<string, readonly ManifestApproval[]>;
  files: readonly OutputFile[];
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Builds the manifest, sources sorted by path and files by name. Pure. */
export function buildPackageManifest(input: PackageManifestInput): PackageManifest {
  const agreements = [...input.agreements].sort(byKey((file) => file.path)).map((file): ManifestSource => {
    const entry: ManifestSource = {
      path: file.path,
      id: file.agreement?.id ?? null,
      ministry: file.agreement?.ministry ?? null,
      cycle: file.agreement?.cycle ?? null,
      sha256: sha256(file.bytes),
    };
    if (input.approvals) entry.approvals = [...(input.approvals.get(file.path) ?? [])];
    return entry;
  });
  return {
    version: 1,
    cycle: input.year,
    tag: input.tag,
    commit: input.commit,
    date: input.date,
    browserVersion: input.browserVersion,
    figures: {
      total: input.report.total,
      deadline: input.report.deadline,
      unusedGoals: input.report.unusedGoals,
      goalsWithoutMetersOrCriteria: input.report.goalsNotReady.length,
    },
    sources: { catalogue: input.catalogue ? { path: input.catalogue.path, sha256: sha256(input.catalogue.bytes) } : null, agreements },
    files: [...input.files].sort(byKey((file) => file.name)).map((file) => ({ name: file.name, size: file.bytes.byteLength, sha256: sha256(file.bytes) })),
  };
}

export function renderPackageManifest(manifest: PackageManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
