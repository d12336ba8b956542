import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { DEFAULT_PATHS, fileKind } from "../layout/paths.js";
import type { LintConfig, SeveritySetting } from "../reader/config.js";
import type { Reader } from "../reader/reader.js";
import { collectMarkdownFiles } from "./collect.js";
import { checkRepositoryRules, lint, splitRules, type LanguageChoice, type LintInput, type LintResult } from "./engine.js";
import { compareFindings } from "./finding.js";
import type { DataKept } from "../model/summary.js";
import { lintInWorkers, PARALLEL_THRESHOLD } from "./parallel.js";

/** What one lint run of a repository on disk reads, and which of those files it reports on. */
export interface LintScope {
  /** Repository root: every path is relative to it. */
  root: string;
  /** The rules to check with, and the schemas and config read with them (the command passes the registry's). */
  reader: Reader;
  /** Agreements to read: those reported on, plus any other that repository-wide rules must see. */
  agreements: string[];
  /** Every catalogue: each agreement is checked against its year's. */
  catalogues: string[];
  reported: string[];
  today: string;
  severities: Record<string, SeveritySetting>;
  /** Keep the front matter data in the summaries (the report and the submission need it); see DataKept. */
  withData?: DataKept;
  /** Threads; default: 2 on a multi-core machine for PARALLEL_THRESHOLD agreements or more, else 1. */
  jobs?: number;
  /** The language of the findings (see LanguageChoice); default English. */
  languages?: LanguageChoice | undefined;
}

/** The part of lint()'s input that comes from disk: the files' bytes, which to report on, and which paths exist. */
export function readFromDisk(root: string, paths: readonly string[], reported: readonly string[]): Pick<LintInput, "files" | "reportOn" | "pathExists"> {
  const reportedSet = new Set(reported);
  return {
    files: paths.map((path) => ({ path, bytes: readFileSync(join(root, path)) })),
    reportOn: (path) => reportedSet.has(path),
    pathExists: (path) => existsSync(join(root, path)),
  };
}

/**
 * Lints files on disk with all the rules, in this thread or, for a large repository, in worker threads.
 * The commands that lint (lint, report, submit) all come through here.
 */
export async function lintRepository(scope: LintScope): Promise<Omit<LintResult, "parsed">> {
  const jobs = threadCount(scope.jobs, scope.agreements.length, availableParallelism());
  if (jobs <= 1) {
    return lint({
      ...readFromDisk(scope.root, [...scope.catalogues, ...scope.agreements], scope.reported),
      rules: scope.reader.rules,
      validators: scope.reader.validators(),
      today: scope.today,
      severities: scope.severities,
      withData: scope.withData ?? false,
      languages: scope.languages,
    });
  }
  const { reader, ...task } = scope;
  // A worker thread cannot be handed functions: it is told the rule ids and takes those rules from the registry.
  const result = await lintInWorkers({ ...task, ruleIds: [...reader.ruleIds], withData: scope.withData ?? false, jobs });
  // The workers send their shares one after another; put the summaries back in the order one thread reads
  // the files, so that repository-wide rules (which list other files) and reports say the same thing.
  const order = new Map([...scope.catalogues, ...scope.agreements].map((path, index) => [path, index]));
  const files = [...result.files].sort((a, b) => (order.get(a.path) ?? Infinity) - (order.get(b.path) ?? Infinity));
  const reported = new Set(scope.reported);
  const findings = [...result.findings, ...checkRepositoryRules(files, splitRules(reader.rules).repository, scope.severities, (path) => reported.has(path), scope.languages)];
  return { ...result, files, findings: findings.sort(compareFindings) };
}

/**
 * The threads to lint with: as asked (or 2 from PARALLEL_THRESHOLD agreements on), but never more than
 * the cores, nor than one per agreement, so "--jobs 64" on 16 files starts at most 16 (on 16 cores).
 * The answer does not depend on it: every thread compiles the same schema (see worker.ts).
 */
export function threadCount(asked: number | undefined, agreements: number, cores: number): number {
  const wanted = asked ?? (agreements >= PARALLEL_THRESHOLD ? 2 : 1);
  return Math.max(1, Math.min(wanted, cores, agreements));
}

/**
 * Lints everything in the repository (agreements/ and goals/, minus the config's ignore globs), with the
 * config file's severities, and keeps each file's data: what report, submit and release build on.
 */
export async function lintWholeRepository(options: { root: string; reader: Reader; today: string; config?: string | undefined; jobs?: number | undefined; withData?: DataKept }): Promise<Omit<LintResult, "parsed"> & { config: LintConfig }> {
  const { root, reader } = options;
  const config = reader.config(root, options.config);
  const paths = collectMarkdownFiles(root, DEFAULT_PATHS.filter((path) => existsSync(join(root, path))), config.ignore);
  const result = await lintRepository({
    root,
    reader,
    agreements: paths.filter((path) => fileKind(path) === "agreement"),
    catalogues: paths.filter((path) => fileKind(path) === "catalogue"),
    reported: paths,
    today: options.today,
    severities: config.rules,
    withData: options.withData ?? true,
    ...(options.jobs ? { jobs: options.jobs } : {}),
  });
  // The config read once for the whole run: a command that needs it again (the language) takes it from here.
  return { ...result, config };
}
