import { catalogueYear, fileKind } from "../layout/paths.js";
import { parseFile, type CatalogueFile, type ParsedFile } from "../model/document.js";
import { summariseFile, type DataKept, type FileSummary } from "../model/summary.js";
import { loadValidators, type Validators } from "../model/validate.js";
import { render, say, type Message } from "../messages/catalogue.js";
import type { Language } from "../model/types.js";
import type { SeveritySetting } from "../reader/config.js";
import { isRepositoryRule, type FileRule, type LintContext, type Rule, type Severity } from "../rules/rule.js";
import { compareFindings, DOCS_BASE, type Finding } from "./finding.js";

/**
 * Which language findings are written in: `chosen` (--lang) for every file when given, else each agreement's own
 * `language`, else `repository` (the config's language). Without a choice at all, lint() writes English.
 */
export interface LanguageChoice {
  chosen?: Language | undefined;
  repository: Language;
}

/** The language of the findings about one file. */
export function languageFor(choice: LanguageChoice | undefined, fileLanguage: Language | undefined): Language {
  if (!choice) return "en";
  return choice.chosen ?? fileLanguage ?? choice.repository;
}

export interface LintInput {
  /** Every file to read: agreements and catalogues (paths under goals/). */
  files: readonly { path: string; bytes: Uint8Array }[];
  rules: readonly Rule[];
  today: string;
  pathExists(path: string): boolean;
  /** Per-rule severity overrides from the config file. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** Which files to report on (repository-wide rules still see all); default: all. */
  reportOn?: (path: string) => boolean;
  /** Keep each file's front matter data in its summary (the report needs it; the lint does not); see DataKept. */
  withData?: DataKept;
  /** Keep every parsed file in the result, for tests and tools that inspect parses; costs memory. */
  keepParsed?: boolean;
  /** Read every file with the positioned parse only, never the fast path (for tests that compare the two). */
  positioned?: boolean;
  /** Compiled schemas, for callers that lint more than once. */
  validators?: Validators;
  /** The language of the messages; default English. */
  languages?: LanguageChoice | undefined;
  /** Record, per agreement, the paths its rules asked `pathExists` about (what `lint --cache` must look at again). */
  recordProbes?: boolean;
}

export interface LintResult {
  findings: Finding[];
  /** Files reported on, whether or not they had findings. */
  filesChecked: number;
  /** A summary of every file read (see FileSummary). */
  files: FileSummary[];
  /** The parsed files, only with `keepParsed`. */
  parsed?: ParsedFile[];
  /** Only with `recordProbes`: for each agreement checked, each path asked about and the answer, in order. */
  probes?: Record<string, [string, boolean][]>;
}

/**
 * Lints files given as data. Catalogues are read first (every agreement is checked against one); then
 * each file is parsed once, checked by the file rules and reduced to its summary, so memory stays flat
 * however many files there are; repository-wide rules run last, over the summaries.
 */
export function lint(input: LintInput): LintResult {
  const { files: fileRules, repository: repositoryRules } = splitRules(input.rules);
  const validators = input.validators ?? loadValidators(input.rules.map((rule) => rule.id));
  const reportOn = input.reportOn ?? (() => true);
  const catalogueFiles = input.files.filter((file) => fileKind(file.path) === "catalogue");
  // The fast path (see parseFile): the front matter's data by the fast reader, its positions by the
  // positioned parse only when a rule reports on the front matter, and the body's headings and links by
  // the scan. Each of them is compared with the positioned parse (test/model/fast-yaml.test.ts,
  // markdown-scan.test.ts), and lint as a whole with `positioned` over every fixture
  // (test/lint/fast-path.test.ts), so a file with a finding is not read a second time.
  const read = (file: LintInput["files"][number], kind: "agreement" | "catalogue") =>
    parseFile(file.path, file.bytes, kind, validators, input.positioned ? {} : { fast: true, lazyBody: true });
  // Catalogues take the fast path as agreements do below (the positioned parse of goals/2020.md was a tenth
  // of a one-file lint).
  const catalogues = catalogueFiles.map((file) => read(file, "catalogue") as CatalogueFile);
  const context = buildContext(catalogues, input);

  const findings: Finding[] = [];
  const summaries: FileSummary[] = [];
  const parsed: ParsedFile[] = [];
  let filesChecked = 0;
  const probes: Record<string, [string, boolean][]> = {};
  // Whether a linked path exists is the one thing a file rule reads from outside its file and the shared
  // context; a cached result stays true only while every answer it was built on does (see lint/cache.ts).
  const contextFor = (file: ParsedFile): LintContext => {
    if (!input.recordProbes || file.kind !== "agreement") return context;
    const asked: [string, boolean][] = (probes[file.path] = []);
    return { ...context, pathExists: (path) => { const exists = context.pathExists(path); asked.push([path, exists]); return exists; } };
  };
  const checkOne = (file: ParsedFile) => {
    const waived = activeWaivers(file, input.today);
    const reported = reportOn(file.path);
    const fileFindings = reported ? checkFile(file, fileRules, contextFor(file), input.severities, waived, languageFor(input.languages, fileLanguage(file))) : [];
    return { file, reported, findings: fileFindings, summary: summariseFile(file, [...waived], input.withData ?? false) };
  };
  const record = (checked: ReturnType<typeof checkOne>) => {
    if (checked.reported) filesChecked++;
    findings.push(...checked.findings);
    summaries.push(checked.summary);
    if (input.keepParsed) parsed.push(checked.file);
  };
  catalogues.forEach((file) => record(checkOne(file)));
  for (const file of input.files) {
    if (fileKind(file.path) === "agreement") record(checkOne(read(file, "agreement")));
  }
  findings.push(...checkRepositoryRules(summaries, repositoryRules, input.severities, reportOn, input.languages));
  findings.sort(compareFindings);
  return { findings, filesChecked, files: summaries, ...(input.keepParsed ? { parsed } : {}), ...(input.recordProbes ? { probes } : {}) };
}

