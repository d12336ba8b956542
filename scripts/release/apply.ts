import { ApplyProgress } from "../apply/progress.js";
import type { GitHub } from "../github/client.js";
import type { Release } from "../github/types.js";
import type { ReleasePlan } from "./plan.js";

export interface ApplyReleaseContext {
  github: GitHub;
  /** The release found before planning; undefined when the plan creates it. */
  existing: Release | undefined;
  /** The submitted commit: a new release marks it. */
  commit: string;
  print(text: string): void;
}

/**
 * Creates or updates the release, then uploads each missing file to the release's own upload URL, in the
 * plan's order. A GitHub failure stops the run with its message, what was already done, and that a re-run
 * finishes the job (the plan then finds the files already attached and sends only the rest).
 */
export async function applyReleasePlan(plan: ReleasePlan, context: ApplyReleaseContext): Promise<void> {
  const { github, print } = context;
  const progress = new ApplyProgress("on GitHub");
  const toUpload = plan.uploads.length + plan.replacements.length;
  let uploaded = 0;
  await progress.run(async () => {
    let target = context.existing;
    const action = plan.release;
    if (action.kind === "create") {
      // The tag's commit, not the default branch: should the tag be missing on GitHub, the release must still mark the submitted commit.
      target = await github.createRelease({ tag: plan.tag, name: plan.name, body: plan.body, target: context.commit });
      progress.done(`created the release "${plan.name}"`);
      print(`Created the release "${plan.name}".\n`);
    } else if (action.kind === "update") {
      target = await github.updateRelease(action.releaseId, {
        ...(action.changes.includes("name") ? { name: plan.name } : {}),
        ...(action.changes.includes("body") ? { body: plan.body } : {}),
        ...(action.changes.includes("draft") ? { draft: false } : {}),
      });
      progress.done(`updated the release for ${plan.tag}`);
      print(`Updated the release for ${plan.tag}.\n`);
    }
    for (const file of plan.uploads) {
      await github.uploadReleaseAsset(target!, { name: file.name, contentType: file.contentType, data: file.bytes });
      uploaded++;
      progress.done("uploaded", file.name);
      print(`Uploaded ${file.name} (${uploaded} of ${toUpload}).\n`);
    }
    // Deleted first, as GitHub allows one file per name; a failure between the two leaves the file missing, which a re-run uploads.
    for (const replacement of plan.replacements) {
      await github.deleteReleaseAsset(replacement.asset);
      await github.uploadReleaseAsset(target!, { name: replacement.file.name, contentType: replacement.file.contentType, data: replacement.file.bytes });
      uploaded++;
      progress.done("replaced", replacement.file.name);
      print(`Replaced ${replacement.file.name} (it differed from the file made from the tag).\n`);
    }
  });
}
