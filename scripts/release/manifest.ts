import { createHash } from "node:crypto";
import type { Agreement, MinistryCode } from "../model/types.js";

/**
 * One party's consent to the version of an agreement being submitted, as the approvals check found it
 * (a `PartyConsent` of scripts/approvals whose state is `approved` or `author`).
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

/** An agreement file as submitted: its bytes, and its data when the front matter could be read. */
export interface ManifestInputFile {
  path: string;
  bytes: Uint8Array;
  agreement?: Agreement;
}

export interface ManifestInput {
  tag: string;
  year: number;
  /** The cycle's goal catalogue (goals/<year>.md), hashed like the agreements. */
  catalogue?: { path: string; bytes: Uint8Array };
  agreements: readonly ManifestInputFile[];
  /** Approvals by agreement path. When given, every agreement carries an `approvals` list (empty if none was found). */
  approvals?: ReadonlyMap<string, readonly ManifestApproval[]>;
}

export interface ManifestEntry {
  path: string;
  /** Null when the file's front matter could not be read. */
  id: string | null;
  ministry: MinistryCode | null;
  cycle: number | null;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  approvals?: ManifestApproval[];
}

/**
 * `manifest.json`: what was submitted, file by file. The hashes let anyone check later that a file is
 * byte for byte the one submitted (`sha256sum agreements/vm/vm-statssekreterare.md`). Nothing in it
 * depends on the day it is made, so re-running the release yields the same bytes.
 */
export interface Manifest {
  version: 1;
  tag: string;
  cycle: number;
  catalogue: { path: string; sha256: string } | null;
  agreements: ManifestEntry[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Builds the manifest, agreements sorted by path. Pure. */
export function buildManifest(input: ManifestInput): Manifest {
  const agreements = [...input.agreements]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file): ManifestEntry => {
      const entry: ManifestEntry = {
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
    tag: input.tag,
    cycle: input.year,
    catalogue: input.catalogue ? { path: input.catalogue.path, sha256: sha256(input.catalogue.bytes) } : null,
    agreements,
  };
}

export function renderManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
