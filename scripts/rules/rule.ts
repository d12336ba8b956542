import type { AgreementFile, CatalogueFile, ParsedFile } from "../model/document.js";
import type { Catalogue } from "../model/types.js";

export type Severity = "error" | "warning";

/** What a rule says: what is wrong, how to fix it, and where (whole-file offsets). The engine adds the rest. */
export interface Report {
  message: string;
  hint: string;
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
  /** Paths of every schema-valid agreement loaded (not only those reported on) by front matter id, for `unique-id`. */
  agreementsById: ReadonlyMap<string, readonly { path: string }[]>;
  /** Whether a repository-relative path exists (a file or folder); injected so rules stay pure. */
  pathExists(path: string): boolean;
}

export interface Rule {
  /** Stable id: the file name, the README section and the fixture folder all use it. */
  id: string;
  defaultSeverity: Severity;
  /** One sentence for listings and SARIF. */
  description: string;
  /** Which files the rule looks at. */
  appliesTo: readonly ParsedFile["kind"][];
  check(file: ParsedFile, context: LintContext): Report[];
}

/** A rule that only looks at agreements whose front matter passed the schema. */
export function agreementRule(
  rule: Omit<Rule, "appliesTo" | "check"> & { check(file: AgreementFile & { agreement: NonNullable<AgreementFile["agreement"]> }, context: LintContext): Report[] },
): Rule {
  return {
    ...rule,
    appliesTo: ["agreement"],
    check: (file, context) => (file.kind === "agreement" && file.agreement ? rule.check(file as never, context) : []),
  };
}

export type { AgreementFile, CatalogueFile, ParsedFile };
