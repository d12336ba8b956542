import type { Release, ReleaseAsset } from "../github/types.js";
import type { ReleaseFile } from "./files.js";

/** The release's title on GitHub. */
export function releaseName(year: number): string {
  return `Management agreements ${year}: submission`;
}

/** An asset already on the release under a file's name but with another size: a different file. */
export interface AssetConflict {
  name: string;
  assetId: number;
  existingSize: number;
  newSize: number;
}

export type ReleaseAction =
  | { kind: "create" }
  /** `changes` names what differs: the title, the notes, or that it is still a draft. */
  | { kind: "update"; releaseId: number; changes: ("name" | "body" | "draft")[] }
  | { kind: "keep"; releaseId: number };

export interface ReleasePlan {
  tag: string;
  year: number;
  name: string;
  body: string;
  release: ReleaseAction;
  /** Files to upload, in order: those the release does not have yet. */
  uploads: ReleaseFile[];
  /** Files the release already has (same name and size): left alone. */
  present: string[];
  /** Same name, different size: never overwritten or deleted, because the submission record is append-only. */
  conflicts: AssetConflict[];
  /** Assets on the release that this run does not make (attached by hand, or by an older version): left alone. */
  others: string[];
}

export interface ReleasePlanInput {
  tag: string;
  year: number;
  /** The release for the tag, if there is one already. */
  existing?: Release;
  /** The release notes. */
  notes: string;
  files: readonly ReleaseFile[];
}

/**
 * What is left to do so the release for `tag` exists with the right title, notes and files. Never plans a
 * deletion or an overwrite: an asset of the same name and size counts as done (so a re-run after a failed
 * upload sends only what is missing), and one of the same name but another size is a conflict for a
 * person to look at. Pure.
 */
export function buildReleasePlan(input: ReleasePlanInput): ReleasePlan {
  const names = input.files.map((file) => file.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new RangeError(`two release files are both named ${duplicate}`);

  const name = releaseName(input.year);
  const existing = input.existing;
  const plan: ReleasePlan = {
    tag: input.tag,
    year: input.year,
    name,
    body: input.notes,
    release: { kind: "create" },
    uploads: [],
    present: [],
    conflicts: [],
    others: [],
  };
  if (existing) {
    const changes: ("name" | "body" | "draft")[] = [];
    if (existing.name !== name) changes.push("name");
    if (existing.body !== input.notes) changes.push("body");
    // A submission is made: its release is published, not left as a draft.
    if (existing.draft) changes.push("draft");
    plan.release = changes.length > 0 ? { kind: "update", releaseId: existing.id, changes } : { kind: "keep", releaseId: existing.id };
  }

  const assets = new Map<string, ReleaseAsset>((existing?.assets ?? []).map((asset) => [asset.name, asset]));
  for (const file of input.files) {
    const asset = assets.get(file.name);
    if (!asset) plan.uploads.push(file);
    else if (asset.size === file.bytes.byteLength) plan.present.push(file.name);
    else plan.conflicts.push({ name: file.name, assetId: asset.id, existingSize: asset.size, newSize: file.bytes.byteLength });
  }
  plan.others = [...assets.keys()].filter((assetName) => !names.includes(assetName)).sort();
  return plan;
}

/** Whether the plan has nothing left to do (conflicts aside, which are for a person). */
export function isReleaseComplete(plan: ReleasePlan): boolean {
  return plan.release.kind === "keep" && plan.uploads.length === 0;
}
