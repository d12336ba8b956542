import { UserError } from "../errors.js";
import type { CommandIO } from "../commands/io.js";
import { cycleBranch, type CyclePlan } from "../cycle/plan.js";
import { branchCommit, remoteDefaultBranch } from "../git/branches.js";
import { RepositoryError } from "../git/errors.js";
import { assertRemote } from "../git/guards.js";
import type { WorkingCopy } from "../git/working-copy.js";
import type { GitHub } from "../github/client.js";
import { GitHubError } from "../github/errors.js";
import type { PullRequest } from "../github/types.js";
import { DEFAULT_API_URL, readApiUrl } from "../github/settings.js";
import { partyLogins } from "../github/logins.js";
import { agreementCommitMessage, decideBranch, describeBranchAction, hasOwnCommitTrailer, type BranchAction, type RemoteBranchState } from "./branches.js";
import { formatCyclePullRequests } from "./format-plan.js";
import { listOpenPullRequests, type GitHubAccess } from "./open-pulls.js";
import { agreementBranch, buildCyclePullRequests, type CycleAgreement, type ExistingPullRequest, type PlannedPullRequest } from "./plan.js";
import { collectRolledForward, type RolledForwardAgreement } from "./rolled-forward.js";
import { createOneFileCommits, describeCommits, fetchBranchCommits, isAncestor, listRemoteBranches, lookUpBlobs, mergeBase, pushBranches } from "./remote-git.js";

/** What `cycle open <year> --github` needs besides the local roll-forward's options. */
export interface GitHubCycleOptions {
  year: number;
  remote: string;
  dryRun: boolean;
  today: string;
  github: GitHub;
  access: GitHubAccess;
}

/** The remote as found before the local roll-forward: the base branch the pull requests go into. */
export interface PreparedRemote {
  base: string;
  baseCommit: string;
  branches: ReadonlyMap<string, string>;
}

/**
 * Checks, before the local roll-forward changes anything, that the GitHub part can follow it: the remote
 * exists, has the base branch, has no branch `cycle/<year>` (which would block every `cycle/<year>/<id>`),
 * and, when the cycle branch is about to be made, that it starts from exactly what the remote's base holds,
 * so no unpushed commit of this copy can slip into the pull requests.
 */
export async function prepareRemote(
  workingCopy: WorkingCopy,
  input: { year: number; remote: string; current: string; onCycleBranch: boolean; cycleBranchExists: boolean },
): Promise<PreparedRemote> {
  const { remote } = input;
  const local = cycleBranch(input.year);
  await assertRemote(workingCopy, remote, `Add it with "git remote add ${remote} <address of the repository>", or name another with --remote.`);
  const branches = await listRemoteBranches(workingCopy, remote);
  if (branches.has(local)) {
    throw new RepositoryError(
      `The remote "${remote}" has a branch ${local}, and Git cannot keep it beside the branches ${local}/<agreement id> that --github makes ` +
        `(one name cannot be both a branch and a folder of branches). The pull requests come from ${local}/<agreement id>, so ${local} is not needed there: ` +
        `if nothing on it is missing elsewhere, delete it with "git push ${remote} --delete ${local}", then run the command again.`,
    );
  }
  const base = input.onCycleBranch ? await remoteDefaultBranch(workingCopy, remote) : input.current;
  const baseCommit = branches.get(base);
  if (baseCommit === undefined) {
    throw new RepositoryError(
      `The remote "${remote}" has no branch ${base}, which the pull requests would go into. Push it first (git push -u ${remote} ${base}), ` +
        "or start from a branch the remote has, such as its default branch.",
    );
  }
  if (!input.onCycleBranch && !input.cycleBranchExists) {
    const head = await workingCopy.repository.assertCommit("HEAD");
    if (head !== baseCommit) {
      throw new RepositoryError(
        `Your branch ${base} (commit ${head.slice(0, 12)}) is not where ${base} is on "${remote}" (commit ${baseCommit.slice(0, 12)}). ` +
          `The pull requests go into ${base} on ${remote}, so the roll-forward must start from exactly that: bring them level first ` +
          `(git pull ${remote} ${base}; your own commits go in through a pull request), then run the command again.`,
      );
    }
  }
  return { base, baseCommit, branches };
}

