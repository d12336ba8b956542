import type { ParsedFile, FileKind } from "./document.js";
import { locate } from "./document.js";
import type { Range } from "./source.js";
import type { Agreement, Catalogue, Language } from "./types.js";
import { digestAgreement, type AgreementDigest } from "./agreement-digest.js";

/**
 * What is kept of a file once its rules have run. The parse itself (YAML document, Markdown tree) is
 * dropped, so 10,000 files never sit in memory at once; this is small, plain data that worker threads
 * can send back, and it is all that repository-wide rules and the report need.
 */
export interface FileSummary {
  path: string;
  kind: FileKind;
  /** The front matter as read, whether or not it passed the schema; absent when it could not be read. */
  data?: unknown;
  /** The same data, typed, when it passed the agreement schema. */
  agreement?: Agreement;
  /** Instead of `data` and `agreement` (`withData: "digest"`): what the report reads of the agreement. */
  digest?: AgreementDigest;
  /** The same data, typed, when it passed the catalogue schema. */
  catalogue?: Catalogue;
  /** The agreement's id and where it stands, for repository-wide rules such as `unique-id`. */
  id?: { value: string; range: Range };
  /** Rules this file's unexpired waivers silence. */
  waived: string[];
  /** The agreement's own language, which its findings from repository-wide rules are written in. */
  language?: Language;
}

/**
 * How much of a file's data its summary keeps: none (what repository-wide rules need; the lint command needs
 * no more), all of it (`true`), or for a readable agreement only what the report reads (`"digest"`).
 */
export type DataKept = boolean | "digest";

export function summariseFile(file: ParsedFile, waived: readonly string[], withData: DataKept): FileSummary {
  const summary: FileSummary = { path: file.path, kind: file.kind, waived: [...waived] };
  if (file.kind === "agreement" && file.view?.language !== undefined) summary.language = file.view.language;
  if (file.kind === "agreement" && file.view?.id !== undefined) {
    const { start, end } = locate(file, ["id"]);
    summary.id = { value: file.view.id, range: file.source.rangeAt(start, end) };
  }
  if (!withData) return summary;
  if (withData === "digest" && file.kind === "agreement" && file.agreement) {
    summary.digest = digestAgreement(file.agreement);
    return summary;
  }
  const data = file.frontMatter?.data;
  if (data !== undefined) summary.data = data;
  if (file.kind === "agreement" && file.agreement) summary.agreement = file.agreement;
  if (file.kind === "catalogue" && file.catalogue) summary.catalogue = file.catalogue;
  return summary;
}
