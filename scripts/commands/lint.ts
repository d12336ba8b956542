import { ruleDescription } from "../messages/rule-descriptions.js";
import { appendFileSync, existsSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { FormatOptions, Formatter } from "../lint/formats/formatter.js";
import { AGREEMENTS_FOLDER, DEFAULT_PATHS, fileKind, GOALS_FOLDER } from "../layout/paths.js";
import { collectMarkdownFiles, toRepositoryPath } from "../lint/collect.js";
import { CONFIG_FILES, repositoryLanguage } from "../reader/config.js";
import { PARALLEL_THRESHOLD } from "../lint/parallel.js";
import { lintRepository } from "../lint/run.js";
import { defaultCacheLocation, type CacheLocation } from "../lint/cache.js";
import { exitCode } from "../lint/exit-code.js";
import { version } from "../version.js";
import { parseChoice, parseCommandArgs, parseCount, parseToday } from "./args.js";
import { LANG_FLAG, parseLang } from "./lang.js";
import { fromCaller, resolveFromCaller } from "./caller-paths.js";
import { UsageError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";
import { registryReader } from "./reader.js";

const FORMATS = ["text", "json", "sarif", "github"] as const;
type Format = (typeof FORMATS)[number];

const help = `Usage: agreements lint [paths...] [options]

Checks agreements (agreements/) and the yearly goal catalogues (goals/) against the common
management goals, deadlines and bonus rules. Prints each finding with file:line:column.

Arguments:
  paths                  Files or folders to check (default: agreements goals)

Options:
  --format <format>      text (default), json, sarif or github (annotations + job summary)
  --lang <fi|sv|en>      The language of the findings and totals (default: each agreement's own
                         language; the totals and other files in the config's language, else Finnish)
  --today <YYYY-MM-DD>   The date deadlines are measured against (default: today)
  --config <file>        Config file (default: agreements.config.json, .yaml or .yml if present)
  --max-warnings <n>     Exit 1 when there are more than n warnings (default: no limit)
  --changed-since <ref>  Report only on files changed since <ref> (a branch, tag or commit), counted
                         from where this branch left it, plus changes not yet committed. Checks that
                         compare files (unique ids) still read every agreement. A changed goals/
                         catalogue or config file means every file is reported on. Needs the history:
                         in GitHub Actions, actions/checkout with fetch-depth: 0
  --jobs <n>             Threads to use, at most one a core and one an agreement (default: 2 on a
                         multi-core machine for ${PARALLEL_THRESHOLD}+ agreements, else 1); the findings are the same
  --cache                Read again only the agreements changed since the last run with --cache; the
                         findings are the same as without it. For your own runs, not for workflows.
                         Kept in node_modules/.cache/agreements/, signed with a key in ~/.cache
  --cache-location <file>
                         Keep that cache in this file instead
  --list-rules           List the rules with their default severity and exit
  -h, --help             Show this help

Exit status: 0 no errors, 1 errors (or too many warnings), 2 bad usage or an internal error.
`;

async function loadFormatter(format: Format): Promise<Formatter> {
  switch (format) {
    case "text":
      return (await import("../lint/formats/text.js")).formatText;
    case "json":
      return (await import("../lint/formats/json.js")).formatJson;
    case "sarif":
      return (await import("../lint/formats/sarif.js")).formatSarif;
    case "github":
      return (await import("../lint/formats/github.js")).formatGithubAnnotations;
  }
}

/** The requested files changed since `ref` (see `changedFilesSince`), as paths relative to the working folder. */
async function changedOnly(io: CommandIO, ref: string, requested: string[], configOption: string | undefined): Promise<string[]> {
  const { openWorkingCopy } = await import("../git/working-copy.js");
  const { changedFilesSince, filesToReport } = await import("../git/changed-files.js");
  const { RepositoryError } = await import("../git/errors.js");
  try {
    const workingCopy = await openWorkingCopy(io.cwd, { env: io.env });
    const changed = await changedFilesSince(workingCopy, ref);
    const folder = realpathSync(io.cwd);
    const here = new Set([...changed.paths].map((path) => toRepositoryPath(folder, join(workingCopy.root, path))));
    return filesToReport(requested, here, configOption === undefined ? CONFIG_FILES : [configOption]);
  } catch (error) {
    // Git names the ref, not the option it came from: the message says which option it was.
    if (error instanceof RepositoryError) throw new RepositoryError(`--changed-since: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Where --cache keeps its file; undefined without --cache, or without a home folder for its key (then the run is simply uncached). */
function cacheLocation(io: CommandIO, cache: boolean, location: string | undefined): CacheLocation | undefined {
  if (location !== undefined && !cache) throw new UsageError("--cache-location works only with --cache.");
  if (!cache) return undefined;
  return defaultCacheLocation(io.cwd, io.env, location === undefined ? undefined : resolveFromCaller(io, location));
}

export const lintCommand: Command = {
  name: "lint",
  help,
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: "string" },
      today: { type: "string" },
      config: { type: "string" },
      "max-warnings": { type: "string" },
      "list-rules": { type: "boolean" },
      cache: { type: "boolean" },
      "cache-location": { type: "string" },
      jobs: { type: "string" },
      "changed-since": { type: "string" },
      ...LANG_FLAG,
    });
    const reader = registryReader();
    if (values["list-rules"]) {
      // In --lang, else the config's language (else Finnish), as the totals are.
      const listLanguage = parseLang(values.lang) ?? repositoryLanguage(reader.config(io.cwd, values.config as string | undefined));
      for (const rule of reader.rules) io.stdout(`${rule.id.padEnd(24)} ${rule.defaultSeverity.padEnd(8)} ${ruleDescription(rule, listLanguage)}\n`);
      return 0;
    }
    const format = parseChoice("--format", values.format as string | undefined, FORMATS, "text");
    const chosen = parseLang(values.lang);
    const today = parseToday(values.today as string | undefined);
    const maxWarnings = parseCount("--max-warnings", values["max-warnings"] as string | undefined);
    const jobs = parseCount("--jobs", values.jobs as string | undefined);
    if (jobs === 0) throw new UsageError("--jobs must be 1 or more.");
    const configOption = values.config === undefined ? undefined : fromCaller(io, values.config as string);
    const config = reader.config(io.cwd, configOption);

    const requested = positionals.map((path) => fromCaller(io, path));
    let reported = collectMarkdownFiles(io.cwd, requested.length > 0 ? requested : DEFAULT_PATHS, config.ignore);
    const catalogues = existsSync(join(io.cwd, GOALS_FOLDER)) ? collectMarkdownFiles(io.cwd, [GOALS_FOLDER], config.ignore) : [];
    let agreements = reported.filter((path) => fileKind(path) === "agreement");
    const changedSince = values["changed-since"] as string | undefined;
    if (changedSince !== undefined) {
      // Every agreement is still read (unique ids are checked across all), only the changed ones reported on.
      const everyAgreement = existsSync(join(io.cwd, AGREEMENTS_FOLDER)) ? collectMarkdownFiles(io.cwd, [AGREEMENTS_FOLDER], config.ignore) : [];
      agreements = [...new Set([...agreements, ...everyAgreement])].sort();
      reported = await changedOnly(io, changedSince, reported, configOption);
    }
    const languages = { chosen, repository: repositoryLanguage(config) };
    const cache = cacheLocation(io, values.cache === true, values["cache-location"] as string | undefined);
    const result = await lintRepository({ root: io.cwd, reader, agreements, catalogues, reported, today, severities: config.rules, languages, cache, ...(jobs ? { jobs } : {}) });

    const options: FormatOptions = {
      filesChecked: result.filesChecked,
      color: format === "text" && io.isTTY && io.env.NO_COLOR === undefined,
      rules: reader.rules,
      toolVersion: version(),
      language: chosen ?? languages.repository,
    };
    if (format === "github" && io.command) {
      // Annotations are real workflow commands: written through the output guard's one door for them.
      const { githubAnnotationLines } = await import("../lint/formats/github.js");
      for (const line of githubAnnotationLines(result.findings, options.filesChecked, options.language)) {
        if (typeof line === "string") io.stdout(`${line}\n`);
        else io.command(line);
      }
    } else {
      io.stdout((await loadFormatter(format))(result.findings, options));
    }
    if (format === "github" && io.env.GITHUB_STEP_SUMMARY) {
      const { formatGithubSummary } = await import("../lint/formats/github.js");
      appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatGithubSummary(result.findings, options));
    }
    return exitCode(result.findings, maxWarnings);
  },
};
