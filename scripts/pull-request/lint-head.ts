import { repositoryLanguage } from "../reader/config.js";
import type { Language } from "../model/types.js";
import type { Finding } from "../lint/finding.js";
import type { GitHub } from "../github/client.js";
import { GitHubError } from "../github/errors.js";
import { cataloguePath } from "../layout/paths.js";
import { lint } from "../lint/engine.js";
import { mapInBatches, PARALLEL_READS, type PullRequestSnapshot } from "./load.js";
import type { Reader } from "../reader/reader.js";

export interface HeadLintOptions {
  /** The rules to check with, and the schemas read with them. */
  reader: Reader;
  /** The date deadlines are measured against. */
  today: string;
  /** The findings' language: --lang, else each agreement's own, else the base config's (default Finnish). */
  lang?: Language | undefined;
}

/** How many years of catalogues before today's are read besides the changed agreements' own cycles. */
const YEARS_BACK = 10;
/** Link targets looked up on GitHub per run at most; any beyond are taken to exist (the check workflow sees them all). */
const LINK_LOOKUPS = 50;

/** What the summary comment's lint section shows: the findings at the head, and which files the pull request changes. */
export interface LintSummaryInput {
  /** Findings of the lint run; those outside `changedFiles` are only counted. */
  findings: readonly Finding[];
  filesChecked: number;
  /** The files the pull request changes: their findings are listed. */
  changedFiles: readonly string[];
}

/**
 * Lints the pull request's changed agreements as they are on its head, in memory, as `agreements lint`
 * would: with the config (the snapshot's, read on the base branch) and the goal catalogues read from the
 * base branch's commit (each agreement's own cycle, and the years up to next year, which `not-updated`
 * compares against), never from the pull request, which could otherwise switch rules off or rewrite the
 * goals it is checked against. A changed catalogue is therefore not linted here: a maintainer approves it
 * (README, "Maintainers"), and the check of the push that merges it lints it. Relative links are looked
 * up on the head.
 * Only the changed files are reported on; checks across all agreements (unique ids) see only those, so
 * the check workflow's full lint stays the authority for them.
 */
export async function lintPullRequestHead(github: GitHub, snapshot: PullRequestSnapshot, options: HeadLintOptions): Promise<LintSummaryInput> {
  const head = snapshot.pullRequest.headSha;
  const base = snapshot.base.sha;
  const config = snapshot.baseConfig;
  const isIgnored = await ignoreMatcher(config.ignore);

  const texts = new Map<string, string>();
  for (const agreement of snapshot.agreements) {
    if (agreement.headPath !== undefined && agreement.headText !== undefined) texts.set(agreement.headPath, agreement.headText);
  }
  const changedFiles = [...texts.keys()].filter((path) => !isIgnored(path)).sort();

  const catalogues = cataloguePaths([...texts.values()], options.today);
  const read = await mapInBatches(catalogues, PARALLEL_READS, async (path) => [path, await github.getFileText(path, base)] as const);
  for (const [path, text] of read) if (text !== undefined) texts.set(path, text);

  const files = [...texts].filter(([path]) => !isIgnored(path)).map(([path, text]) => ({ path, bytes: Buffer.from(text, "utf8") }));
  const reported = new Set(changedFiles);
  const run = (pathExists: (path: string) => boolean) =>
    lint({
      files,
      rules: options.reader.rules,
      validators: options.reader.validators(),
      today: options.today,
      severities: config.rules,
      reportOn: (path) => reported.has(path),
      pathExists,
      languages: { chosen: options.lang, repository: repositoryLanguage(config) },
    });

  // Rules ask whether a path exists synchronously; a first run collects the questions, GitHub answers
  // them, and a second run gives the findings. Without links, the first run is the answer.
  const asked = new Set<string>();
  const first = run((path) => {
    if (!texts.has(path)) asked.add(path);
    return true;
  });
  if (asked.size === 0) return { findings: first.findings, filesChecked: first.filesChecked, changedFiles };
  const lookups = [...asked].slice(0, LINK_LOOKUPS);
  const answers = new Map(await mapInBatches(lookups, PARALLEL_READS, async (path) => [path, await existsAt(github, path, head)] as const));
  const second = run((path) => texts.has(path) || (answers.get(path) ?? true));
  return { findings: second.findings, filesChecked: second.filesChecked, changedFiles };
}

/** goals/<year>.md for each cycle the agreements name, and for the years from ten before today's to next year. */
export function cataloguePaths(agreementTexts: readonly string[], today: string): string[] {
  const thisYear = Number(today.slice(0, 4));
  const years = new Set<number>();
  for (const text of agreementTexts) {
    // Read from the text itself, so a file that fails the schema is still checked against its year.
    const cycle = /^cycle:[ \t]*["']?(\d{4})\b/m.exec(text)?.[1];
    if (cycle !== undefined) years.add(Number(cycle));
  }
  const earliest = Math.max(Math.min(thisYear, ...years), thisYear - YEARS_BACK);
  for (let year = earliest; year <= thisYear + 1; year++) years.add(year);
  return [...years].sort((a, b) => a - b).map((year) => cataloguePath(year));
}

async function ignoreMatcher(globs: readonly string[]): Promise<(path: string) => boolean> {
  if (globs.length === 0) return () => false;
  const { default: picomatch } = await import("picomatch");
  return picomatch([...globs], { dot: true });
}

/**
 * Whether a link target exists at `ref`. The contents API answers 404 for nothing there; a folder, or a
 * file too large for it, is refused with a GitHubError without a status: it is there all the same.
 */
async function existsAt(github: GitHub, path: string, ref: string): Promise<boolean> {
  if (path === ".") return true; // the repository itself
  try {
    return (await github.getFileText(path, ref)) !== undefined;
  } catch (error) {
    if (error instanceof GitHubError && error.status === undefined) return true;
    throw error;
  }
}
