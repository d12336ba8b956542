import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCodeowners, CODEOWNERS_PATH } from "../codeowners/build.js";
import { ownersFromSummaries } from "../codeowners/from-summaries.js";
import { fetchBranches, remoteDefaultBranch } from "../git/branches.js";
import { RepositoryError } from "../git/errors.js";
import { assertLevelWithRemote, assertOnBranchWithCommits, assertRemote, assertWorkingTreeClean, hasRemote } from "../git/guards.js";
import { pushTag } from "../git/push.js";
import { createAnnotatedTag, fetchTag, localTagCommit, remoteTagCommit } from "../git/tags.js";
import { openWorkingCopy, type WorkingCopy } from "../git/working-copy.js";
import { lintWholeRepository } from "../lint/run.js";
import { buildReport, readableCatalogues } from "../report/build.js";
import { submissionProblems } from "../submission/checks.js";
import { formatSubmissionPlan, planTagActions, submissionTag, type SubmissionPlan } from "../submission/plan.js";
import { submissionTagMessage } from "../submission/tag-message.js";
import type { FileSummary } from "../model/summary.js";
import { parseCommandArgs, parseToday } from "./args.js";
import { fromCaller } from "./caller-paths.js";
import { UsageError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";

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
  if (!existsSync(join(workingCopy.root, "goals", `${options.year}.md`))) {
    throw new UsageError(`there is no goal catalogue for ${options.year} (goals/${options.year}.md), so there is no ${options.year} cycle to submit; check the year.`);
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
  const names = await describeCommits(workingCopy, [head, local, remoteTag?.tagCommit]);
  const { actions, done } = planTagActions({
    year: options.year,
    head,
    branch,
    ...(local ? { local } : {}),
    ...(remoteTag ? { remote: remoteTag } : {}),
    push: options.push,
    describe: (commit) => names.get(commit) ?? commit.slice(0, 12),
  });
  const plan: SubmissionPlan = { year: options.year, tag, commit: head, branch, ...(remote ? { remote } : {}), push: options.push, actions, done };
  // The checks stand behind a new tag; a tag already at this commit was checked when it was made.
  if (actions.includes("create-tag")) plan.message = await checkedTagMessage(workingCopy, options, head, branch, io);

  io.stdout(formatSubmissionPlan(plan, options.dryRun));
  if (options.dryRun) {
    io.stdout("Dry run: nothing was changed.\n");
    return 0;
  }
  for (const action of actions) {
    if (action === "create-tag") {
      await createAnnotatedTag(workingCopy, tag, head, plan.message!);
      io.stdout(`Created the tag ${tag}.\n`);
    } else if (action === "push-tag") {
      await pushTag(workingCopy, remote!, tag);
      io.stdout(`Pushed the tag ${tag} to "${remote}".\n`);
    } else {
      await fetchTag(workingCopy, remote!, tag);
      io.stdout(`Fetched the tag ${tag} from "${remote}".\n`);
    }
  }
  return 0;
}

/**
 * Lints the repository the way `agreements lint` does (the working tree is clean, so it is the commit
 * being tagged), checks the submission, and builds the tag message from the report's figures.
 */
async function checkedTagMessage(workingCopy: WorkingCopy, options: SubmitOptions, head: string, branch: string, io: CommandIO): Promise<string> {
  const root = workingCopy.root;
  const result = await lintWholeRepository({ root, today: options.today, config: options.config });
  const catalogues = readableCatalogues(result.files);
  const catalogue = catalogues.get(options.year);
  if (!catalogue) {
    throw new UsageError(`goals/${options.year}.md cannot be read as the ${options.year} goal catalogue, so the ${options.year} cycle cannot be checked; run "agreements lint goals/${options.year}.md" to see why.`);
  }
  const problems = submissionProblems({ year: options.year, files: result.files, findings: result.findings, ...(catalogue ? { catalogue } : {}) });
  if (problems.length > 0) {
    throw new UsageError(`the agreements cannot be submitted for ${options.year} yet:\n\n${problems.join("\n\n")}`);
  }
  const stale = codeownersWarning(root, result.files);
  if (stale) io.stderr(`agreements submit: warning: ${stale}\n`);
  const report = buildReport({ files: result.files, findings: result.findings, catalogues, cycle: options.year, today: options.today, restricted: false });
  return submissionTagMessage({ report, commit: head, branch, madeOn: options.madeOn });
}

/**
 * A submission does not depend on CODEOWNERS, so a stale one is a warning, not a refusal; but once the
 * parties have changed, GitHub asks the wrong people to review next year's changes.
 */
function codeownersWarning(root: string, files: readonly FileSummary[]): string | undefined {
  const target = join(root, CODEOWNERS_PATH);
  const expected = buildCodeowners(ownersFromSummaries(files).owners).text;
  if (!existsSync(target)) return `there is no ${CODEOWNERS_PATH}, so GitHub does not ask the parties to review changes to their agreements; run "agreements codeowners" and commit the file.`;
  if (readFileSync(target, "utf8") === expected) return undefined;
  return `${CODEOWNERS_PATH} no longer matches the parties named in the agreements, so GitHub asks the wrong people to review; run "agreements codeowners" and commit the file.`;
}

/** Short id and subject of the commits a message may name, in one Git call; a commit not fetched here keeps its bare id. */
async function describeCommits(workingCopy: WorkingCopy, commits: readonly (string | undefined)[]): Promise<Map<string, string>> {
  const known = [...new Set(commits.filter((commit): commit is string => commit !== undefined))];
  const output = await workingCopy.git(["log", "--no-walk=unsorted", "--ignore-missing", "--format=%H%x00%h%x00%s", ...known, "--"]);
  const names = new Map<string, string>();
  for (const line of output.split("\n")) {
    const [full, short, subject] = line.split("\0");
    if (full && short) names.set(full, `${short} ("${subject}")`);
  }
  return names;
}