/** One agreement on its way to GitHub: its branch and what to do with it. */
interface AgreementBranch {
  rolled: RolledForwardAgreement;
  branch: string;
  action: BranchAction | { kind: "unusable"; reason: string };
}

/** What has been done so far: what a failure's message reports, and the closing summary. */
interface Progress {
  pushed: string[];
  opened: { number: number; branch: string }[];
  updated: number[];
  refusedReviewers: string[];
}

/**
 * The GitHub part of `cycle open <year> --github`, after the local roll-forward: one branch per changed
 * agreement pushed to the remote (never `cycle/<year>` itself), then one pull request each, created or
 * brought up to date. Plan first (printed; all that `--dry-run` does), then apply; a re-run after any
 * failure finishes the job, and a run with nothing left to do makes no write at all.
 */
export async function openCycleOnGitHub(
  workingCopy: WorkingCopy,
  prepared: PreparedRemote,
  local: { plan: CyclePlan; isAgreementPath(path: string): boolean },
  options: GitHubCycleOptions,
  io: CommandIO,
): Promise<number> {
  const { year, remote, github, dryRun } = options;
  const { base, baseCommit } = prepared;
  const localBranch = cycleBranch(year);
  const ownPrefix = `${localBranch}/`;
  const remoteCycleBranches = [...prepared.branches.keys()].filter((branch) => branch.startsWith(ownPrefix));
  await fetchBranchCommits(workingCopy, remote, [base, ...remoteCycleBranches]);

  const cycleCommit = await branchCommit(workingCopy, localBranch);
  const start = cycleCommit === undefined ? await workingCopy.repository.assertCommit("HEAD") : await mergeBase(workingCopy, cycleCommit, baseCommit);
  if (start === undefined) {
    throw new RepositoryError(`The local branch ${localBranch} shares no history with ${base} on "${remote}", so its changes cannot be offered as pull requests into it.`);
  }
  // Only a dry run gets here with changes planned but not committed: the real run has committed them.
  const pending = new Map(local.plan.agreements.flatMap((entry) => (entry.after ? [[entry.path, entry.after] as const] : [])));
  const rolled = await collectRolledForward(workingCopy, {
    year,
    start,
    ...(cycleCommit === undefined ? {} : { cycleCommit }),
    pending: dryRun ? pending : new Map(),
    isAgreementPath: local.isAgreementPath,
    today: options.today,
  });

  const agreements = await decideBranches(workingCopy, { year, rolled: rolled.agreements, prepared });
  const usable = agreements.filter((entry) => entry.action.kind !== "unusable" && entry.action.kind !== "base-changed" && entry.action.kind !== "left-alone");
  const forPulls: CycleAgreement[] = usable.map(({ rolled: entry, action }) => ({
    path: entry.path,
    agreement: entry.agreement!,
    toFill: entry.toFill,
    changed: action.kind !== "on-base",
  }));
  const parties = new Map(usable.map((entry) => [entry.branch, partyLogins(entry.rolled.agreement!.parties)] as const));
  const progress: Progress = { pushed: [], opened: [], updated: [], refusedReviewers: [] };
  const existingOpen = parties.size === 0 ? [] : await withProgress(progress, remote, () => listOpenPullRequests(github, new Set(parties.keys()), parties));
  const pulls = buildCyclePullRequests({
    year,
    catalogue: rolled.catalogue,
    agreements: forPulls,
    existingOpen,
    baseBranch: base,
    repositoryUrl: `${webUrl(options.access.env)}/${github.repositoryName}`,
  });

  io.stdout(formatBranches(agreements, { year, base, baseCommit, remote, localBranch, dryRun, repository: github.repositoryName }));
  if (pulls.length > 0) io.stdout(`\nPull requests into ${base} on ${github.repositoryName}:\n${formatCyclePullRequests(pulls, dryRun)}`);
  if (dryRun) {
    io.stdout(`Dry run: nothing was pushed and nothing was changed on GitHub.\n`);
    return 0;
  }

  const ready = await pushAgreementBranches(workingCopy, agreements, { year, base, baseCommit, remote, cataloguePath: rolled.catalogue.path }, progress, io);
  await withProgress(progress, remote, async () => {
    for (const pull of pulls) {
      if (ready.has(pull.branch)) await applyPullRequest(github, pull, existingOpen, progress, io);
    }
  });

  const opened = progress.opened.length;
  const updated = progress.updated.length;
  const current = pulls.filter((pull) => pull.action.kind === "keep").length;
  io.stdout(
    `\nDone: ${count(progress.pushed.length, "branch", "branches")} pushed, ${count(opened, "pull request", "pull requests")} opened, ${updated} updated, ${current} already up to date.\n` +
      (opened + updated + progress.pushed.length === 0 ? "Nothing needed changing on GitHub.\n" : ""),
  );
  if (progress.refusedReviewers.length > 0) {
    throw new UserError(
      `GitHub refused to ask for some reviews (${progress.refusedReviewers.join("; ")}); everything else is done. ` +
        `A reviewer must be able to see the repository: give them access (or correct the github: user name in the agreement), then run the same command again.`,
    );
  }
  return 0;
}

