import { fileKind } from "../layout/paths.js";
import { loadConfig, parseConfigText, type LintConfig } from "./config.js";
import { parseFile, type AgreementFile, type FileKind, type ParsedFile } from "../model/document.js";
import { agreementSchema, loadValidators, type Validators } from "../model/validate.js";
import type { Rule } from "../rules/rule.js";

/**
 * Reads agreements, catalogues and the config exactly as `agreements lint` does with a given rule list:
 * the rule ids decide which waivers the schema accepts and which config keys are rules. Built once by the
 * command from the registry (scripts/rules/index.ts) and passed down; nothing below the commands imports
 * the registry itself.
 */
export interface Reader {
  readonly rules: readonly Rule[];
  readonly ruleIds: readonly string[];
  /** The schemas' validators: precompiled at build time when they match the rule ids, else compiled once, on first use. */
  validators(): Validators;
  /** The agreement schema with the rule ids filled in (for `agreements schema` and the form editor). */
  agreementSchema(): object;
  /** One file, as the lint parses it; the kind by default from where it lives. */
  parse(path: string, bytes: Uint8Array, kind?: FileKind, options?: { fast?: boolean }): ParsedFile;
  /**
   * A version of an agreement read from Git, by the fast path (see parseFile): a history or diff compares
   * data and sections, never positions, and a version with a problem is read the positioned way anyway.
   */
  parseAgreementVersion(path: string, bytes: Uint8Array): AgreementFile;
  /** The config file of the repository at `root` (or `explicit`), checked against the rule ids. */
  config(root: string, explicit?: string): LintConfig;
  /** A config file's text read from elsewhere (a commit, through the API); `shown` names it in errors. */
  configFromText(text: string, name: string, shown: string, showHelpHint?: boolean): LintConfig;
}

export function createReader(rules: readonly Rule[]): Reader {
  const ruleIds = rules.map((rule) => rule.id);
  let validators: Validators | undefined;
  const reader: Reader = {
    rules,
    ruleIds,
    validators: () => (validators ??= loadValidators(ruleIds)),
    agreementSchema: () => agreementSchema(ruleIds),
    parse: (path, bytes, kind = fileKind(path), options = {}) => parseFile(path, bytes, kind, reader.validators(), options),
    // The fast path (see parseFile): a history or diff compares data and sections, never positions, and a
    // version with a problem is read the positioned way anyway, so its message points where lint's does.
    // The body is parsed only if its sections are compared, that is when the two versions' texts differ.
    parseAgreementVersion: (path, bytes) => parseFile(path, bytes, "agreement", reader.validators(), { fast: true, lazyBody: true }) as AgreementFile,
    config: (root, explicit) => loadConfig(root, explicit, ruleIds),
    configFromText: (text, name, shown, showHelpHint) => parseConfigText(text, name, shown, ruleIds, showHelpHint),
  };
  return reader;
}
