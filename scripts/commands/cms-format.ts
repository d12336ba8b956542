import { planCmsFormat } from "../cms-format/plan.js";
import { formatFile } from "../formatter/format-file.js";
import { RepositoryError } from "../git/errors.js";
import { commitChanges, fetchBranchHead, openScratchRepository, pushFastForward, readFiles } from "../git/form-branch.js";
import { redact } from "../github/errors.js";
import { readToken } from "../github/settings.js";
import { agreementSchema } from "../model/validate.js";
import { connectToPullRequest, PULL_REQUEST_FLAGS } from "../pull-request/connect.js";
import { parseCommandArgs } from "./args.js";
import { UsageError, UserError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";

const help = `Usage: agreements cms-format [options]

Formats the agreements that the form editor saved in a pull request, and pushes the result to the
pull request's branch as one more commit, so that the reviewers see only what the official changed.
Only a pull request from a branch cms/... of this same repository (the form editor's) is pushed to;
a pull request from a fork or any other branch is left alone, and its check "Check agreements" names
the files to format instead. The commit changes the layout of the front matter only, never its data
(the formatter reads every result back and compares). It is made by GitHub Actions' bot, so it is
nobody's consent: the author confirms the formatted version with "/agree <SHA>" (README, "Who must
consent").

Options:
  --pr <number>          The pull request (default: the one of the GitHub Actions event)
  --repo <owner/name>    The repository (default: GITHUB_REPOSITORY)
  --token-env <name>     The environment variable holding the GitHub token (default: GITHUB_TOKEN)
  --remote <url>         Where to fetch the branch from and push it to: https://, file:/// or a
                         path (default: the repository on GITHUB_SERVER_URL, https://github.com)
  --check-workflow <file>
                         After pushing, start this workflow (its file name under
                         .github/workflows, such as check.yml) on the branch: a push made
                         with GitHub Actions' token starts no workflow by itself, and the
                         required check must run on the formatted commit
  --dry-run              Say what would be formatted; push nothing
  -h, --help             Show this help

Run it only from the base branch's code (the workflow pr.yml does): it runs with a token that may
push. The token needs "contents: write" and read access to the pull request, and "actions: write"
with --check-workflow.

Exit status: 0 formatted and pushed, or nothing to do; 1 a file could not be formatted (the others
were); 2 bad usage or a problem with GitHub or Git.
`;

/** The account GitHub shows for commits made by a workflow's token. */
const ACTIONS_BOT = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };

export const cmsFormatCommand: Command = {
  name: "cms-format",
  help,
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { ...PULL_REQUEST_FLAGS, remote: { type: "string" }, "check-workflow": { type: "string" }, "dry-run": { type: "boolean" } });
    if (positionals.length > 0) throw new UsageError(`takes no arguments (got "${positionals.join(" ")}"); name the pull request with --pr N.`);
    const checkWorkflow = values["check-workflow"];
    if (checkWorkflow !== undefined && !/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.ya?ml$/.test(checkWorkflow)) {
      throw new UsageError(`--check-workflow must be the file name of a workflow under .github/workflows, such as check.yml (got "${checkWorkflow}").`);
    }
    if (values.remote !== undefined && !/^(?:https:\/\/|file:\/\/\/|\/)/.test(values.remote)) {
      throw new UsageError(`--remote must be an https address, a file:/// address or an absolute path of a repository (got "${values.remote}").`);
    }
    const tokenEnv = values["token-env"];
    let token = "";
    try {
      const { github, number } = connectToPullRequest(io.env, { pr: values.pr, repo: values.repo, tokenEnv });
      token = readToken(io.env, tokenEnv);
      const pull = await github.getPullRequest(number);
      const plan = planCmsFormat(pull, pull.state === "open" && !pull.fromFork ? await github.listPullRequestFiles(number) : []);
      if (plan.kind === "skip") {
        io.stdout(`${plan.reason}\n`);
        return 0;
      }
      const remote = values.remote ?? `${(io.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "")}/${github.repositoryName}.git`;
      // Git sends the token to GitHub only over https, as actions/checkout does; a local path needs none.
      const authorization = /^https:\/\//.test(remote) ? `basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}` : undefined;
      const pushed = await formatBranch(io, { ...plan, remote, authorization, dryRun: values["dry-run"] === true });
      if (pushed.commit === undefined) return pushed.code;
      // GitHub moves the pull request's head to a pushed commit a moment later; the approval, judged right
      // after this step, must see the formatted commit, not the one before.
      const seen = await waitForHead(() => github.getPullRequest(number).then((current) => current.headSha), pushed.commit, io.env.AGREEMENTS_GITHUB_NO_WAIT === "1" ? 1 : 1000);
      if (!seen) io.stdout(`GitHub does not show the new commit on pull request #${number} yet; the approval is checked again at the next review or /agree comment.\n`);
      if (checkWorkflow === undefined) return pushed.code;
      try {
        await github.octokit.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", { ...github.repository, workflow_id: checkWorkflow, ref: plan.branch });
      } catch (error) {
        const status = (error as { status?: number }).status;
        io.stdout(
          `The formatted version was pushed, but the workflow ${checkWorkflow} could not be started on it (GitHub answered ${status ?? "nothing"}), so its check is missing on the new commit. ` +
            `Start it by hand (Actions, ${checkWorkflow}, Run workflow, branch ${plan.branch}) or let the token have "actions: write".\n`,
        );
        return 1;
      }
      io.stdout(`Started ${checkWorkflow} on ${plan.branch}, so its check runs on the formatted commit.\n`);
      return pushed.code;
    } catch (error) {
      // Git may quote the remote's address, token and all: said again without it.
      if (error instanceof RepositoryError) throw new UserError(redact(error.message, [token]));
      throw error;
    }
  },
};