/** Looks up what the remote has for each agreement and decides what to do with its branch. */
async function decideBranches(workingCopy: WorkingCopy, input: { year: number; rolled: readonly RolledForwardAgreement[]; prepared: PreparedRemote }): Promise<AgreementBranch[]> {
  const { prepared } = input;
  const branchOf = (entry: RolledForwardAgreement) => (entry.agreement ? agreementBranch(input.year, entry.agreement.id) : undefined);
  const uses = new Map<string, number>();
  for (const entry of input.rolled) {
    const branch = branchOf(entry);
    if (branch) uses.set(branch, (uses.get(branch) ?? 0) + 1);
  }

  const onBase = await lookUpBlobs(workingCopy, input.rolled.map((entry) => `${prepared.baseCommit}:${entry.path}`));
  const remoteCommits = input.rolled.map((entry) => {
    const branch = branchOf(entry);
    return branch === undefined ? undefined : prepared.branches.get(branch);
  });
  const onRemote = await lookUpBlobs(workingCopy, input.rolled.flatMap((entry, index) => (remoteCommits[index] ? [`${remoteCommits[index]}:${entry.path}`] : [])));
  const described = await describeCommits(workingCopy, remoteCommits.filter((commit): commit is string => commit !== undefined));

  const decided: AgreementBranch[] = [];
  let remoteIndex = 0;
  for (const [index, entry] of input.rolled.entries()) {
    const branch = branchOf(entry);
    const commit = remoteCommits[index];
    const remoteBlob = commit ? onRemote[remoteIndex++] : undefined;
    if (branch === undefined) {
      decided.push({ rolled: entry, branch: "", action: { kind: "unusable", reason: `its front matter cannot be read after the roll-forward; run "agreements lint ${entry.path}" and fix it` } });
      continue;
    }
    if ((uses.get(branch) ?? 0) > 1) {
      decided.push({ rolled: entry, branch, action: { kind: "unusable", reason: `another agreement has the same id, so they would share one branch; give each its own id ("agreements lint" shows them)` } });
      continue;
    }
    let remote: RemoteBranchState | undefined;
    if (commit) {
      const info = described.get(commit);
      const parent = info?.parents.length === 1 ? info.parents[0]! : undefined;
      // Only a branch still holding just this command's commit on the base's history may be replaced.
      const ownCommit =
        remoteBlob !== entry.after && parent !== undefined && hasOwnCommitTrailer(info!.message, branch) && (await isAncestor(workingCopy, parent, prepared.baseCommit));
      remote = { commit, ...(remoteBlob ? { blob: remoteBlob } : {}), ownCommit, author: info?.author ?? "unknown", subject: info?.subject ?? "" };
    }
    const onBaseBlob = onBase[index];
    decided.push({ rolled: entry, branch, action: decideBranch({ branch, path: entry.path, before: entry.before, after: entry.after, ...(onBaseBlob ? { onBase: onBaseBlob } : {}), ...(remote ? { remote } : {}) }) });
  }
  return decided;
}

