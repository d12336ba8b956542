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
import { cacheKey, contentHashes, hashBytes, readCache, writeCache, type CachedFile, type CacheLocation } from "./cache.js";
import type { Finding } from "./finding.js";
import type { FileSummary } from "../model/summary.js";

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
  /** `lint --cache`: reuse and keep what the file rules found in unchanged agreements (see cache.ts); not with `withData`. */
  cache?: CacheLocation | undefined;
  /**
   * Reads a file by its path in the repository; default: from disk under `root`. Worker threads read their
   * agreements from disk themselves; the catalogues they check against are always read here.
   */
  readFile?: ((path: string) => Uint8Array) | undefined;
}

/** A file as read, by its path in the repository. */
type FileBytes = LintInput["files"][number];

/** The part of lint()'s input that comes from disk: the files' bytes, which to report on, and which paths exist. */
export function readFromDisk(root: string, paths: readonly string[], reported: readonly string[], readFile = diskReader(root)): Pick<LintInput, "files" | "reportOn" | "pathExists"> {
  const reportedSet = new Set(reported);
  return {
    files: paths.map((path) => ({ path, bytes: readFile(path) })),
    reportOn: (path) => reportedSet.has(path),
    pathExists: (path) => existsSync(join(root, path)),
  };
}

function diskReader(root: string): (path: string) => Uint8Array {
  return (path) => readFileSync(join(root, path));
}

/**
 * Lints files on disk with all the rules, in this thread or, for a large repository, in worker threads.
 * The commands that lint (lint, report, submit) all come through here.
 */
export async function lintRepository(scope: LintScope): Promise<Omit<LintResult, "parsed">> {
  // The cache keeps summaries without data: a command that needs the data (report, submit) lints afresh.
  if (scope.cache && !scope.withData) return lintWithCache(scope, scope.cache);
  const checked = await checkFiles(scope, readCatalogues(scope), scope.agreements, false);
  const reported = new Set(scope.reported);
  const findings = [...checked.findings, ...checkRepositoryRules(checked.files, splitRules(scope.reader.rules).repository, scope.severities, (path) => reported.has(path), scope.languages)];
  return { findings: findings.sort(compareFindings), filesChecked: checked.filesChecked, files: checked.files };
}

function readCatalogues(scope: LintScope): FileBytes[] {
  const readFile = scope.readFile ?? diskReader(scope.root);
  return scope.catalogues.map((path) => ({ path, bytes: readFile(path) }));
}

/** What the file rules found, and every file's summary in the order one thread reads the files. */
interface FilesChecked extends Omit<LintResult, "parsed"> {
  /** Only `forCache`: the SHA-256 of each agreement's bytes as they were checked. */
  hashes?: Record<string, string>;
}

/**
 * Checks the catalogues and these agreements with the file rules, in this thread or, for many agreements, on
 * worker threads: the one place that chooses (lintRepository and lint --cache both come here). The caller
 * runs the repository-wide rules over the summaries. The catalogues come as bytes already read, and every
 * thread checks against those very bytes: `lint --cache` keys its results on them, so a catalogue saved
 * meanwhile cannot put findings of its new text under the key of its old one.
 */
