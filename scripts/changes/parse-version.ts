import { parseFile, type AgreementFile } from "../model/document.js";
import { loadValidators, type Validators } from "../model/validate.js";
import { RULES } from "../rules/index.js";

/** Parses versions of agreements read from Git, as `agreements lint` would read the same bytes. */
export type AgreementParser = (path: string, bytes: Uint8Array) => AgreementFile;

/**
 * A parser with the validators precompiled at build time (compiled now when absent), for the
 * registered rule ids, so a waiver naming a rule reads exactly as in `agreements lint`. This module
 * pulls in the whole model (YAML, Markdown, schemas): commands import it while Git is still working.
 */
export function createAgreementParser(): AgreementParser {
  const validators: Validators = loadValidators(RULES.map((rule) => rule.id));
  // The fast path (see parseFile): a history or diff compares data and sections, never positions, and a
  // version with a problem is read the positioned way anyway, so its message points where lint's does.
  // The body is parsed only if its sections are compared, that is when the two versions' texts differ.
  return (path, bytes) => parseFile(path, bytes, "agreement", validators, { fast: true, lazyBody: true }) as AgreementFile;
}