interface BranchJob {
  branch: string;
  headSha: string;
  paths: string[];
  ignored: string[];
  remote: string;
  authorization: string | undefined;
  dryRun: boolean;
}

/** Whether `readHead` reports `commit` within about ten tries, `unitMs` apart. */
async function waitForHead(readHead: () => Promise<string>, commit: string, unitMs: number): Promise<boolean> {
  for (let attempt = 0; attempt < 10; attempt++) {
    if ((await readHead()) === commit) return true;
    await new Promise((resolve) => setTimeout(resolve, unitMs));
  }
  return false;
}

/** The exit code, and the commit pushed if one was. */
async function formatBranch(io: CommandIO, job: BranchJob): Promise<{ code: number; commit?: string }> {
  const scratch = await openScratchRepository(io.env, job.remote, job.authorization);
  try {
    const { workingCopy } = scratch;
    const head = await fetchBranchHead(workingCopy, job.remote, job.branch);
    // The pull request as GitHub described it must be what is formatted: a newer save has its own run.
    if (head !== job.headSha) {
      io.stdout(`The branch ${job.branch} has moved on since this run started (a newer save); the run for that save formats it.\n`);
      return { code: 0 };
    }
    for (const path of job.ignored) io.stdout(`${path}: not where an agreement belongs (agreements/<ministry>/<id>.md), so it was not formatted.\n`);
    const files = await readFiles(workingCopy, head, job.paths);
    const schema = agreementSchema([]);
    const changes = new Map<string, string>();
    let problems = 0;
    for (const path of job.paths) {
      const bytes = files.get(path);
      if (bytes === undefined) {
        io.stdout(`${path}: not a regular file on the branch (a link, say), so it was not formatted.\n`);
        continue;
      }
      const result = formatFile(bytes.toString("utf8"), schema);
      if (!result.ok) {
        problems++;
        io.stdout(`${path}:${result.problem.line}:${result.problem.column}: ${result.problem.message} ${result.problem.hint}\n`);
      } else if (result.changed) changes.set(path, result.text);
    }
    if (changes.size === 0) {
      io.stdout(`Every agreement on ${job.branch} is already formatted; nothing was pushed.\n`);
      return { code: problems > 0 ? 1 : 0 };
    }
    const list = [...changes.keys()];
    if (job.dryRun) {
      io.stdout(`Would format and push to ${job.branch}: ${list.join(", ")}.\n`);
      return { code: problems > 0 ? 1 : 0 };
    }
    const message = `Format the agreements the form editor saved\n\nagreements format, run by the workflow Pull request approvals with the base branch's code.\nOnly the layout of the front matter changes, never its data:\n\n${list.map((path) => `- ${path}`).join("\n")}\n`;
    const commit = await commitChanges(workingCopy, head, changes, ACTIONS_BOT, message);
    await pushFastForward(workingCopy, job.remote, commit, job.branch);
    io.stdout(
      `Formatted ${list.join(", ")} and pushed ${list.length === 1 ? "it" : "them"} to ${job.branch} as commit ${commit}. ` +
        `The pull request's author confirms this version with a comment /agree ${commit}; the other party approves it as usual.\n`,
    );
    return { code: problems > 0 ? 1 : 0, commit };
  } finally {
    scratch.close();
  }
}
