import { UserError } from "../errors.js";

/** The tag that records the submission of a cycle. */
export function submissionTag(year: number): string {
  return `submission-${year}`;
}

export type SubmissionAction = "create-tag" | "push-tag" | "fetch-tag";

export interface SubmissionPlan {
  year: number;
  tag: string;
  /** The commit being submitted (HEAD of the default branch). */
  commit: string;
  branch: string;
  /** The remote compared with and pushed to; absent when there is none and --no-push was given. */
  remote?: string;
  push: boolean;
  /** What is left to do, in order; empty when the submission is complete. */
  actions: SubmissionAction[];
  /** What was found already done, in words, when a step is skipped. */
  done: string[];
  /** The tag's message, when it is to be created. */
  message?: string;
}

export interface TagState {
  year: number;
  head: string;
  branch: string;
  /** The commit the local tag points at, if the tag exists here. */
  local?: string;
  /** The remote, and the commit its tag points at if it has the tag. */
  remote?: { name: string; tagCommit?: string };
  push: boolean;
  /** Names a commit for a message: short id and subject. */
  describe: (commit: string) => string;
}

/** A tag already exists at another commit: the submission is refused, because a tag is never moved. */
export class TagConflict extends UserError {}

/**
 * What the submission still has to do, given where the tag already is. Never moves or deletes a tag: a tag
 * at another commit is a conflict; a tag at this commit is a submission already (partly) made, and only
 * the missing steps are planned, so running again after a failed push finishes the job. Pure.
 */
export function planTagActions(state: TagState): Pick<SubmissionPlan, "actions" | "done"> {
  const tag = submissionTag(state.year);
  const remoteName = state.remote?.name;
  const remoteCommit = state.remote?.tagCommit;
  if (state.local !== undefined && state.local !== state.head) {
    throw new TagConflict(
      `The tag ${tag} already exists here at commit ${state.describe(state.local)}, not at the commit being submitted, ${state.describe(state.head)}. ` +
        "A submission tag is never moved or deleted. If the earlier submission must be replaced, ask whoever looks after the repository: " +
        "that is a decision to record, not a step this command takes.",
    );
  }
  if (remoteCommit !== undefined && remoteCommit !== state.head) {
    throw new TagConflict(
      `The remote "${remoteName}" already has the tag ${tag} at commit ${state.describe(remoteCommit)}, not at the commit being submitted, ${state.describe(state.head)}. ` +
        "Someone submitted another version already. A submission tag is never moved or deleted: ask whoever looks after the repository which version counts.",
    );
  }
  const actions: SubmissionAction[] = [];
  const done: string[] = [];
  if (state.local === undefined && remoteCommit !== undefined) {
    done.push(`The remote "${remoteName}" already has the tag ${tag} at this commit: the submission was made (it is fetched here too).`);
    actions.push("fetch-tag");
    return { actions, done };
  }
  if (state.local === undefined) actions.push("create-tag");
  else done.push(`The tag ${tag} already exists here at this commit.`);
  if (state.push && remoteName !== undefined) {
    if (remoteCommit === undefined) actions.push("push-tag");
    else done.push(`The remote "${remoteName}" already has it.`);
  }
  return { actions, done };
}

/** The plan as the official reads it (also what --dry-run prints). */
export function formatSubmissionPlan(plan: SubmissionPlan, dryRun: boolean): string {
  const lines: string[] = [...plan.done];
  const verb = dryRun ? "Would" : "Will";
  for (const action of plan.actions) {
    if (action === "create-tag") lines.push(`${verb} create the annotated tag ${plan.tag} at commit ${plan.commit.slice(0, 12)} on ${plan.branch}, with this message:`, "", indent(plan.message ?? ""), "");
    if (action === "push-tag") lines.push(`${verb} push the tag ${plan.tag} to "${plan.remote}".`);
    if (action === "fetch-tag") lines.push(`${verb} fetch the tag ${plan.tag} from "${plan.remote}".`);
  }
  if (!plan.push) lines.push(plan.remote === undefined ? "Not pushed: --no-push, and there is no remote." : `Not pushed: --no-push (push later with: git push ${plan.remote} ${plan.tag}).`);
  if (plan.actions.length === 0) lines.push(`Nothing left to do: the ${plan.year} submission is complete.`);
  return `${lines.join("\n")}\n`;
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => (line === "" ? "" : `    ${line}`))
    .join("\n");
}
