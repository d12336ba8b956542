import { localTagCommit } from "../git/tags.js";
import { withCommitFiles } from "../git/commit-files.js";
import { openWorkingCopy, type WorkingCopy } from "../git/working-copy.js";
import type { GitHub } from "../github/client.js";
import { GitHubError } from "../github/errors.js";
import type { Release } from "../github/types.js";
import type { Language } from "../model/types.js";
import { findBrowser, launchBrowser } from "../document/browser.js";
import { sha256 } from "../package/manifest.js";
import { collectReleaseFiles } from "../release/collect.js";
import { formatReleasePlan, restrictedAttachedSentence } from "../release/format-plan.js";
import { buildReleasePlan, type ReleasePlan } from "../release/plan.js";
import { submissionTag } from "../submission/plan.js";
import { parseChoice, parseCommandArgs } from "./args.js";
import { resolveFromCaller } from "./caller-paths.js";
import { UsageError, UserError } from "../errors.js";
import { connectUnlessPreview } from "./github-connection.js";
import type { Command, CommandIO } from "./io.js";

const LANGUAGES = ["en", "sv", "fi"] as const;

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
  --lang <sv|fi|en>      Language of the report's headings and labels (default: en, as for package)
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
    const language: Language = parseChoice("--lang", values.lang as string | undefined, LANGUAGES, "en");
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
  language: Language;
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
      collectReleaseFiles({ root, year, tag, commit: tagged.commit, date: tagged.date, browser, language: options.language }),
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
  await applyReleasePlan(plan, { github, existing, commit: tagged.commit, io });
  // Fail closed: the run made its files right, but a release showing personal data is not a finished one.
  if (plan.restricted.length > 0) throw new UserError(restrictedAttachedSentence(plan));
  io.stdout(`The release for ${tag} is complete.\n`);
  return 0;
}

/** The commit the submission tag points at and the tag's date, the "today" of the submission. */
async function readSubmissionTag(workingCopy: WorkingCopy, tag: string, year: number): Promise<{ commit: string; date: string }> {
  const ref = `refs/tags/${tag}`;
  // for-each-ref matches by prefix too (refs/tags/submission-2020/x), hence the exact refname check.
  const output = await workingCopy.git(["for-each-ref", "--format=%(refname)%00%(objecttype)%00%(taggerdate:short)", ref]);
  const line = output.split("\n").find((candidate) => candidate.startsWith(`${ref}\0`));
  const commit = line === undefined ? undefined : await localTagCommit(workingCopy, tag);
  if (line === undefined || commit === undefined) {
    throw new UserError(
      `there is no tag ${tag} in this copy of the repository, so there is no submission of ${year} to publish. ` +
        `Record the submission with "agreements submit ${year}" first, or, if it was made elsewhere, fetch the tag with "git fetch origin tag ${tag}".`,
    );
  }
  const [, objectType, date] = line.split("\0");
  // A lightweight tag records no date and no one who made it, and "agreements submit" never makes one:
  // its date would have to come from elsewhere, and the submission's checks may never have run.
  if (objectType !== "tag" || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new UserError(
      `the tag ${tag} is a plain (lightweight) tag, not one made by "agreements submit ${year}": it records neither when nor by whom the submission was made, ` +
        "which the release is dated by. Ask whoever made it; a submission tag is made with \"agreements submit\".",
    );
  }
  return { commit, date };
}


/**
 * The release with the SHA-256 of every attached file this run also makes: GitHub's digest where it gives
 * one, else the file downloaded and hashed. Files attached by hand are not downloaded.
 */
async function withAssetHashes(release: Release, names: ReadonlySet<string>, github: GitHub): Promise<Release> {
  const assets = [];
  for (const asset of release.assets) {
    if (asset.sha256 !== undefined || !names.has(asset.name)) assets.push(asset);
    else assets.push({ ...asset, sha256: sha256(await github.downloadReleaseAsset(asset)) });
  }
  return { ...release, assets };
}

/** What the release run has done on GitHub so far: what a failure's message must report. */
interface ReleaseProgress {
  release: "absent" | "not-updated" | "ready";
  uploaded: number;
  toUpload: number;
  /** Files attached by an earlier run. */
  attachedBefore: number;
}

/** One sentence saying what was already done when a GitHub call failed, and how to finish. */
function describeReleaseProgress(progress: ReleaseProgress): string {
  if (progress.release === "absent") return "Nothing was changed on GitHub; run the command again once this is fixed.";
  const release = progress.release === "ready" ? "The release exists" : "The release exists, but its title and notes were not updated";
  const before = progress.attachedBefore === 0 ? "" : ` (besides the ${progress.attachedBefore} attached before)`;
  const files = progress.toUpload === 0 ? "" : `; ${progress.uploaded} of ${progress.toUpload} files were uploaded${before}`;
  return `${release}${files}; run the command again to finish (what is already there is not sent again).`;
}

/**
 * Creates or updates the release, then uploads each missing file to the release's own upload URL, in
 * the plan's order. A GitHub failure stops the run with its message and what was already done.
 */
async function applyReleasePlan(plan: ReleasePlan, context: { github: GitHub; existing: Release | undefined; commit: string; io: CommandIO }): Promise<void> {
  const { github, io } = context;
  const progress: ReleaseProgress = {
    release: context.existing ? (plan.release.kind === "update" ? "not-updated" : "ready") : "absent",
    uploaded: 0,
    toUpload: plan.uploads.length + plan.replacements.length,
    attachedBefore: plan.present.length,
  };
  try {
    let target = context.existing;
    const action = plan.release;
    if (action.kind === "create") {
      // The tag's commit, not the default branch: should the tag be missing on GitHub, the release must still mark the submitted commit.
      target = await github.createRelease({ tag: plan.tag, name: plan.name, body: plan.body, target: context.commit });
      progress.release = "ready";
      io.stdout(`Created the release "${plan.name}".\n`);
    } else if (action.kind === "update") {
      target = await github.updateRelease(action.releaseId, {
        ...(action.changes.includes("name") ? { name: plan.name } : {}),
        ...(action.changes.includes("body") ? { body: plan.body } : {}),
        ...(action.changes.includes("draft") ? { draft: false } : {}),
      });
      progress.release = "ready";
      io.stdout(`Updated the release for ${plan.tag}.\n`);
    }
    for (const file of plan.uploads) {
      await github.uploadReleaseAsset(target!, { name: file.name, contentType: file.contentType, data: file.bytes });
      progress.uploaded++;
      io.stdout(`Uploaded ${file.name} (${progress.uploaded} of ${progress.toUpload}).\n`);
    }
    // Deleted first, as GitHub allows one file per name; a failure between the two leaves the file missing, which a re-run uploads.
    for (const replacement of plan.replacements) {
      await github.deleteReleaseAsset(replacement.asset);
      await github.uploadReleaseAsset(target!, { name: replacement.file.name, contentType: replacement.file.contentType, data: replacement.file.bytes });
      progress.uploaded++;
      io.stdout(`Replaced ${replacement.file.name} (it differed from the file made from the tag).\n`);
    }
  } catch (error) {
    if (error instanceof GitHubError) throw new UserError(`${error.message} ${describeReleaseProgress(progress)}`);
    throw error;
  }
}
