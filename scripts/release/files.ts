import type { OutputFile } from "../document/write-outputs.js";
import type { Language } from "../model/types.js";
import { renderMarkdown } from "../report/markdown.js";
import type { ReportModel } from "../report/model.js";
import { buildReleaseNotes } from "./notes.js";

/** One file to attach to the release. */
export interface ReleaseFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

const CONTENT_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json",
  md: "text/markdown; charset=utf-8",
  zip: "application/zip",
};

export function contentTypeOf(name: string): string {
  return CONTENT_TYPES[name.slice(name.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

/** Files named so hold personal data (ratings, bonus proposals, evaluation summaries): see `agreements package --restricted`. */
export function isRestrictedName(name: string): boolean {
  return name.startsWith("restricted-");
}

export interface ReleaseFilesInput {
  tag: string;
  /** The public submission package, as `buildPackage()` made it without `restricted`. */
  files: readonly OutputFile[];
  /** Its public report, for the notes. */
  report: ReportModel;
  /** Language of the report's headings in the notes (default en), the package's. */
  language?: Language;
}

/**
 * The release's files and notes from a built package: the package's files unchanged, each with its content
 * type, and the report as the notes. A release is public, so a package with anything restricted is refused
 * here whatever the caller asked for. Pure.
 */
export function releaseFilesOf(input: ReleaseFilesInput): { files: ReleaseFile[]; notes: string } {
  const restricted = input.files.find((file) => isRestrictedName(file.name));
  if (input.report.restricted || restricted) throw new RangeError(`a release is public: it must not carry restricted content${restricted ? ` (${restricted.name})` : ""}`);
  const files = input.files.map((file) => ({ name: file.name, contentType: contentTypeOf(file.name), bytes: file.bytes }));
  const reportMarkdown = renderMarkdown(input.report, { language: input.language ?? "en" })[0]!.content;
  const notes = buildReleaseNotes({ tag: input.tag, year: input.report.cycle, reportMarkdown, assetNames: files.map((file) => file.name), language: input.language ?? "en" });
  return { files, notes };
}
