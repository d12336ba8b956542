import { ApplyProgress } from "../apply/progress.js";
import { pushTag } from "../git/push.js";
import { createAnnotatedTag, fetchTag } from "../git/tags.js";
import type { WorkingCopy } from "../git/working-copy.js";
import type { SubmissionPlan } from "./plan.js";

/**
 * Carries out the plan's actions in order: tag, push, or fetch the remote's tag. A Git failure stops it with
 * Git's reason, what was already done (a tag made here stays), and that a re-run finishes the job: the plan
 * then finds the tag at this commit and only pushes it.
 */
export async function applySubmissionPlan(plan: SubmissionPlan, workingCopy: WorkingCopy, print: (text: string) => void): Promise<void> {
  const { tag, remote } = plan;
  const progress = new ApplyProgress("");
  await progress.run(async () => {
    for (const action of plan.actions) {
      if (action === "create-tag") {
        await createAnnotatedTag(workingCopy, tag, plan.commit, plan.message!);
        progress.done(`created the tag ${tag} in your copy`);
        print(`Created the tag ${tag}.\n`);
      } else if (action === "push-tag") {
        await pushTag(workingCopy, remote!, tag);
        progress.done(`pushed the tag ${tag} to "${remote}"`);
        print(`Pushed the tag ${tag} to "${remote}".\n`);
      } else {
        await fetchTag(workingCopy, remote!, tag);
        progress.done(`fetched the tag ${tag} from "${remote}"`);
        print(`Fetched the tag ${tag} from "${remote}".\n`);
      }
    }
  });
}
