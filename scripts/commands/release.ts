import { withCommitFiles } from "../git/commit-files.js";
import { openWorkingCopy } from "../git/working-copy.js";
import type { GitHub } from "../github/client.js";
import type { Language } from "../model/types.js";
import { findBrowser, launchBrowser } from "../document/browser.js";
import { collectReleaseFiles } from "../release/collect.js";
import { readSubmissionTag, withAssetHashes } from "../release/facts.js";
import { formatReleasePlan, restrictedAttachedSentence } from "../release/format-plan.js";
import { applyReleasePlan } from "../release/apply.js";
import { buildReleasePlan } from "../release/plan.js";
import { submissionTag } from "../submission/plan.js";
import { parseCommandArgs } from "./args.js";
import { resolveFromCaller } from "./caller-paths.js";
import { UsageError, UserError } from "../errors.js";
import { connectUnlessPreview } from "./github-connection.js";
import type { Command, CommandIO } from "./io.js";
import { registryReader } from "./reader.js";
import { parseLang } from "./lang.js";


const help = `Usage: agreements release <year> [options]

Publishes the yearly submission recorded by the tag submission-<year> (made by "agreements submit")
as a GitHub release: the submission's report as the release notes, and attached to it the submission
package, exactly the files "agreements package <year>" makes: each agreement of the cycle as a PDF
and an HTML page, the report (report.html and its tables as CSV) and manifest.json, which lists every
file with its SHA-256 hash and every submitted agreement with the hash of its Markdown file.

A release is public: it never carries the restricted-* files (ratings, evaluation summaries, bonus
proposals). Make those with "agreements package <year> --restricted" and send them by a channel fit
for personal data.

Everything is made from the files as they were tagged, not from the working folder, and dated by
the tag, so running it again gives exactly the same files. An existing release is updated, never
replaced: a file already attached is kept when its SHA-256 (GitHub's digest, or the file downloaded
and hashed) is that of the file made from the tag, only missing ones are uploaded, so running it
again after an interruption finishes the job. A file attached under the same name but with other
contents (a forged manifest.json, a broken upload) does not stay: the command says so, deletes it
and uploads the right one.

The PDFs are printed by Chromium or Google Chrome: without one, the command stops before it asks
GitHub anything.

Needs a token with "contents: write" in GITHUB_TOKEN (GitHub Actions provides one); GitHub Enterprise
Server is reached through GITHUB_API_URL. With --dry-run and no token, GitHub is not contacted at all:
the plan assumes no release exists yet, and --out shows the files that would be attached.

Options:
  --dry-run              Show what would be done; change nothing on GitHub
  --out <dir>            Also write the release's files (the package) into this folder
  --repo <owner/name>    The GitHub repository (default: GITHUB_REPOSITORY)
  --token-env <NAME>     Read the token from this environment variable instead of GITHUB_TOKEN
  --lang <fi|sv|en>      Language of the report's headings and labels and of the release notes (default:
                         the config's language, else Finnish, as for package)
  --browser <path>       Chromium or Google Chrome to print PDFs with (default: AGREEMENTS_BROWSER,
                         then /usr/bin/chromium and other usual places)
  -h, --help             Show this help

Exit status: 0 the release is complete, 2 bad usage, a missing tag, no browser, a GitHub error, or a
restricted-* file someone attached to the release (see the message for what was done and what to do).
`;

export const releaseCommand: Command = {
  name: "release",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      "dry-run": { type: "boolean" },
      repo: { type: "string" },
      "token-env": { type: "string" },
      lang: { type: "string" },
      out: { type: "string" },
      browser: { type: "string" },
    });
    const [yearText, ...extra] = positionals;
    if (yearText === undefined || !/^\d{4}$/.test(yearText) || extra.length > 0) {
      throw new UsageError(`give the year of the submission to publish, for example: agreements release 2020${yearText === undefined ? "" : ` (got "${positionals.join(" ")}")`}.`);
    }
    const language = parseLang(values.lang as string | undefined);
    const dryRun = values["dry-run"] === true;
    const tokenEnv = (values["token-env"] as string | undefined) ?? "GITHUB_TOKEN";
    const out = values.out === undefined ? undefined : resolveFromCaller(io, values.out as string);
    // Before anything else: without a browser there are no PDFs, so no package to publish.
    const browserPath = findBrowser({ browser: values.browser as string | undefined, env: io.env, cwd: io.cwd });
    const github = connectUnlessPreview({ dryRun, tokenEnv: values["token-env"] as string | undefined, repo: values.repo as string | undefined }, io);
    return await release({ year: Number(yearText), dryRun, language, github, tokenEnv, browserPath, ...(out ? { out } : {}) }, io);
  },
};

interface ReleaseOptions {
  year: number;
  dryRun: boolean;
  /** Absent: the config's language (default Finnish). */
  language: Language | undefined;
  /** Absent for a dry run without a token: GitHub is not contacted. */
  github: GitHub | undefined;
  tokenEnv: string;
  browserPath: string;
  /** A folder to write the release's files into. */
  out?: string;
}

async function release(options: ReleaseOptions, io: CommandIO): Promise<number> {
  const { year, github } = options;
  const tag = submissionTag(year);
  const workingCopy = await openWorkingCopy(io.cwd, { env: io.env });
  const tagged = await readSubmissionTag(workingCopy, tag, year);

  const browser = await launchBrowser(options.browserPath);
  let collected;
  try {
    collected = await withCommitFiles(workingCopy, tagged.commit, (root) =>
      collectReleaseFiles({ root, reader: registryReader(), year, tag, commit: tagged.commit, date: tagged.date, browser, ...(options.language ? { language: options.language } : {}) }),
    );
  } finally {
    await browser.close();
  }

  if (options.out) {
    const { writeReportFiles } = await import("../report/write-files.js");
    writeReportFiles(options.out, collected.files.map((file) => ({ name: file.name, content: file.bytes })));
    io.stdout(`Wrote the release's ${collected.files.length} files to ${options.out}: ${collected.files.map((file) => file.name).join(", ")}\n`);
  }
  const found = github ? await github.getReleaseByTag(tag) : undefined;
  const existing = found && github ? await withAssetHashes(found, new Set(collected.files.map((file) => file.name)), github) : undefined;
  const plan = buildReleasePlan({ tag, year, notes: collected.notes, files: collected.files, ...(existing ? { existing } : {}) });
  const where = github ? github.repositoryName : `GitHub not contacted (no token in ${options.tokenEnv}): the plan assumes no release exists yet`;
  io.stdout(`The submission ${tag}: commit ${tagged.commit.slice(0, 12)}, tagged on ${tagged.date}; ${where}.\n`);
  io.stdout(formatReleasePlan(plan, options.dryRun));
  if (options.dryRun || !github) {
    io.stdout("Dry run: nothing was changed on GitHub.\n");
    return 0;
  }
  await applyReleasePlan(plan, { github, existing, commit: tagged.commit, print: (text) => io.stdout(text) });
  // Fail closed: the run made its files right, but a release showing personal data is not a finished one.
  if (plan.restricted.length > 0) throw new UserError(restrictedAttachedSentence(plan));
  io.stdout(`The release for ${tag} is complete.\n`);
  return 0;
}
