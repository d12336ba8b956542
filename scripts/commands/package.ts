import { basename, dirname, resolve } from "node:path";
import { findBrowser, launchBrowser } from "../document/browser.js";
import { checkOutputFiles, writeOutputFiles } from "../document/write-outputs.js";
import { submissionTag } from "../submission/plan.js";
import { parseCommandArgs, parseToday } from "./args.js";
import { UsageError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";
import { shownPath } from "./render.js";
import { registryReader } from "./reader.js";
import { parseLang } from "./lang.js";

const help = `Usage: agreements package <year> [options]

The submission to the Ministry of Finance as files, in a folder (and, with --zip, one zip file):
each agreement of the cycle as a PDF and an HTML page, the sector report (report.html and one CSV
per table), and manifest.json, which lists every file with its SHA-256 hash and size, the commit
and tag it was built from, and the report's figures. "agreements release" attaches these same files.

When the tag submission-<year> exists (made by "agreements submit"), everything is built from the
files as they were tagged and dated by the tag, whatever is checked out: running it again gives
exactly the same bytes. Without the tag, it is built from the working folder, dated --today.

Files are never replaced: a file of the same name with other contents stops the command before
anything is written (the same file again is fine, so it can be re-run).

Options:
  --out <folder>         Where to write the files (default: submission-<year>)
  --zip <file>           Also write the same files as one zip file
  --restricted           Also the files named restricted-*: the report with ratings and bonus
                         proposals per person, and each agreement with its evaluations' summaries,
                         ratings and bonus proposals. Personal data: never publish them ("agreements
                         release" never attaches them)
  --lang <fi|sv|en>      Language of the report's headings (default: the config's language, else
                         Finnish); the agreements are in their own
  --today <YYYY-MM-DD>   Without the tag: the date of the package (default: today)
  --browser <path>       Chromium or Google Chrome to print PDFs with (default: AGREEMENTS_BROWSER,
                         then /usr/bin/chromium and other usual places)
  --config <file>        Config file for the lint findings in the report
  -h, --help             Show this help

Exit status: 0 the package was written, 2 bad usage, no browser, or an internal error.
`;


/** Where the package is built from: the tagged tree when the tag exists, else the working folder. */
interface Source {
  tag: string | null;
  commit: string | null;
  date: string;
  /** Runs the build on a folder holding those files. */
  within<T>(use: (root: string) => Promise<T>): Promise<T>;
}

async function findSource(io: CommandIO, year: number, today: string | undefined): Promise<Source> {
  const { openWorkingCopy } = await import("../git/working-copy.js");
  const { RepositoryError } = await import("../git/errors.js");
  let workingCopy;
  try {
    workingCopy = await openWorkingCopy(io.cwd, { env: io.env });
  } catch (error) {
    if (!(error instanceof RepositoryError)) throw error;
  }
  const working = (commit: string | null): Source => ({ tag: null, commit, date: parseToday(today), within: (use) => use(io.cwd) });
  if (!workingCopy) return working(null);
  const { readTag } = await import("../package/tag.js");
  const tag = submissionTag(year);
  const tagged = await readTag(workingCopy, tag);
  if (!tagged) return working((await workingCopy.repository.resolveCommit("HEAD")) ?? null);
  if (today !== undefined) throw new UsageError(`--today is for a package built without a tag: ${tag} exists, and the package is dated by it (${tagged.date}).`);
  const { withCommitFiles } = await import("../git/commit-files.js");
  const copy = workingCopy;
  return { tag, commit: tagged.commit, date: tagged.date, within: (use) => withCommitFiles(copy, tagged.commit, use) };
}

export const packageCommand: Command = {
  name: "package",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: "string" },
      zip: { type: "string" },
      restricted: { type: "boolean" },
      lang: { type: "string" },
      today: { type: "string" },
      browser: { type: "string" },
      config: { type: "string" },
    });
    const [yearText, ...extra] = positionals;
    if (yearText === undefined || !/^\d{4}$/.test(yearText) || extra.length > 0) {
      throw new UsageError(`give the year of the submission to package, for example: agreements package 2020${yearText === undefined ? "" : ` (got "${positionals.join(" ")}")`}.`);
    }
    const year = Number(yearText);
    const language = parseLang(values.lang as string | undefined);
    const restricted = values.restricted === true;
    if (values.today !== undefined) parseToday(values.today as string);
    const browserPath = findBrowser({ browser: values.browser as string | undefined, env: io.env, cwd: io.cwd });
    const out = resolve(io.cwd, (values.out as string | undefined) ?? `submission-${year}`);
    const zip = values.zip === undefined ? undefined : resolve(io.cwd, values.zip as string);

    const source = await findSource(io, year, values.today as string | undefined);
    io.stdout(
      source.tag
        ? `Building the package from the tag ${source.tag} (commit ${source.commit!.slice(0, 12)}, ${source.date}).\n`
        : `There is no tag ${submissionTag(year)}: building the package from the working folder, dated ${source.date}.\n`,
    );
    const { buildPackage } = await import("../package/build.js");
    const browser = await launchBrowser(browserPath);
    let built;
    try {
      built = await source.within((root) =>
        buildPackage({ root, reader: registryReader(), year, date: source.date, tag: source.tag, commit: source.commit, language, restricted, browser, ...(values.config ? { config: values.config as string } : {}) }),
      );
    } finally {
      await browser.close();
    }
    const zipFile = zip === undefined ? undefined : { name: basename(zip), bytes: (await import("../package/zip.js")).zipFiles(built.files, source.date, `submission-${year}`) };
    // Both places checked before either is written: a refused zip leaves no half-written package behind.
    checkOutputFiles(out, built.files);
    if (zip !== undefined && zipFile) checkOutputFiles(dirname(zip), [zipFile], "--zip");
    const result = writeOutputFiles(out, built.files);
    const unchanged = result.unchanged.length > 0 ? ` (${result.unchanged.length} already there, unchanged)` : "";
    io.stdout(`Wrote ${result.written.length === 1 ? "1 file" : `${result.written.length} files`} to ${shownPath(io.cwd, out)}${unchanged}.\n`);
    if (zip !== undefined && zipFile) {
      const zipped = writeOutputFiles(dirname(zip), [zipFile], "--zip");
      io.stdout(zipped.written.length > 0 ? `Wrote ${shownPath(io.cwd, zip)}.\n` : `${shownPath(io.cwd, zip)} is already there, unchanged.\n`);
    }
    return 0;
  },
};
