import { ApplyProgress } from "../apply/progress.js";
import { UserError } from "../errors.js";
import { createOneFileCommits, pushBranches } from "../git/remote-branches.js";
import type { WorkingCopy } from "../git/working-copy.js";
import type { GitHub } from "../github/client.js";
import { GitHubError } from "../github/errors.js";
import type { PullRequest } from "../github/types.js";
import { agreementCommitMessage } from "./branches.js";
import type { GitHubCyclePlan } from "./github-facts.js";
import type { ExistingPullRequest, PlannedPullRequest } from "./github-plan.js";

/** What a run tells its reader as it goes, and the review requests GitHub refused (reported at the end). */
interface ApplyContext {
  github: GitHub;
  progress: ApplyProgress;
  refusedReviewers: string[];
  print(text: string): void;
}

/**
 * Carries out the GitHub part of `cycle open <year> --github`: one branch per changed agreement pushed to
 * the remote (never `cycle/<year>` itself), then one pull request each, created or brought up to date. A
 * failure stops it with what was done; a re-run finishes the job.
 */
export async function applyCycleOnGitHub(workingCopy: WorkingCopy, plan: GitHubCyclePlan, github: GitHub, print: (text: string) => void): Promise<void> {
  const context: ApplyContext = { github, progress: new ApplyProgress("on GitHub"), refusedReviewers: [], print };
  const { progress } = context;
  let pushed = 0;
  await progress.run(async () => {
    const ready = await pushAgreementBranches(workingCopy, plan, context);
    pushed = ready.pushed;
    for (const pull of plan.pulls) {
      if (ready.branches.has(pull.branch)) await applyPullRequest(pull, plan.existingOpen, context);
    }
  });

  const opened = progress.count("opened");
  const updated = progress.count("updated");
  const current = plan.pulls.filter((pull) => pull.action.kind === "keep").length;
  print(
    `\nDone: ${count(pushed, "branch", "branches")} pushed, ${count(opened, "pull request", "pull requests")} opened, ${updated} updated, ${current} already up to date.\n` +
      (opened + updated + pushed === 0 ? "Nothing needed changing on GitHub.\n" : ""),
  );
  if (context.refusedReviewers.length > 0) {
    throw new UserError(
      `GitHub refused to ask for some reviews (${context.refusedReviewers.join("; ")}); everything else is done. ` +
        `A reviewer must be able to see the repository: give them access (or correct the github: user name in the agreement), then run the same command again.`,
    );
  }
}

/**
 * Makes and pushes the commits of the branches to push or replace, in one push; returns the branches now
 * on the remote with the rolled-forward file (pushed now, or already there), whose pull requests can follow.
 */
async function pushAgreementBranches(workingCopy: WorkingCopy, context: GitHubCyclePlan, apply: ApplyContext): Promise<{ branches: Set<string>; pushed: number }> {
  const { agreements } = context;
  const ready = new Set(agreements.filter((entry) => entry.action.kind === "up-to-date").map((entry) => entry.branch));
  const toPush = agreements.filter((entry) => entry.action.kind === "push" || entry.action.kind === "replace");
  if (toPush.length === 0) return { branches: ready, pushed: 0 };
  const commits = createOneFileCommits(workingCopy);
  const pushes = [];
  for (const { rolled, branch, action } of toPush) {
    const message = agreementCommitMessage({ year: context.year, id: rolled.agreement!.id, path: rolled.path, cataloguePath: context.cataloguePath, branch, base: context.base });
    const commit = await commits.commit(context.baseCommit, rolled.path, rolled.after, message);
    pushes.push({ branch, commit, ...(action.kind === "replace" ? { expected: action.expected } : {}) });
  }
  const results = await pushBranches(workingCopy, context.remote, pushes);
  const pushed = results.filter((result) => result.ok).map((result) => result.branch);
  for (const branch of pushed) ready.add(branch);
  if (pushed.length > 0) {
    apply.progress.done(`pushed ${pushed.join(", ")} to "${context.remote}"`);
    apply.print(`\nPushed ${count(pushed.length, "branch", "branches")} to "${context.remote}": ${pushed.join(", ")}.\n`);
  }
  for (const result of results) {
    if (!result.ok) apply.print(`Not pushed: ${result.branch}: ${result.reason}; it was left as it is, and so was its pull request.\n`);
  }
  return { branches: ready, pushed: pushed.length };
}

/** Carries out one planned pull request; a refused review request is noted and the run goes on. */
async function applyPullRequest(pull: PlannedPullRequest, existingOpen: readonly ExistingPullRequest[], context: ApplyContext): Promise<void> {
  const { github, progress, print } = context;
  const { action } = pull;
  if (action.kind === "create") {
    const created = await github.createPullRequest({ title: pull.title, body: pull.body, head: pull.branch, base: pull.base });
    progress.done("opened", `#${created.number} (${pull.branch})`);
    print(`Opened #${created.number} for ${pull.path}: ${created.htmlUrl}\n`);
    await askReviewers(created, pull.reviewers, context);
    await github.addLabels(created.number, pull.labels);
    print(`  labels: ${pull.labels.join(", ")}\n`);
    return;
  }
  if (action.kind !== "update") return;
  const existing = existingOpen.find((candidate) => candidate.number === action.number) ?? action.number;
  const changes = Object.fromEntries(action.changes.map((field) => [field, pull[field]]));
  if (action.changes.length > 0) await github.updatePullRequest(action.number, changes);
  progress.done("updated", `#${action.number}`);
  print(`Updated #${action.number} for ${pull.path}${action.changes.length > 0 ? `: its ${action.changes.join(" and ")}` : ""}\n`);
  if (action.requestReviewers.length > 0) await askReviewers(existing, action.requestReviewers, context);
  if (action.addLabels.length > 0) {
    await github.addLabels(action.number, action.addLabels);
    print(`  labels added: ${action.addLabels.join(", ")}\n`);
  }
}

/**
 * A 422 here means GitHub will not ask someone (not a collaborator, say). Stopping would leave every later
 * agreement without its pull request, run after run, so the people are asked one by one (GitHub refuses the
 * whole request for one of them), each refusal is noted, and the run goes on; the end reports them.
 */
async function askReviewers(pull: ExistingPullRequest | PullRequest | number, logins: readonly string[], context: ApplyContext): Promise<void> {
  if (logins.length === 0) return;
  try {
    const asked = await context.github.requestReviewers(pull, logins);
    if (asked.length > 0) context.print(`  review asked of ${asked.map((login) => `@${login}`).join(", ")}\n`);
  } catch (error) {
    if (!(error instanceof GitHubError) || error.status !== 422) throw error;
    if (logins.length > 1) {
      for (const login of logins) await askReviewers(pull, [login], context);
      return;
    }
    context.refusedReviewers.push(`#${typeof pull === "number" ? pull : pull.number}: @${logins[0]}`);
    context.print(`  ${error.message}\n`);
  }
}

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}