/**
 * Makes and pushes the commits of the branches to push or replace, in one push; returns the branches now
 * on the remote with the rolled-forward file (pushed now, or already there), whose pull requests can follow.
 */
async function pushAgreementBranches(
  workingCopy: WorkingCopy,
  agreements: readonly AgreementBranch[],
  context: { year: number; base: string; baseCommit: string; remote: string; cataloguePath: string },
  progress: Progress,
  io: CommandIO,
): Promise<Set<string>> {
  const ready = new Set(agreements.filter((entry) => entry.action.kind === "up-to-date").map((entry) => entry.branch));
  const toPush = agreements.filter((entry) => entry.action.kind === "push" || entry.action.kind === "replace");
  if (toPush.length === 0) return ready;
  const commits = createOneFileCommits(workingCopy);
  const pushes = [];
  for (const { rolled, branch, action } of toPush) {
    const message = agreementCommitMessage({ year: context.year, id: rolled.agreement!.id, path: rolled.path, cataloguePath: context.cataloguePath, branch, base: context.base });
    const commit = await commits.commit(context.baseCommit, rolled.path, rolled.after, message);
    pushes.push({ branch, commit, ...(action.kind === "replace" ? { expected: action.expected } : {}) });
  }
  const results = await pushBranches(workingCopy, context.remote, pushes);
  for (const result of results) {
    if (result.ok) {
      ready.add(result.branch);
      progress.pushed.push(result.branch);
    }
  }
  if (progress.pushed.length > 0) io.stdout(`\nPushed ${count(progress.pushed.length, "branch", "branches")} to "${context.remote}": ${progress.pushed.join(", ")}.\n`);
  for (const result of results) {
    if (!result.ok) io.stdout(`Not pushed: ${result.branch}: ${result.reason}; it was left as it is, and so was its pull request.\n`);
  }
  return ready;
}

/** Carries out one planned pull request; a refused review request is noted and the run goes on. */
async function applyPullRequest(github: GitHub, pull: PlannedPullRequest, existingOpen: readonly ExistingPullRequest[], progress: Progress, io: CommandIO): Promise<void> {
  const { action } = pull;
  if (action.kind === "create") {
    const created = await github.createPullRequest({ title: pull.title, body: pull.body, head: pull.branch, base: pull.base });
    progress.opened.push({ number: created.number, branch: pull.branch });
    io.stdout(`Opened #${created.number} for ${pull.path}: ${created.htmlUrl}\n`);
    await askReviewers(github, created, pull.reviewers, progress, io);
    await github.addLabels(created.number, pull.labels);
    io.stdout(`  labels: ${pull.labels.join(", ")}\n`);
    return;
  }
  if (action.kind !== "update") return;
  const existing = existingOpen.find((candidate) => candidate.number === action.number) ?? action.number;
  const changes = Object.fromEntries(action.changes.map((field) => [field, pull[field]]));
  if (action.changes.length > 0) await github.updatePullRequest(action.number, changes);
  progress.updated.push(action.number);
  io.stdout(`Updated #${action.number} for ${pull.path}${action.changes.length > 0 ? `: its ${action.changes.join(" and ")}` : ""}\n`);
  if (action.requestReviewers.length > 0) await askReviewers(github, existing, action.requestReviewers, progress, io);
  if (action.addLabels.length > 0) {
    await github.addLabels(action.number, action.addLabels);
    io.stdout(`  labels added: ${action.addLabels.join(", ")}\n`);
  }
}

