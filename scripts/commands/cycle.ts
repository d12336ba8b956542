import { isAgreementPath } from "../layout/paths.js";
import { registryReader } from "./reader.js";
import { applyCyclePlan, matchesPlan, plannedFiles } from "../cycle/apply.js";
import { formatCyclePlan } from "../cycle/format-plan.js";
import { applyCycleOnGitHub } from "../cycle/github-apply.js";
import { planCycleOnGitHub, prepareRemote } from "../cycle/github-facts.js";
import { formatCycleOnGitHub } from "../cycle/github-format-plan.js";
import type { GitHubAccess } from "../cycle/open-pulls.js";
import { planFromCommit } from "../cycle/plan-from-commit.js";
import { changedCount, cycleBranch } from "../cycle/plan.js";
import { isTemporaryFile } from "../files/write-file.js";
import { branchCommit } from "../git/branches.js";
import { assertOnBranchWithCommits, assertWorkingTreeClean } from "../git/guards.js";
import type { UncommittedPath } from "../git/status.js";
import { openWorkingCopy } from "../git/working-copy.js";
import { TO_BE_FILLED } from "../rules/to-be-filled.js";
import { createGitHub, type GitHub } from "../github/client.js";
import { parseCommandArgs, parseToday } from "./args.js";
import { UsageError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";

const help = `Usage: agreements cycle open <year> [options]

Opens a new yearly cycle: rolls every agreement forward to that year's instruction, goals/<year>.md,
on a new branch cycle/<year>, and commits the result as "Open cycle <year>". In each agreement it
  - sets cycle: <year>;
  - adds the evaluation of the year just ended (the instruction's evaluationYear), with the rating,
    summary and bonus marked ${TO_BE_FILLED} / to-be-filled and a stand-in date with a note beside
    it, so "agreements lint" lists them until they are written; an evaluation already there is
    never added twice;
  - keeps every goal, and lists the goals whose common goal the new instruction no longer has, for
    the management discussion to decide (nothing is deleted).
Agreements whose front matter cannot be read are listed to be fixed by hand and left as they are.
The plan is printed first, then carried out. Only comments and lines that change are touched; the
text of each agreement stays as it was.

The working tree must be clean (every change committed) and a branch checked out. If cycle/<year>
exists it is continued: running the command again after an interruption finishes the job and never
adds an entry twice.

With --github, each changed agreement then gets its own branch on the remote, cycle/<year>/<id>:
the base branch (the one you started from, or the remote's default branch when run on cycle/<year>)
with only that agreement rolled forward. cycle/<year> itself stays in your copy and is never pushed
(Git cannot hold a branch cycle/<year> beside branches cycle/<year>/<id>). Each branch gets a pull
request into the base branch, in the agreement's language: what to fill in, the deadline and a
checklist; both parties are asked to review (their github: user names), labels cycle-<year> and the
ministry code. Running it again updates what is there and never opens a second pull request; a branch
someone has pushed to is left alone and named. Branches are pushed with Git (your access to the
remote); pull requests are made with the token in GITHUB_TOKEN, which needs contents, pull-requests
and issues write access. GitHub Enterprise Server is reached through GITHUB_API_URL.

Options:
  --dry-run              Print the plan; change nothing (with --github: push nothing, change nothing on GitHub)
  --today <YYYY-MM-DD>   The stand-in date of the new evaluations (default: today)
  --github               Also push one branch per agreement and open a pull request for each
  --remote <name>        With --github: the remote to push to (default: origin)
  --repo <owner/name>    With --github: the GitHub repository (default: GITHUB_REPOSITORY)
  --token-env <NAME>     With --github: read the token from this variable instead of GITHUB_TOKEN
  -h, --help             Show this help

Exit status: 0 done (or nothing to do), 2 bad usage, a refusal or a GitHub error (the message says
what was done and what to do; running it again finishes the job).
`;

export const cycleCommand: Command = {
  name: "cycle",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      "dry-run": { type: "boolean" },
      today: { type: "string" },
      github: { type: "boolean" },
      remote: { type: "string" },
      repo: { type: "string" },
      "token-env": { type: "string" },
    });
    const [action, yearText, ...extra] = positionals;
    if (action !== "open") {
      throw new UsageError(action === undefined ? "say what to do: agreements cycle open <year>." : `"${action}" is not something cycle does: use agreements cycle open <year>.`);
    }
    if (yearText === undefined || !/^\d{4}$/.test(yearText) || extra.length > 0) {
      throw new UsageError(`give the year of the cycle to open, for example: agreements cycle open 2021${yearText === undefined ? "" : ` (got "${[yearText, ...extra].join(" ")}")`}.`);
    }
    const today = parseToday(values.today as string | undefined);
    const gitHubOnly = (["remote", "repo", "token-env"] as const).filter((name) => values[name] !== undefined);
    if (values.github !== true && gitHubOnly.length > 0) throw new UsageError(`--${gitHubOnly[0]} goes with --github: agreements cycle open <year> --github --${gitHubOnly[0]} …`);
    const remote = (values.remote as string | undefined) ?? "origin";
    if (remote === "" || remote.startsWith("-")) throw new UsageError(`--remote needs the name of a remote, such as origin (got "${remote}").`);
    // Made before anything changes, though it sends nothing yet: a missing token or repository is reported first.
    const github =
      values.github === true
        ? {
            remote,
            github: createGitHub({ env: io.env, ...(values["token-env"] === undefined ? {} : { tokenEnv: values["token-env"] as string }), ...(values.repo === undefined ? {} : { repository: values.repo as string }) }),
            access: { env: io.env, ...(values["token-env"] === undefined ? {} : { tokenEnv: values["token-env"] as string }) },
          }
        : undefined;
    return await openCycle(Number(yearText), { dryRun: values["dry-run"] === true, today, ...(github ? { github } : {}) }, io);
  },
};

