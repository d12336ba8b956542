import { repositoryLanguage } from "../reader/config.js";
import type { Language } from "../model/types.js";
import { LANG_FLAG, LANG_HELP, parseLang } from "./lang.js";
import type { GitHub } from "../github/client.js";
import { lintWholeRepository } from "../lint/run.js";
import { chooseCatalogue } from "../model/choose-catalogue.js";
import { cataloguePath } from "../layout/paths.js";
import { formatReminderPlan } from "../remind/format-plan.js";
import { reminderLabels } from "../remind/issue-text.js";
import { applyReminderPlan } from "../remind/apply.js";
import { buildReminderPlan, updateDeadline } from "../remind/plan.js";
import { parseCommandArgs, parseToday } from "./args.js";
import { UsageError, UserError } from "../errors.js";
import { connectUnlessPreview } from "./github-connection.js";
import type { Command, CommandIO } from "./io.js";
import { registryReader } from "./reader.js";

const help = `Usage: agreements remind [options]

Keeps one reminder issue per yearly cycle on GitHub: from 30 days before the cycle's update deadline
it opens an issue (labels cycle-<year> and reminder) listing every agreement, per administrative
sector, ticking those already updated and mentioning the two parties of each one not updated yet, so
GitHub notifies them. Later runs bring the list up to date, and the issue is closed with a comment
once every agreement is updated. A run that finds nothing new changes nothing.

Reads the agreements and goal catalogues in this folder (the default branch, in GitHub Actions).
Needs a token with "issues: write" in GITHUB_TOKEN (GitHub Actions provides one). With --dry-run and
no token, GitHub is not contacted at all: the plan assumes no reminder issue is open yet.

Options:
  --today <YYYY-MM-DD>   The date to measure the deadline against (default: today)
  --cycle <year>         The cycle to remind of, goals/<year>.md (default: the newest catalogue)
  --dry-run              Show what would be done; change nothing on GitHub
  --repo <owner/name>    The GitHub repository (default: GITHUB_REPOSITORY)
  --token-env <NAME>     Read the token from this environment variable instead of GITHUB_TOKEN
${LANG_HELP}
  -h, --help             Show this help

Exit status: 0 done (or nothing to do), 2 bad usage or a GitHub error (the message says what was done).
`;

export const remindCommand: Command = {
  name: "remind",
  help,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      {
        today: { type: "string" },
        cycle: { type: "string" },
        "dry-run": { type: "boolean" },
        repo: { type: "string" },
        "token-env": { type: "string" },
        ...LANG_FLAG,
      },
      false,
    );
    const today = parseToday(values.today as string | undefined);
    const cycleText = values.cycle as string | undefined;
    if (cycleText !== undefined && !/^\d{4}$/.test(cycleText)) throw new UsageError(`--cycle must be a year such as 2020 (got "${cycleText}").`);
    const dryRun = values["dry-run"] === true;
    const lang = parseLang(values.lang as string | undefined);
    const tokenEnv = (values["token-env"] as string | undefined) ?? "GITHUB_TOKEN";
    const github = connectUnlessPreview({ dryRun, tokenEnv: values["token-env"] as string | undefined, repo: values.repo as string | undefined }, io);
    return await remind({ today, dryRun, github, tokenEnv, lang, ...(cycleText === undefined ? {} : { cycle: Number(cycleText) }) }, io);
  },
};

interface RemindOptions {
  today: string;
  cycle?: number;
  dryRun: boolean;
  /** Absent for a dry run without a token: GitHub is not contacted. */
  github: GitHub | undefined;
  tokenEnv: string;
  /** --lang; else the config's language, else Finnish. */
  lang: Language | undefined;
}

async function remind(options: RemindOptions, io: CommandIO): Promise<number> {
  const { github, today } = options;
  const result = await lintWholeRepository({ root: io.cwd, reader: registryReader(), today });
  const catalogue = chooseCatalogue(options.cycle, result.files, {
    none: 'there is no readable goal catalogue (goals/<year>.md), so there is no deadline to remind of. Run "agreements lint goals" to see what is wrong.',
    unreadable: (year) => `${cataloguePath(year)} could not be read, so there is no deadline to remind of. Run "agreements lint ${cataloguePath(year)}" to see what is wrong.`,
    // The options were right and the repository is not: --help would not help.
    helpHint: { none: false, unreadable: false },
  }).entry;
  const cycle = catalogue.catalogue.cycle;
  if (updateDeadline(catalogue.catalogue) === undefined) {
    throw new UserError(`${catalogue.path} names no update deadline (its "updateDeadline" is not one of its deadlines), so there is nothing to remind of.`);
  }
  const openIssues = github ? await github.listIssues({ labels: reminderLabels(cycle), state: "open" }) : [];
  const findingRules = new Map<string, Set<string>>();
  for (const finding of result.findings) findingRules.set(finding.file, (findingRules.get(finding.file) ?? new Set()).add(finding.rule));
  // The issue is the repository's text: in the config's language (default Finnish) unless --lang says otherwise.
  const language = options.lang ?? repositoryLanguage(result.config);
  const plan = buildReminderPlan({ cycle, catalogue, today, agreements: result.files, openIssues, findingRules, language });
  if (!github) io.stdout(`GitHub not contacted (no token in ${options.tokenEnv}): the plan assumes no reminder issue is open yet.\n`);
  io.stdout(formatReminderPlan(plan, options.dryRun));
  if (options.dryRun || !github) {
    io.stdout("Dry run: nothing was changed on GitHub.\n");
    return 0;
  }
  await applyReminderPlan(plan, github, (text) => io.stdout(text));
  return 0;
}
