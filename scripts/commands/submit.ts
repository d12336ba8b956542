import { existsSync } from "node:fs";
import { join } from "node:path";
import { fetchBranches, remoteDefaultBranch } from "../git/branches.js";
import { RepositoryError } from "../git/errors.js";
import { assertLevelWithRemote, assertOnBranchWithCommits, assertRemote, assertWorkingTreeClean, hasRemote } from "../git/guards.js";
import { localTagCommit, remoteTagCommit } from "../git/tags.js";
import { describeCommits } from "../git/commits.js";
import { openWorkingCopy } from "../git/working-copy.js";
import { applySubmissionPlan } from "../submission/apply.js";
import { checkedTagMessage } from "../submission/checked-message.js";
import { cataloguePath } from "../layout/paths.js";
import { formatSubmissionPlan, planTagActions, submissionTag, type SubmissionPlan } from "../submission/plan.js";
import { parseCommandArgs, parseToday } from "./args.js";
import { fromCaller } from "./caller-paths.js";
import { UsageError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";
import { registryReader } from "./reader.js";

const help = `Usage: agreements submit <year> [options]

Records the yearly submission to the Ministry of Finance: an annotated tag submission-<year> on the
default branch, whose message summarises what was submitted (agreements, updates, evaluations and
bonus proposals, in total and per administrative sector), pushed to the remote.

Before tagging it checks, and refuses with what to do if not:
  - every change is committed, and the default branch (the remote's, else main) is checked out;
  - the branch is level with the remote (fetched first): nothing to push, nothing to pull;
  - "agreements lint" finds no errors;
  - every agreement answers the <year> cycle and carries the evaluation the cycle asks for.
An existing tag is never moved or deleted. If submission-<year> already exists at this commit the
command says so (and pushes it if the remote lacks it); at another commit it refuses.

Options:
  --remote <name>        The remote to compare with and push to (default: origin)
  --no-push              Create the tag here only (no remote is needed)
  --dry-run              Run every check and print the tag message; change nothing
  --today <YYYY-MM-DD>   The date deadlines are measured against (default: today)
  --config <file>        Config file for the lint (default: agreements.config.json, .yaml or .yml)
  -h, --help             Show this help

Exit status: 0 submitted (or already submitted), 2 bad usage or a refusal (see the message for what to do).
`;

interface SubmitOptions {
  year: number;
  remote: string;
  push: boolean;
  dryRun: boolean;
  /** The date deadlines are checked against (`--today`, else the real date). */
  today: string;
  /** The real date the tag is made on. */
  madeOn: string;
  config?: string | undefined;
}

export const submitCommand: Command = {
  name: "submit",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      remote: { type: "string" },
      "no-push": { type: "boolean" },
      "dry-run": { type: "boolean" },
      today: { type: "string" },
      config: { type: "string" },
    });
    const [yearText, ...extra] = positionals;
    if (yearText === undefined || !/^\d{4}$/.test(yearText) || extra.length > 0) {
      throw new UsageError(`give the year of the cycle to submit, for example: agreements submit 2020${yearText === undefined ? "" : ` (got "${positionals.join(" ")}")`}.`);
    }
    const remote = (values.remote as string | undefined) ?? "origin";
    if (remote === "" || remote.startsWith("-")) throw new UsageError(`--remote needs the name of a remote, such as origin (got "${remote}").`);
    const options: SubmitOptions = {
      year: Number(yearText),
      remote,
      push: values["no-push"] !== true,
      dryRun: values["dry-run"] === true,
      today: parseToday(values.today as string | undefined),
      // The real date, read here at the edge: the tag records when it was made apart from --today.
      madeOn: parseToday(undefined),
      config: values.config === undefined ? undefined : fromCaller(io, values.config as string),
    };
    return await submit(options, io);
  },
};

async function submit(options: SubmitOptions, io: CommandIO): Promise<number> {
  const workingCopy = await openWorkingCopy(io.cwd, { env: io.env });
  const branch = await assertOnBranchWithCommits(workingCopy, `the ${options.year} submission`);
  // Without the year's instruction there is no cycle to submit, whatever else is in order: say only that.
  if (!existsSync(join(workingCopy.root, cataloguePath(options.year)))) {
    throw new UsageError(`there is no goal catalogue for ${options.year} (${cataloguePath(options.year)}), so there is no ${options.year} cycle to submit; check the year.`);
  }
  await assertWorkingTreeClean(workingCopy, `The ${options.year} submission`);

  let remote: string | undefined;
  if (options.push) {
    await assertRemote(workingCopy, options.remote, `Add it with "git remote add ${options.remote} <address>", name another with --remote, or tag only here with --no-push.`);
    remote = options.remote;
  } else if (await hasRemote(workingCopy, options.remote)) {
    remote = options.remote;
  }
  if (remote !== undefined) await fetchBranches(workingCopy, remote);
  const defaultBranch = remote === undefined ? "main" : await remoteDefaultBranch(workingCopy, remote);
  if (branch !== defaultBranch) {
    throw new RepositoryError(
      `You are on the branch "${branch}", but a submission is tagged on the default branch "${defaultBranch}", where the agreed versions are. ` +
        `Merge the changes into ${defaultBranch} (a pull request), then: git switch ${defaultBranch}${remote === undefined ? "" : ` && git pull ${remote} ${defaultBranch}`}`,
    );
  }
  if (remote !== undefined) await assertLevelWithRemote(workingCopy, branch, remote);

  const head = (await workingCopy.repository.resolveCommit("HEAD"))!;
  const tag = submissionTag(options.year);
  const local = await localTagCommit(workingCopy, tag);
  const remoteTag = remote === undefined ? undefined : { name: remote, tagCommit: await remoteTagCommit(workingCopy, remote, tag) };
  const described = await describeCommits(workingCopy, [head, local, remoteTag?.tagCommit]);
  const { actions, done } = planTagActions({
    year: options.year,
    head,
    branch,
    ...(local ? { local } : {}),
    ...(remoteTag ? { remote: remoteTag } : {}),
    push: options.push,
    describe: (commit) => {
      // A commit not fetched here keeps its bare id.
      const info = described.get(commit);
      return info ? `${info.short} ("${info.subject}")` : commit.slice(0, 12);
    },
  });
  const plan: SubmissionPlan = { year: options.year, tag, commit: head, branch, ...(remote ? { remote } : {}), push: options.push, actions, done };
  // The checks stand behind a new tag; a tag already at this commit was checked when it was made.
  if (actions.includes("create-tag")) {
    const checked = await checkedTagMessage({ root: workingCopy.root, reader: registryReader(), year: options.year, today: options.today, madeOn: options.madeOn, config: options.config, commit: head, branch });
    if (checked.warning) io.stderr(`agreements submit: warning: ${checked.warning}\n`);
    plan.message = checked.message;
  }

  io.stdout(formatSubmissionPlan(plan, options.dryRun));
  if (options.dryRun) {
    io.stdout("Dry run: nothing was changed.\n");
    return 0;
  }
  await applySubmissionPlan(plan, workingCopy, (text) => io.stdout(text));
  return 0;
}
