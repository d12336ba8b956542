import { parseFile, type CatalogueFile, type FileKind, type ParsedFile } from "../model/document.js";
import { loadValidators, type Validators } from "../model/validate.js";
import type { LintContext, Rule } from "../rules/rule.js";
import { compareFindings, DOCS_BASE, type Finding } from "./finding.js";

export type SeveritySetting = "off" | "warn" | "error";

export interface LintInput {
  /** Every file to load: agreements and catalogues (paths under goals/). */
  files: readonly { path: string; bytes: Uint8Array }[];
  rules: readonly Rule[];
  today: string;
  pathExists(path: string): boolean;
  /** Per-rule severity overrides from the config file. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** Which loaded files to report on (cross-file rules still see all); default: all. */
  reportOn?: (path: string) => boolean;
  /** Compiled schemas, for callers that lint more than once. */
  validators?: Validators;
}

export interface LintResult {
  findings: Finding[];
  /** Files reported on, whether or not they had findings. */
  filesChecked: number;
  parsed: ParsedFile[];
}

/**
 * What cross-file rules need to know about files they do not see. Small and serialisable, so files
 * parsed in separate worker threads can share it without sending whole parsed files across.
 */
export interface CrossFileFacts {
  /** [front matter id, path] of every schema-valid agreement. */
  agreementIds: [string, string][];
}

/** The catalogue for year Y is goals/Y.md. */
const CATALOGUE_PATH = /^goals\/(?:.*\/)?(\d{4})\.md$/;

export function fileKind(path: string): FileKind {
  return path.startsWith("goals/") ? "catalogue" : "agreement";
}

/** Lints files given as data: parse each once, build one shared context, run the rules, apply severities and waivers. */
export function lint(input: LintInput): LintResult {
  const parsed = parseFiles(input.files, input.validators ?? loadValidators(input.rules.map((rule) => rule.id)));
  const context = buildContext(parsed, [collectFacts(parsed)], input);
  return { ...runRules(parsed, context, input), parsed };
}

export function parseFiles(files: LintInput["files"], validators: Validators): ParsedFile[] {
  return files.map((file) => parseFile(file.path, file.bytes, fileKind(file.path), validators));
}

export function collectFacts(parsed: readonly ParsedFile[]): CrossFileFacts {
  const agreementIds: [string, string][] = [];
  for (const file of parsed) {
    if (file.kind === "agreement" && file.agreement) agreementIds.push([file.agreement.id, file.path]);
  }
  return { agreementIds };
}

export function buildContext(parsed: readonly ParsedFile[], facts: readonly CrossFileFacts[], input: Pick<LintInput, "today" | "pathExists">): LintContext {
  const catalogues = new Map<number, { path: string; catalogue: NonNullable<CatalogueFile["catalogue"]> }>();
  const brokenCatalogues = new Map<number, string>();
  for (const file of parsed) {
    if (file.kind !== "catalogue") continue;
    const year = Number(CATALOGUE_PATH.exec(file.path)?.[1]);
    if (file.catalogue) catalogues.set(file.catalogue.cycle, { path: file.path, catalogue: file.catalogue });
    else if (Number.isInteger(year)) brokenCatalogues.set(year, file.path);
  }
  const agreementsById = new Map<string, { path: string }[]>();
  for (const [id, path] of facts.flatMap((fact) => fact.agreementIds)) {
    agreementsById.set(id, [...(agreementsById.get(id) ?? []), { path }]);
  }
  return { today: input.today, catalogues, brokenCatalogues, agreementsById, pathExists: input.pathExists };
}

export function runRules(parsed: readonly ParsedFile[], context: LintContext, input: Omit<LintInput, "files" | "pathExists">): Omit<LintResult, "parsed"> {
  const reportOn = input.reportOn ?? (() => true);
  const findings: Finding[] = [];
  let filesChecked = 0;
  for (const file of parsed) {
    if (!reportOn(file.path)) continue;
    filesChecked++;
    const waived = activeWaivers(file, input.today);
    for (const rule of input.rules) {
      const setting = input.severities?.[rule.id];
      if (setting === "off" || !rule.appliesTo.includes(file.kind) || waived.has(rule.id)) continue;
      for (const report of rule.check(file, context)) {
        const start = file.source.positionAt(report.start);
        const end = file.source.positionAt(report.end);
        findings.push({
          file: file.path,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          rule: rule.id,
          severity: setting === "warn" ? "warning" : setting === "error" ? "error" : report.severity ?? rule.defaultSeverity,
          message: report.message,
          hint: report.hint,
          docs: DOCS_BASE + rule.id,
        });
      }
    }
  }
  findings.sort(compareFindings);
  return { findings, filesChecked };
}

/** Rules silenced in this file by a waiver that has not expired (an expired one is `waiver-expired`'s business). */
function activeWaivers(file: ParsedFile, today: string): Set<string> {
  const waivers = file.kind === "agreement" ? file.agreement?.waivers ?? [] : [];
  return new Set(waivers.filter((waiver) => waiver.until >= today && waiver.rule !== "waiver-expired").map((waiver) => waiver.rule));
}