/** The GitHub side of `--github`: where to push, and the client (made before anything changes). */
interface GitHubSetup {
  remote: string;
  github: GitHub;
  access: GitHubAccess;
}

async function openCycle(year: number, options: { dryRun: boolean; today: string; github?: GitHubSetup }, io: CommandIO): Promise<number> {
  const print = (text: string) => io.stdout(text);
  const workingCopy = await openWorkingCopy(io.cwd, { env: io.env });
  const current = await assertOnBranchWithCommits(workingCopy, `opening the ${year} cycle`);
  const branch = cycleBranch(year);
  const onBranch = current === branch;
  const existing = await branchCommit(workingCopy, branch);
  // Plan from what is committed on the cycle branch (if an earlier run made it) or else here.
  const base = onBranch ? "HEAD" : existing ?? "HEAD";
  const reader = registryReader();
  const plan = await planFromCommit(workingCopy, reader, year, base, current, options.today);

  // On the cycle branch, files an interrupted run already wrote (exactly as planned) are its own unfinished work.
  const planned = plannedFiles(plan);
  const unfinished = (change: UncommittedPath) => onBranch && (isTemporaryFile(change.path) || matchesPlan(workingCopy, change.path, planned));
  const uncommitted = await assertWorkingTreeClean(workingCopy, `Opening the ${year} cycle`, unfinished);
  const { github } = options;
  // The GitHub part's preconditions are checked before the local roll-forward changes anything.
  const remote = github
    ? await prepareRemote(workingCopy, { year, remote: github.remote, current, onCycleBranch: onBranch, cycleBranchExists: existing !== undefined })
    : undefined;

  // With --github the GitHub part follows the local one, whatever the local one found to do: plan, print, then apply.
  const thenGitHub = async (): Promise<number> => {
    if (!github || !remote) return 0;
    const onGitHub = await planCycleOnGitHub(workingCopy, remote, { plan, isAgreementPath, reader }, { year, remote: github.remote, dryRun: options.dryRun, today: options.today, github: github.github, access: github.access });
    print(formatCycleOnGitHub(onGitHub, options.dryRun));
    if (options.dryRun) {
      print("Dry run: nothing was pushed and nothing was changed on GitHub.\n");
      return 0;
    }
    await applyCycleOnGitHub(workingCopy, onGitHub, github.github, print);
    return 0;
  };

  print(formatCyclePlan(plan));
  if (options.dryRun) {
    print(`Dry run: nothing was changed.${onBranch ? "" : ` The work would be done on the branch ${branch}.`}\n`);
    return thenGitHub();
  }
  if (changedCount(plan) === 0) {
    print(`Nothing to change: every agreement that can be rolled forward already answers ${year}${onBranch || base === "HEAD" ? "" : ` on the branch ${branch}`}.\n`);
    return thenGitHub();
  }
  await applyCyclePlan(workingCopy, plan, { year, branch, current, onBranch, uncommitted, withGitHub: github !== undefined, print });
  return thenGitHub();
}
