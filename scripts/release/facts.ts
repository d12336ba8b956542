import { readTagInfo } from "../git/tags.js";
import type { WorkingCopy } from "../git/working-copy.js";
import type { GitHub } from "../github/client.js";
import type { Release } from "../github/types.js";
import { UserError } from "../errors.js";
import { sha256 } from "../package/manifest.js";

/**
 * What a release is planned from, read at the edges: the submission tag (its commit and date) and the
 * release already on GitHub with the SHA-256 of its files.
 */

/** The commit the submission tag points at and the tag's date, the "today" of the submission. */
export async function readSubmissionTag(workingCopy: WorkingCopy, tag: string, year: number): Promise<{ commit: string; date: string }> {
  const info = await readTagInfo(workingCopy, tag);
  if (info === undefined) {
    throw new UserError(
      `there is no tag ${tag} in this copy of the repository, so there is no submission of ${year} to publish. ` +
        `Record the submission with "agreements submit ${year}" first, or, if it was made elsewhere, fetch the tag with "git fetch origin tag ${tag}".`,
    );
  }
  const { commit, objectType, taggerDate: date } = info;
  // A lightweight tag records no date and no one who made it, and "agreements submit" never makes one:
  // its date would have to come from elsewhere, and the submission's checks may never have run.
  if (objectType !== "tag" || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new UserError(
      `the tag ${tag} is a plain (lightweight) tag, not one made by "agreements submit ${year}": it records neither when nor by whom the submission was made, ` +
        "which the release is dated by. Ask whoever made it; a submission tag is made with \"agreements submit\".",
    );
  }
  return { commit, date };
}


/**
 * The release with the SHA-256 of every attached file this run also makes: GitHub's digest where it gives
 * one, else the file downloaded and hashed. Files attached by hand are not downloaded.
 */
export async function withAssetHashes(release: Release, names: ReadonlySet<string>, github: GitHub): Promise<Release> {
  const assets = [];
  for (const asset of release.assets) {
    if (asset.sha256 !== undefined || !names.has(asset.name)) assets.push(asset);
    else assets.push({ ...asset, sha256: sha256(await github.downloadReleaseAsset(asset)) });
  }
  return { ...release, assets };
}
