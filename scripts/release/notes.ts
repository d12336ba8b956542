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
  const csvCount = input.assetNames.filter((name) => name.endsWith(".csv")).length;
  const intro = [
    `The yearly submission of the management agreements for ${input.year} to the Ministry of Finance, recorded by the tag \`${input.tag}\`.`,
    "",
    "Attached below:",
    ...(input.assetNames.includes("report.html") ? ["- `report.html`: the report as a web page with charts"] : []),
    ...(input.assetNames.includes("report.md") ? ["- `report.md`: the report as text (shown here too)"] : []),
    ...(csvCount > 0 ? [`- ${csvCount} CSV files: the report's tables, for a spreadsheet`] : []),
    ...(input.assetNames.includes("report.json") ? ["- `report.json`: the report's figures as data"] : []),
    ...(input.assetNames.includes("manifest.json")
      ? ["- `manifest.json`: every submitted agreement with the SHA-256 hash of its file, so anyone can check later that a file is the one submitted"]
      : []),
    "",
    "",
  ].join("\n");
  const report = input.reportMarkdown.endsWith("\n") ? input.reportMarkdown : `${input.reportMarkdown}\n`;
  if (intro.length + report.length <= limit) return intro + report;

  const cut = "\n_The report is longer than a release note can hold: it continues in `report.md`, attached below._\n";
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