/**
 * A 422 here means GitHub will not ask someone (not a collaborator, say). Stopping would leave every later
 * agreement without its pull request, run after run, so the people are asked one by one (GitHub refuses the
 * whole request for one of them), each refusal is noted, and the run goes on; the end reports them.
 */
async function askReviewers(github: GitHub, pull: ExistingPullRequest | PullRequest | number, logins: readonly string[], progress: Progress, io: CommandIO): Promise<void> {
  if (logins.length === 0) return;
  try {
    const asked = await github.requestReviewers(pull, logins);
    if (asked.length > 0) io.stdout(`  review asked of ${asked.map((login) => `@${login}`).join(", ")}\n`);
  } catch (error) {
    if (!(error instanceof GitHubError) || error.status !== 422) throw error;
    if (logins.length > 1) {
      for (const login of logins) await askReviewers(github, pull, [login], progress, io);
      return;
    }
    progress.refusedReviewers.push(`#${typeof pull === "number" ? pull : pull.number}: @${logins[0]}`);
    io.stdout(`  ${error.message}\n`);
  }
}

function formatBranches(
  agreements: readonly AgreementBranch[],
  context: { year: number; base: string; baseCommit: string; remote: string; localBranch: string; dryRun: boolean; repository: string },
): string {
  const lines = [
    "",
    `On GitHub (${context.repository}): one branch per agreement, ${context.localBranch}/<agreement id>, made from ${context.base} on "${context.remote}" ` +
      `(commit ${context.baseCommit.slice(0, 12)}) with only that agreement rolled forward. The local branch ${context.localBranch} is never pushed.`,
    "",
  ];
  if (agreements.length === 0) lines.push(`No agreement differs from ${context.base}: no branch and no pull request is needed.`);
  for (const { rolled, branch, action } of agreements) {
    const what = action.kind === "unusable" ? `not pushed: ${action.reason}` : describeBranchAction(action, { path: rolled.path, base: context.base, remote: context.remote, localBranch: context.localBranch, dryRun: context.dryRun });
    lines.push(`${branch || rolled.path}`, `  ${what}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Runs GitHub calls; a failure becomes the exit-2 message: GitHub's sentence, then what was done so far. */
async function withProgress<T>(progress: Progress, remote: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GitHubError) throw new UserError(`${error.message} ${describeProgress(progress, remote)}`);
    throw error;
  }
}

function describeProgress(progress: Progress, remote: string): string {
  const done = [
    ...(progress.pushed.length > 0 ? [`pushed ${progress.pushed.join(", ")} to "${remote}"`] : []),
    ...(progress.opened.length > 0 ? [`opened ${progress.opened.map((pull) => `#${pull.number} (${pull.branch})`).join(", ")}`] : []),
    ...(progress.updated.length > 0 ? [`updated ${progress.updated.map((number) => `#${number}`).join(", ")}`] : []),
  ];
  return (
    (done.length > 0 ? `Done before it stopped: ${done.join("; ")}.` : "Nothing was changed on GitHub before it stopped.") +
    " Run the same command again once this is fixed: it finishes the job and does nothing twice."
  );
}

/** The web address of the GitHub the API belongs to (GITHUB_SERVER_URL in Actions; GitHub Enterprise Server's host otherwise). */
function webUrl(env: Readonly<Record<string, string | undefined>>): string {
  const server = env.GITHUB_SERVER_URL?.trim();
  if (server) return server.replace(/\/+$/, "");
  const api = readApiUrl(env);
  return api === DEFAULT_API_URL ? "https://github.com" : api.replace(/\/api\/v3$/, "");
}

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}
