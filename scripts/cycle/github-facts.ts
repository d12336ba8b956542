import { ApplyProgress } from "../apply/progress.js";
import { lookUpBlobs } from "../git/blobs.js";
import { branchCommit, remoteDefaultBranch } from "../git/branches.js";
import { describeCommits } from "../git/commits.js";
import { RepositoryError } from "../git/errors.js";
import { assertRemote } from "../git/guards.js";
import { fetchBranchCommits, isAncestor, listRemoteBranches, mergeBase } from "../git/remote-branches.js";
import type { WorkingCopy } from "../git/working-copy.js";
import type { GitHub } from "../github/client.js";
import { partyLogins } from "../github/logins.js";
import { DEFAULT_API_URL, readApiUrl } from "../github/settings.js";
import { decideBranch, hasOwnCommitTrailer, type BranchAction, type RemoteBranchState } from "./branches.js";
import { agreementBranch, buildCyclePullRequests, type CycleAgreement, type ExistingPullRequest, type PlannedPullRequest } from "./github-plan.js";
import { listOpenPullRequests, type GitHubAccess } from "./open-pulls.js";
import { cycleBranch, type CyclePlan } from "./plan.js";
import type { Reader } from "../reader/reader.js";
import { collectRolledForward, type RolledForwardAgreement } from "./rolled-forward.js";

/**
 * The facts the GitHub part of `cycle open <year> --github` is planned from: what the remote has, the
 * agreements the roll-forward changed, the open pull requests. Queries only; the decisions are the pure
 * `decideBranch` and `buildCyclePullRequests`. Nothing here changes a branch, a file or GitHub (the fetch
 * only adds the remote branches' objects).
 */

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
export interface AgreementBranch {
  rolled: RolledForwardAgreement;
  branch: string;
  action: BranchAction | { kind: "unusable"; reason: string };
}

/** What the GitHub part will do: per agreement its branch, then the pull requests. Printed as the plan; `--dry-run` stops there. */
export interface GitHubCyclePlan {
  year: number;
  remote: string;
  base: string;
  baseCommit: string;
  /** The local branch cycle/<year>, never pushed. */
  localBranch: string;
  /** owner/name on GitHub. */
  repository: string;
  cataloguePath: string;
  agreements: AgreementBranch[];
  pulls: PlannedPullRequest[];
  existingOpen: ExistingPullRequest[];
}

/**
 * Plans the GitHub part after the local roll-forward: fetches the remote's branches, reads what the
 * roll-forward changed, decides per agreement what to do with its branch and pull request. A re-run
 * after any failure plans only what is left, and one with nothing left to do plans no write at all.
 */
export async function planCycleOnGitHub(
  workingCopy: WorkingCopy,
  prepared: PreparedRemote,
  local: { plan: CyclePlan; isAgreementPath(path: string): boolean; reader: Reader },
  options: GitHubCycleOptions,
): Promise<GitHubCyclePlan> {
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
    reader: local.reader,
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
  // Nothing is changed on GitHub yet; a failure here says so, in the words of every apply.
  const existingOpen = parties.size === 0 ? [] : await new ApplyProgress("on GitHub").run(() => listOpenPullRequests(github, new Set(parties.keys()), parties));
  const pulls = buildCyclePullRequests({
    year,
    catalogue: rolled.catalogue,
    agreements: forPulls,
    existingOpen,
    baseBranch: base,
    repositoryUrl: `${webUrl(options.access.env)}/${github.repositoryName}`,
  });
  return { year, remote, base, baseCommit, localBranch, repository: github.repositoryName, cataloguePath: rolled.catalogue.path, agreements, pulls, existingOpen };
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

/** The web address of the GitHub the API belongs to (GITHUB_SERVER_URL in Actions; GitHub Enterprise Server's host otherwise). */
function webUrl(env: Readonly<Record<string, string | undefined>>): string {
  const server = env.GITHUB_SERVER_URL?.trim();
  if (server) return server.replace(/\/+$/, "");
  const api = readApiUrl(env);
  return api === DEFAULT_API_URL ? "https://github.com" : api.replace(/\/api\/v3$/, "");
}
