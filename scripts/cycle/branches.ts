/**
 * What to do with each agreement's branch `cycle/<year>/<id>` on the remote. Pure: the blobs and commits
 * are looked up beforehand (remote-git.ts), so the rules can be read and tested on their own.
 */

/** The branch of one agreement as the remote has it. */
export interface RemoteBranchState {
  commit: string;
  /** The agreement's blob on the branch; undefined when the file is not there. */
  blob?: string;
  /** True when the branch is a single commit made by this command on the base branch's history. */
  ownCommit: boolean;
  /** Who made the newest commit and its subject, to name it when the branch is left alone. */
  author: string;
  subject: string;
}

export interface BranchInput {
  branch: string;
  path: string;
  /** The agreement's blob where the roll-forward started. */
  before: string;
  /** The rolled-forward blob. */
  after: string;
  /** The agreement's blob on the remote's base branch now; undefined when it is not there. */
  onBase?: string;
  remote?: RemoteBranchState;
}

export type BranchAction =
  /** Not on the remote: push a commit made from the base with the rolled-forward file. */
  | { kind: "push" }
  /** Our own commit, with another version of the file (the roll-forward was redone): replace it. */
  | { kind: "replace"; expected: string }
  /** The remote branch already carries the rolled-forward file. */
  | { kind: "up-to-date" }
  /** The base branch already has the rolled-forward file (its pull request was merged): no branch is needed. */
  | { kind: "on-base" }
  /** The base branch has another version than the one the roll-forward started from: not pushed. */
  | { kind: "base-changed" }
  /** Someone else has pushed to the branch: never overwritten. */
  | { kind: "left-alone"; commit: string; author: string; subject: string };

/**
 * Decides per agreement. The agreement's file decides "up to date", not the whole tree: once one pull
 * request is merged, the base's tree differs from every other branch's, and rebuilding them all would
 * only make the parties' approvals stale (an approval counts on the head commit it was given on).
 */
export function decideBranch(input: BranchInput): BranchAction {
  const { remote } = input;
  if (input.onBase === input.after) return { kind: "on-base" };
  if (remote?.blob === input.after) return { kind: "up-to-date" };
  if (remote && !remote.ownCommit) return { kind: "left-alone", commit: remote.commit, author: remote.author, subject: remote.subject };
  // Building on a base whose file changed since would undo that change in the pull request.
  if (input.onBase !== input.before) return { kind: "base-changed" };
  return remote ? { kind: "replace", expected: remote.commit } : { kind: "push" };
}

/** The trailer that marks a commit as this command's: a re-run may replace such a branch, never another. */
export function ownCommitTrailer(branch: string): string {
  return `Agreements-Cycle-Branch: ${branch}`;
}

export function hasOwnCommitTrailer(message: string, branch: string): boolean {
  return message.split("\n").some((line) => line.trim() === ownCommitTrailer(branch));
}

/** The message of the commit that carries one agreement's roll-forward. */
export function agreementCommitMessage(input: { year: number; id: string; path: string; cataloguePath: string; branch: string; base: string }): string {
  return [
    `Open cycle ${input.year}: ${input.id}`,
    "",
    `The yearly roll-forward of ${input.path} to ${input.cataloguePath}, made with`,
    `"agreements cycle open ${input.year} --github" on ${input.base}. Fill in the places marked`,
    `TO BE FILLED or to-be-filled after the management discussion ("agreements lint" lists them).`,
    "",
    ownCommitTrailer(input.branch),
    "",
  ].join("\n");
}

/** One line per branch, as a person reads it; also what `--dry-run` prints. */
export function describeBranchAction(action: BranchAction, context: { path: string; base: string; remote: string; localBranch: string; dryRun: boolean }): string {
  const will = context.dryRun ? "would" : "will";
  switch (action.kind) {
    case "push":
      return `${will} be pushed to ${context.remote}: ${context.base} with only ${context.path} rolled forward`;
    case "replace":
      return `on ${context.remote} from an earlier run with another version of the file: ${will} be replaced (it has only this command's commit)`;
    case "up-to-date":
      return `on ${context.remote} and up to date`;
    case "on-base":
      return `not needed: ${context.base} already has the rolled-forward version`;
    case "base-changed":
      return (
        `not pushed: ${context.path} on ${context.base} is no longer the version the roll-forward started from (edited directly, or a pull request was merged); ` +
        `update it by hand, or delete the local branch ${context.localBranch} and open the cycle again from an up-to-date ${context.base}`
      );
    case "left-alone":
      return (
        `left alone: someone has pushed to it (commit ${action.commit.slice(0, 7)} by ${action.author}: "${action.subject}"), so it is never overwritten; ` +
        "its pull request is not changed either"
      );
  }
}
