import { isAbsolute, relative } from "node:path";
import { PARALLEL_THRESHOLD } from "../lint/parallel.js";
import { lintWholeRepository } from "../lint/run.js";
import { cataloguePath } from "../layout/paths.js";
import { chooseCatalogue } from "../model/choose-catalogue.js";
import { buildReport } from "../report/build.js";
import type { ReportFile, ReportRenderer } from "../report/renderer.js";
import { parseChoice, parseCommandArgs, parseJobs, parseToday } from "./args.js";
import { callerFolder, fromCaller, resolveFromCaller } from "./caller-paths.js";
import { UsageError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";
import { registryReader } from "./reader.js";
import { parseLang } from "./lang.js";
import { repositoryLanguage } from "../reader/config.js";

const FORMATS = ["markdown", "html", "csv", "json"] as const;
type Format = (typeof FORMATS)[number];
const DELIMITERS = { comma: ",", semicolon: ";" } as const;

const help = `Usage: agreements report [options]

Summaries per administrative sector for the Ministry of Finance: agreements by model and kind of
official, updated for the cycle, evaluations, deadline status, the common goals each sector uses
(a goal x sector matrix), readiness for the result bonus, and the lint findings per sector and rule.
Reads every agreement under agreements/ and every catalogue under goals/. A report is made even
when there are lint findings.

Options:
  --cycle <year>          The cycle to report on, goals/<year>.md (default: the newest catalogue)
  --at <ref>              Report on the repository as it was at a tag, branch or commit (for
                          example submission-2020) instead of the working folder; dated by
                          that tag (or commit) unless --today is given
  --format <format>       markdown (default), html (one self-contained page with charts), csv (one
                          file per table; needs --out) or json (the report model)
  --out <folder>          Write the report into this folder (created if missing) instead of printing
                          it. Report files of the same name in it are replaced: report.md,
                          report.html, report.json or <table>.csv
  --lang <fi|sv|en>       Language of headings and labels (default: the config's language, else Finnish)
  --today <YYYY-MM-DD>    The date deadlines are measured against (default: today)
  --restricted            Also list ratings and bonus proposals per person. This is personal data:
                          the files are named restricted-*, and must not be published
  --csv-delimiter <d>     comma (default) or semicolon (what Excel set to Finnish or Swedish opens
                          with a double click)
  --config <file>         Config file for the lint findings (default: agreements.config.json, .yaml
                          or .yml if present)
  --jobs <n>              Threads to lint with (default: 2 on a multi-core machine for ${PARALLEL_THRESHOLD}+
                          agreements, else 1)
  -h, --help              Show this help

Exit status: 0 the report was made (even with lint findings), 2 bad usage or an internal error.
`;

async function loadRenderer(format: Format): Promise<ReportRenderer> {
  switch (format) {
    case "markdown":
      return (await import("../report/markdown.js")).renderMarkdown;
    case "html":
      return (await import("../report/html/page.js")).renderHtml;
    case "csv":
      return (await import("../report/csv.js")).renderCsv;
    case "json":
      return (await import("../report/json.js")).renderJson;
  }
}

function parseCycle(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--cycle must be a year such as 2020 (got "${value}").`);
  return Number(value);
}

/** Restricted reports carry personal data: their own names keep them from being mistaken for, or mixed into, a public one. */
function outputName(file: ReportFile, restricted: boolean): ReportFile {
  return restricted ? { ...file, name: `restricted-${file.name}` } : file;
}

/**
 * Lints the files of a past version (`--at`), read from Git into a temporary folder. Without `--today` the
 * report is dated as that version was: by the tag's date for an annotated tag (as `release` dates a
 * submission), else by the commit's date; so the same --at always gives the same report.
 */
async function atRef<T>(io: CommandIO, ref: string, today: string | undefined, use: (root: string, today: string) => Promise<T>): Promise<T> {
  const { openWorkingCopy } = await import("../git/working-copy.js");
  const { withCommitFiles } = await import("../git/commit-files.js");
  const { RepositoryError } = await import("../git/errors.js");
  const { readTagInfo } = await import("../git/tags.js");
  const { commitDate } = await import("../git/commits.js");
  try {
    const workingCopy = await openWorkingCopy(io.cwd, { env: io.env });
    const commit = await workingCopy.repository.resolveCommit(ref);
    if (commit === undefined) {
      const { closestMatch } = await import("../model/suggest.js");
      const suggestion = closestMatch(ref, await workingCopy.repository.refNames());
      throw new UsageError(`--at: "${ref}" names no tag, branch or commit in this repository.${suggestion === undefined ? "" : ` Did you mean "${suggestion}"?`}`);
    }
    const tagDate = (await readTagInfo(workingCopy, ref))?.taggerDate ?? "";
    const date = today ?? (tagDate !== "" ? tagDate : await commitDate(workingCopy, commit));
    return await withCommitFiles(workingCopy, commit, (root) => use(root, date));
  } catch (error) {
    // Git names the ref, not the option it came from: the message says which option it was.
    if (error instanceof RepositoryError) throw new RepositoryError(`--at: ${error.message}`, { cause: error });
    throw error;
  }
}

export const reportCommand: Command = {
  name: "report",
  help,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      {
        cycle: { type: "string" },
        at: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        today: { type: "string" },
        restricted: { type: "boolean" },
        "csv-delimiter": { type: "string" },
        config: { type: "string" },
        jobs: { type: "string" },
      },
      false,
    );
    const format = parseChoice("--format", values.format as string | undefined, FORMATS, "markdown");
    const lang = parseLang(values.lang as string | undefined);
    const at = values.at as string | undefined;
    // With --at and no --today, the date is that of the version (see atRef), not the clock's.
    const givenToday = values.today === undefined && at !== undefined ? undefined : parseToday(values.today as string | undefined);
    const requestedCycle = parseCycle(values.cycle as string | undefined);
    const delimiter = DELIMITERS[parseChoice("--csv-delimiter", values["csv-delimiter"] as string | undefined, ["comma", "semicolon"] as const, "comma")];
    const restricted = values.restricted === true;
    const out = values.out as string | undefined;
    const jobs = parseJobs(values.jobs as string | undefined);
    if (format === "csv" && out === undefined) {
      throw new UsageError('--format csv writes one file per table: give a folder for them with --out, for example --out report.');
    }

    const config = values.config === undefined ? undefined : fromCaller(io, values.config as string);
    const reader = registryReader();
    const lintAt = async (root: string, today: string) => ({ today, result: await lintWholeRepository({ root, reader, today, config, jobs, withData: "digest" }) });
    const { today, result } = at === undefined ? await lintAt(io.cwd, givenToday!) : await atRef(io, at, givenToday, lintAt);

    const { catalogues, cycle } = chooseCatalogue(requestedCycle, result.files, {
      none: 'there is no readable goal catalogue (goals/<year>.md), so there is nothing to report against. Run "agreements lint goals" to see what is wrong.',
      unreadable: (year) => `${cataloguePath(year)} could not be read, so there is no report for ${year}. Run "agreements lint ${cataloguePath(year)}" to see what is wrong.`,
    });
    // The report is the repository's text: in its config's language (default Finnish) unless --lang says otherwise.
    const language = lang ?? repositoryLanguage(result.config);
    const model = buildReport({ files: result.files, findings: result.findings, catalogues, cycle, today, restricted });
    const files = (await loadRenderer(format))(model, { language, csvDelimiter: delimiter }).map((file) => outputName(file, restricted));
    if (out === undefined) {
      for (const file of files) io.stdout(file.content);
      return 0;
    }
    const { writeReportFiles } = await import("../report/write-files.js");
    const directory = resolveFromCaller(io, out);
    const written = writeReportFiles(directory, files);
    const inside = relative(callerFolder(io), directory);
    const shown = inside === "" ? "." : inside.startsWith("..") || isAbsolute(inside) ? directory : inside;
    io.stdout(`Wrote ${written.length === 1 ? "1 file" : `${written.length} files`} to ${shown}: ${files.map((file) => file.name).join(", ")}\n`);
    return 0;
  },
};
