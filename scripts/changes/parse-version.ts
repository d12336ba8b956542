import type { AgreementFile } from "../model/document.js";
import type { Reader } from "../reader/reader.js";

/** Parses versions of agreements read from Git, as `agreements lint` would read the same bytes. */
export type AgreementParser = (path: string, bytes: Uint8Array) => AgreementFile;

/**
 * A parser with the reader's validators (for the rule ids it was built from), so a waiver naming a rule
 * reads exactly as in `agreements lint`. The reader pulls in the whole model (YAML, Markdown, schemas):
 * commands load it while Git is still working (see loadAgreementParser).
 */
export function createAgreementParser(reader: Reader): AgreementParser {
  return (path, bytes) => reader.parseAgreementVersion(path, bytes);
}