async function checkFiles(scope: LintScope, catalogues: readonly FileBytes[], agreements: readonly string[], forCache: boolean): Promise<FilesChecked> {
  const { reader } = scope;
  const withData = scope.withData ?? false;
  const jobs = threadCount(scope.jobs, agreements.length, availableParallelism());
  if (jobs <= 1) {
    const disk = readFromDisk(scope.root, agreements, scope.reported, scope.readFile);
    const result = lint({
      ...disk,
      files: [...catalogues, ...disk.files],
      rules: splitRules(reader.rules).files,
      validators: reader.validators(),
      today: scope.today,
      severities: scope.severities,
      withData,
      languages: scope.languages,
      recordProbes: forCache,
    });
    // Each result is keyed on the hash of the bytes it was made from, not of a second reading.
    return forCache ? { ...result, hashes: contentHashes(disk.files) } : result;
  }
  // A worker thread cannot be handed functions: it is told the rule ids and takes those rules from the registry.
  const result = await lintInWorkers({
    root: scope.root,
    ruleIds: [...reader.ruleIds],
    agreements: [...agreements],
    catalogues: [...catalogues],
    reported: scope.reported,
    today: scope.today,
    severities: scope.severities,
    withData,
    languages: scope.languages,
    forCache,
    jobs,
  });
  // The workers send their shares one after another; put the summaries back in the order one thread reads
  // the files, so that repository-wide rules (which list other files) and reports say the same thing.
  const order = new Map([...catalogues.map((file) => file.path), ...agreements].map((path, index) => [path, index]));
  return { ...result, files: [...result.files].sort((a, b) => (order.get(a.path) ?? Infinity) - (order.get(b.path) ?? Infinity)) };
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

/**
 * `lint --cache`: agreements whose bytes, and every answer about linked paths, are as when the cache was
 * written take their findings and summary from it; the others (and every catalogue) are checked with the
 * file rules by checkFiles; the repository-wide rules then run over every
 * summary, as always. The result is the uncached one, byte for byte (test/lint/cache.test.ts).
 */
async function lintWithCache(scope: LintScope, location: CacheLocation): Promise<Omit<LintResult, "parsed">> {
  const { reader } = scope;
  const reported = new Set(scope.reported);
  // Asked once a path for the whole run: most agreements link to the same few files (their catalogue).
  const answers = new Map<string, boolean>();
  const pathExists = (path: string) => {
    let exists = answers.get(path);
    if (exists === undefined) answers.set(path, (exists = existsSync(join(scope.root, path))));
    return exists;
  };
  const readFile = scope.readFile ?? diskReader(scope.root);
  const catalogues = readCatalogues(scope);
  const key = cacheKey({ ruleIds: reader.ruleIds, severities: scope.severities, languages: scope.languages, today: scope.today, catalogues });
  const cached = readCache(location, key, reader.ruleIds);

  const kept = new Map<string, CachedFile>();
  const missed: string[] = [];
  for (const path of scope.agreements) {
    // A cold cache has nothing to compare with: each file is read and hashed once, by whoever lints it.
    if (cached.size === 0) {
      missed.push(path);
      continue;
    }
    // Only the hash is kept: holding 10,000 files' bytes here too would add their size to the peak memory.
    const content = hashBytes(readFile(path));
    const entry = cached.get(path);
    const usable = entry !== undefined && entry.content === content && (entry.findings !== null || !reported.has(path)) && entry.probes.every(([probed, answer]) => pathExists(probed) === answer);
    if (usable) kept.set(path, entry);
    else missed.push(path);
  }

  // Each result is keyed on the hash of the bytes it was made from, read by whoever checked it: a file that
  // changed since it was hashed above is then cached as what was checked, never under its older hash.
  const fresh = await checkFiles(scope, catalogues, missed, true);
  const contentOf = new Map(Object.entries(fresh.hashes ?? {}));

  const findingsOf = groupByFile(fresh.findings);
  const summaryOf = new Map(fresh.files.map((summary) => [summary.path, summary]));
  const written = new Map<string, CachedFile>();
  for (const path of missed) {
    const content = contentOf.get(path);
    if (content === undefined) continue;
    written.set(path, {
      content,
      probes: fresh.probes?.[path] ?? [],
      findings: reported.has(path) ? findingsOf.get(path) ?? [] : null,
      summary: summaryOf.get(path)!,
    });
  }

  // Put every file's findings and summary in the order one thread reads them, so that ties in the sort and
  // the repository-wide rules' lists come out as without the cache. A file not kept was checked just now.
  const findings: Finding[] = [];
  const files: FileSummary[] = [];
  let filesChecked = 0;
  for (const path of [...scope.catalogues, ...scope.agreements]) {
    const entry = kept.get(path);
    if (reported.has(path)) {
      filesChecked++;
      findings.push(...(entry ? entry.findings ?? [] : findingsOf.get(path) ?? []));
    }
    const summary = entry ? entry.summary : summaryOf.get(path);
    if (summary) files.push(summary);
  }
  findings.push(...checkRepositoryRules(files, splitRules(reader.rules).repository, scope.severities, (path) => reported.has(path), scope.languages));

  // Entries of agreements outside this run (a lint of one folder) stay while their file is there.
  const entries = new Map([...cached].filter(([path]) => !kept.has(path) && !written.has(path) && pathExists(path)));
  for (const [path, entry] of [...kept, ...written]) entries.set(path, entry);
  // An unchanged cache is not written again (4 MB for 10,000 agreements). A catalogue saved during the run
  // needs no look here: every result came from the catalogue bytes of the key (see checkFiles).
  if (missed.length > 0 || entries.size !== cached.size) writeCache(location, key, entries);
  return { findings: findings.sort(compareFindings), filesChecked, files };
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return byFile;
}
