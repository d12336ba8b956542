import type { Release, ReleaseAsset } from "../github/types.js";
import { isRestrictedName, type ReleaseFile } from "./files.js";
import { sha256 } from "../package/manifest.js";

/** The release's title on GitHub. */
export function releaseName(year: number): string {
  return `Management agreements ${year}: submission`;
}

/**
 * An asset already on the release under a file's name but whose SHA-256 differs from the file made from
 * the tag: a forgery or a broken upload, which must not stay published.
 */
export interface AssetReplacement {
  /** The file made from the tag that takes its place. */
  file: ReleaseFile;
  asset: ReleaseAsset;
  existingSha256: string;
  newSha256: string;
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
  /** Files the release already has, byte for byte (same name and SHA-256): left alone. */
  present: string[];
  /**
   * Same name, other contents: deleted and uploaded again from the tag. The tag is the submission's
   * record; a release file is only a rendering of it, kept when its hash proves it is that rendering.
   */
  replacements: AssetReplacement[];
  /** Assets on the release that this run does not make (attached by hand, or by an older version): left alone. */
  others: string[];
  /**
   * Those of `others` named restricted-*: personal data (evaluation summaries, ratings, bonus proposals)
   * on a published release. Not deleted, as the run did not make them, but the run fails until a person
   * removes them.
   */
  restricted: string[];
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
 * What is left to do so the release for `tag` exists with the right title, notes and files. An asset of the
 * same name and SHA-256 counts as done (so a re-run after a failed upload sends only what is missing); one
 * of the same name and another SHA-256 is replaced. Every asset with a file's name must come with its
 * SHA-256 (GitHub's digest, or the command downloads and hashes it first). Pure.
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
    replacements: [],
    others: [],
    restricted: [],
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
    if (!asset) {
      plan.uploads.push(file);
      continue;
    }
    if (asset.sha256 === undefined) throw new RangeError(`the SHA-256 of the release file ${asset.name} is not known: hash it before planning`);
    const newSha256 = sha256(file.bytes);
    if (asset.sha256 === newSha256) plan.present.push(file.name);
    else plan.replacements.push({ file, asset, existingSha256: asset.sha256, newSha256 });
  }
  plan.others = [...assets.keys()].filter((assetName) => !names.includes(assetName)).sort();
  plan.restricted = plan.others.filter(isRestrictedName);
  return plan;
}

/** Whether the plan has nothing left to do (a restricted file attached by hand is a person's to remove). */
export function isReleaseComplete(plan: ReleasePlan): boolean {
  return plan.release.kind === "keep" && plan.uploads.length === 0 && plan.replacements.length === 0;
}
