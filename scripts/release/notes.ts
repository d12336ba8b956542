/** GitHub refuses a release body longer than this (characters). */
export const RELEASE_BODY_LIMIT = 125_000;

export interface ReleaseNotesInput {
  tag: string;
  year: number;
  /** The report as rendered by the Markdown renderer (report.md). */
  reportMarkdown: string;
  /** The names of the files attached, to point the reader at them. */
  assetNames: readonly string[];
}

/**
 * The release notes: what the release is, what is attached, and the report itself, so the figures are
 * on the release page without opening a file. A report too long for a release body keeps its first
 * whole sections and says where the rest is. Pure.
 */
export function buildReleaseNotes(input: ReleaseNotesInput, limit = RELEASE_BODY_LIMIT): string {
  const names = input.assetNames;
  const csvCount = names.filter((name) => name.endsWith(".csv")).length;
  const pdfCount = names.filter((name) => name.endsWith(".pdf")).length;
  const intro = [
    `The yearly submission of the management agreements for ${input.year} to the Ministry of Finance, recorded by the tag \`${input.tag}\`. ` +
      `The files below are the submission package, the same files \`agreements package ${input.year}\` makes.`,
    "",
    "Attached below:",
    ...(pdfCount > 0 ? [pdfCount === 1 ? "- the agreement as PDF, also as a web page (HTML)" : `- the ${pdfCount} agreements as PDF, each also as a web page (HTML)`] : []),
    ...(names.includes("report.html") ? ["- `report.html`: the report as a web page with charts"] : []),
    ...(csvCount > 0 ? [`- ${csvCount} CSV files: the report's tables, for a spreadsheet`] : []),
    ...(names.includes("manifest.json")
      ? ["- `manifest.json`: every file here and every submitted agreement with its SHA-256 hash, so anyone can check later that a file is the one submitted"]
      : []),
    "",
    "",
  ].join("\n");
  const report = input.reportMarkdown.endsWith("\n") ? input.reportMarkdown : `${input.reportMarkdown}\n`;
  if (intro.length + report.length <= limit) return intro + report;

  const cut = "\n_The report is longer than a release note can hold: it continues in `report.html`, attached below._\n";
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