export function splitRules(rules: readonly Rule[]) {
  return { files: rules.filter((rule): rule is FileRule => !isRepositoryRule(rule)), repository: rules.filter(isRepositoryRule) };
}

function buildContext(catalogueFiles: readonly CatalogueFile[], input: Pick<LintInput, "today" | "pathExists">): LintContext {
  const catalogues = new Map<number, { path: string; catalogue: NonNullable<CatalogueFile["catalogue"]> }>();
  const brokenCatalogues = new Map<number, string>();
  for (const file of catalogueFiles) {
    const year = catalogueYear(file.path);
    if (file.catalogue) catalogues.set(file.catalogue.cycle, { path: file.path, catalogue: file.catalogue });
    else if (year !== undefined) brokenCatalogues.set(year, file.path);
  }
  return { today: input.today, catalogues, brokenCatalogues, pathExists: input.pathExists };
}

/** The agreement's `language` as written, even when another value fails the schema, so its findings are in it. */
export function fileLanguage(file: ParsedFile): Language | undefined {
  if (file.kind !== "agreement") return undefined;
  const data = file.frontMatter?.data as { language?: unknown } | undefined;
  const language = file.view?.language ?? data?.language;
  return language === "fi" || language === "sv" || language === "en" ? language : undefined;
}

function checkFile(file: ParsedFile, rules: readonly FileRule[], context: LintContext, severities: LintInput["severities"], waived: ReadonlySet<string>, language: Language): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (severities?.[rule.id] === "off" || !rule.appliesTo.includes(file.kind) || waived.has(rule.id)) continue;
    for (const report of guarded(rule, () => rule.check(file, context), (text) => ({ text, start: 0, end: 0 }))) {
      findings.push(stamp(rule, severities, file.path, file.source.rangeAt(report.start, report.end), report, language));
    }
  }
  return findings;
}

/** Repository-wide rules, over the summaries: a finding lands only in a file reported on and not waived. */
export function checkRepositoryRules(summaries: readonly FileSummary[], rules: readonly Rule[], severities: LintInput["severities"], reportOn: (path: string) => boolean, languages?: LanguageChoice): Finding[] {
  const byPath = new Map(summaries.map((summary) => [summary.path, summary]));
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!isRepositoryRule(rule) || severities?.[rule.id] === "off") continue;
    const applicable = summaries.filter((summary) => rule.appliesTo.includes(summary.kind));
    const place = { path: applicable[0]?.path ?? "", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
    for (const report of guarded(rule, () => rule.checkRepository(applicable), (text) => ({ text, ...place }))) {
      if (!reportOn(report.path) || byPath.get(report.path)?.waived.includes(rule.id)) continue;
      findings.push(stamp(rule, severities, report.path, report.range, report, languageFor(languages, byPath.get(report.path)?.language)));
    }
  }
  return findings;
}

/**
 * A rule that throws is a fault in the tool, not in the file: it becomes one finding, so the other rules
 * and files are still checked and reported, instead of one bug hiding every result.
 */
function guarded<T>(rule: Rule, check: () => T[], place: (failure: Message) => T): T[] {
  try {
    return check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [place(say("tool-fault", { rule: rule.id, reason }))];
  }
}

/** The engine, not the rule, adds the rule id, the severity (config first, then the rule's) and the docs link. */
function stamp(rule: Rule, severities: LintInput["severities"], file: string, range: { start: { line: number; column: number }; end: { line: number; column: number } }, report: { text: Message; severity?: Severity }, language: Language): Finding {
  const setting = severities?.[rule.id];
  const { message, hint } = render(report.text, language);
  return {
    file,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    rule: rule.id,
    severity: setting === "warn" ? "warning" : setting === "error" ? "error" : report.severity ?? rule.defaultSeverity,
    message,
    hint,
    docs: DOCS_BASE + rule.id,
  };
}

/** Rules silenced in this file by a waiver that has not expired (an expired one is `waiver-expired`'s business). */
function activeWaivers(file: ParsedFile, today: string): Set<string> {
  const waivers = file.kind === "agreement" ? file.view?.waivers ?? [] : [];
  const active = new Set<string>();
  for (const waiver of waivers) {
    // A waiver with a wrong date or rule silences nothing; the schema rule reports it.
    if (waiver?.rule !== undefined && waiver.until !== undefined && waiver.until >= today && waiver.rule !== "waiver-expired") active.add(waiver.rule);
  }
  return active;
}
