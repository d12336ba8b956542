import type { AgreementFile, CatalogueFile, ParsedFile } from "../model/document.js";
import type { Range } from "../model/source.js";
import type { FileSummary } from "../model/summary.js";
import type { Catalogue } from "../model/types.js";
import type { Message } from "../messages/catalogue.js";

export type Severity = "error" | "warning";

/** What a rule says: what is wrong, how to fix it, and where (whole-file offsets). The engine adds the rest. */
export interface Report {
  /** A message key and its values (see scripts/messages/), rendered in the reader's language by the engine. */
  text: Message;
  start: number;
  end: number;
  /**
   * A rule may lower one finding to a warning (a deadline that is near rather than passed). A severity
   * set in the config file still wins.
   */
  severity?: Severity;
}

/** Everything rules share: built once per lint run, read-only to rules. */
export interface LintContext {
  /** "Today" as YYYY-MM-DD, passed in by the command; rules never read the clock. */
  today: string;
  /** Valid catalogues by cycle year. */
  catalogues: ReadonlyMap<number, { path: string; catalogue: Catalogue }>;
  /** Catalogue files that exist but could not be read, by the year in their file name. */
  brokenCatalogues: ReadonlyMap<number, string>;
  /** Whether a repository-relative path exists (a file or folder); injected so rules stay pure. */
  pathExists(path: string): boolean;
}

interface RuleBase {
  /** Stable id: the file name, the README section and the fixture folder all use it. */
  id: string;
  defaultSeverity: Severity;
  /** One sentence for listings and SARIF. */
  description: string;
  /** Which files the rule looks at. */
  appliesTo: readonly ParsedFile["kind"][];
}

/** Looks at one parsed file at a time (with the shared context): nearly every rule. */
export interface FileRule extends RuleBase {
  check(file: ParsedFile, context: LintContext): Report[];
}

/** A finding of a repository-wide rule: placed by line and column, since the file's parse is gone by then. */
export interface PlacedReport {
  path: string;
  text: Message;
  range: Range;
  severity?: Severity;
}

/**
 * Looks across files (duplicate ids). It runs once every file has been read, over the files' summaries,
 * so no file's parse has to be kept for it.
 */
export interface RepositoryRule extends RuleBase {
  checkRepository(files: readonly FileSummary[]): PlacedReport[];
}

export type Rule = FileRule | RepositoryRule;

export function isRepositoryRule(rule: Rule): rule is RepositoryRule {
  return "checkRepository" in rule;
}

/** The valid catalogue of a cycle, if the cycle itself is valid and has one. */
export function catalogueFor(context: LintContext, cycle: number | undefined): { path: string; catalogue: Catalogue } | undefined {
  return cycle === undefined ? undefined : context.catalogues.get(cycle);
}

/**
 * A rule over an agreement's front matter. It reads `file.view`: only the parts that passed the schema,
 * so it runs even when another value in the file is wrong, and it must skip what is absent (the schema
 * rule has already reported it).
 */
export function agreementRule(
  rule: Omit<FileRule, "appliesTo" | "check"> & { check(file: AgreementFile & { view: NonNullable<AgreementFile["view"]> }, context: LintContext): Report[] },
): FileRule {
  return {
    ...rule,
    appliesTo: ["agreement"],
    check: (file, context) => (file.kind === "agreement" && file.view ? rule.check(file as never, context) : []),
  };
}

export type { AgreementFile, CatalogueFile, FileSummary, ParsedFile };
