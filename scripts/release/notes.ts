import { releaseWords } from "../messages/release.js";
import type { Language } from "../model/types.js";

/** GitHub refuses a release body longer than this (characters). */
export const RELEASE_BODY_LIMIT = 125_000;

export interface ReleaseNotesInput {
  tag: string;
  year: number;
  /** The report as rendered by the Markdown renderer (report.md). */
  reportMarkdown: string;
  /** The names of the files attached, to point the reader at them. */
  assetNames: readonly string[];
  /** The notes' language, the same as the report's (English when absent). */
  language?: Language;
}

/**
 * The release notes: what the release is, what is attached, and the report itself, so the figures are
 * on the release page without opening a file. A report too long for a release body keeps its first
 * whole sections and says where the rest is. Pure.
 */
export function buildReleaseNotes(input: ReleaseNotesInput, limit = RELEASE_BODY_LIMIT): string {
  const names = input.assetNames;
  const words = releaseWords(input.language);
  const csvCount = names.filter((name) => name.endsWith(".csv")).length;
  const pdfCount = names.filter((name) => name.endsWith(".pdf")).length;
  const intro = [
    words.intro(input.year, input.tag),
    "",
    words.attached,
    ...(pdfCount > 0 ? [words.pdfs(pdfCount)] : []),
    ...(names.includes("report.html") ? [words.reportHtml] : []),
    ...(csvCount > 0 ? [words.csvs(csvCount)] : []),
    ...(names.includes("manifest.json") ? [words.manifest] : []),
    "",
    "",
  ].join("\n");
  const report = input.reportMarkdown.endsWith("\n") ? input.reportMarkdown : `${input.reportMarkdown}\n`;
  if (intro.length + report.length <= limit) return intro + report;

  const cut = `\n${words.cut}\n`;
  // Whole sections only: a table cut in the middle would mislead.
  const sections = report.split(/\n(?=## )/);
  let body = intro;
  for (const section of sections) {
    const next = `${section}\n`;
    if (body.length + next.length + cut.length > limit) break;
    body += next;
  }
  return body + cut;
}
