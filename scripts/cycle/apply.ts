import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ApplyProgress } from "../apply/progress.js";
import { describeFileWriteFailure } from "../files/write-failure.js";
import { isTemporaryFile, writeFileAtomically } from "../files/write-file.js";
import { switchToBranch } from "../git/branches.js";
import { commitFiles } from "../git/commit.js";
import type { UncommittedPath } from "../git/status.js";
import type { WorkingCopy } from "../git/working-copy.js";
import { TO_BE_FILLED } from "../rules/to-be-filled.js";
import { cycleCommitMessage } from "./format-plan.js";
import type { CyclePlan } from "./plan.js";

/** The files the plan writes: path -> rolled-forward bytes. */
export function plannedFiles(plan: CyclePlan): Map<string, Uint8Array> {
  return new Map(plan.agreements.flatMap((entry) => (entry.after ? [[entry.path, entry.after] as const] : [])));
}

/** Whether the file in the working tree already holds exactly what the plan writes there. */
export function matchesPlan(workingCopy: WorkingCopy, path: string, planned: ReadonlyMap<string, Uint8Array>): boolean {
  const after = planned.get(path);
  const absolute = join(workingCopy.root, path);
  return after !== undefined && existsSync(absolute) && Buffer.from(after).equals(readFileSync(absolute));
}

export interface ApplyCycleContext {
  year: number;
  /** cycle/<year>. */
  branch: string;
  /** The branch checked out when the command started. */
  current: string;
  onBranch: boolean;
  /** What the working tree held uncommitted: an interrupted run's own files, the only ones allowed. */
  uncommitted: readonly UncommittedPath[];
  /** Whether pull requests follow (--github): the closing advice differs. */
  withGitHub: boolean;
  print(text: string): void;
}

/**
 * Carries out the local roll-forward: switches to (or makes) the cycle branch, writes each planned file
 * atomically (a file an interrupted run already wrote is checked, not written again), and commits them. A
 * failure says what was done, and a re-run continues there.
 */
export async function applyCyclePlan(workingCopy: WorkingCopy, plan: CyclePlan, context: ApplyCycleContext): Promise<void> {
  const { year, branch, current, print } = context;
  const planned = plannedFiles(plan);
  const progress = new ApplyProgress("");
  const { commit, alreadyWritten } = await progress.run(async () => {
    if (!context.onBranch) {
      const how = await switchToBranch(workingCopy, branch);
      progress.done(how === "created" ? `created the branch ${branch} from ${current}` : `switched to the branch ${branch}`);
      print(how === "created" ? `Created the branch ${branch} from ${current}.\n` : `Switched to the existing branch ${branch} to continue there.\n`);
    }
    for (const change of context.uncommitted) if (isTemporaryFile(change.path)) rmSync(join(workingCopy.root, change.path), { force: true });
    let alreadyWritten = 0;
    let written = 0;
    for (const [path, after] of planned) {
      if (matchesPlan(workingCopy, path, planned)) alreadyWritten++;
      else {
        try {
          writeFileAtomically(join(workingCopy.root, path), after);
        } catch (error) {
          // A count, not the names: a ministry has a hundred agreements, and the re-run checks each one anyway.
          if (written > 0) progress.done(`wrote ${written} of the ${planned.size} agreements`);
          throw describeFileWriteFailure(error, path);
        }
        written++;
      }
    }
    if (written > 0) progress.done(`wrote ${written === 1 ? "1 agreement" : `${written} agreements`}`);
    return { commit: await commitFiles(workingCopy, [...planned.keys()], cycleCommitMessage(plan)), alreadyWritten };
  });
  const count = planned.size === 1 ? "1 agreement" : `${planned.size} agreements`;
  print(
    (alreadyWritten > 0 ? `${alreadyWritten} of them had already been written by an earlier run that was interrupted; they were checked, not written again.\n` : "") +
      `Committed ${count} on ${branch} as "Open cycle ${year}" (${commit.slice(0, 12)}).\n\n` +
      `Next: after each management discussion, fill in the places marked ${TO_BE_FILLED} or to-be-filled ("agreements lint" lists them),\n` +
      (context.withGitHub
        ? `and decide on the goals marked "!" above, in the pull requests made below (${branch} itself stays in this copy).\n`
        : `decide on the goals marked "!" above, then push the branch and open a pull request:\n  git push -u origin ${branch}\n`),
  );
}
