import type { ReportModel, Summary } from "../report/model.js";

export interface TagMessageInput {
  report: ReportModel;
  /** The commit the tag points at. */
  commit: string;
  /** The branch it was tagged on. */
  branch: string;
  /** The real date the tag was made on; the report's `today` is the date its deadlines were checked against. */
  madeOn: string;
}

function bonusProposals(summary: Summary, year: number | null): number {
  return year === null ? 0 : summary.evaluations.find((count) => count.year === year)?.bonusProposals ?? 0;
}

function table(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")}`.trimEnd());
}

/**
 * The message of the annotated tag that records a yearly submission: what was submitted (the cycle, its
 * instruction, the commit) and the report's key figures, in total and per administrative sector. Counts
 * only: no names, ratings or proposals per person, because a tag message is public wherever the
 * repository is. Plain text that reads well in `git show` and on GitHub's tag page. Pure.
 */
export function submissionTagMessage({ report, commit, branch, madeOn }: TagMessageInput): string {
  const { total, catalogue } = report;
  const evaluationYear = catalogue.evaluationYear;
  const sectors = report.sectors.filter((sector) => sector.files > 0);
  const lines = [
    `Submission of the management agreements for ${report.cycle}`,
    "",
    `Instruction: ${catalogue.path} (${catalogue.reference})`,
    ...(report.deadline ? [`Deadline for updated agreements: ${report.deadline.date}`] : []),
    `Commit: ${commit} on ${branch}`,
    "",
    `Agreements: ${total.agreements} in ${sectors.length} ${sectors.length === 1 ? "administrative sector" : "administrative sectors"}, ${total.updated} updated for ${report.cycle}`,
    `Models: ${total.byModel["2017"]} on the 2017 model, ${total.byModel.legacy} on a legacy model`,
  ];
  if (evaluationYear !== null) {
    lines.push(`Evaluations of ${evaluationYear}: ${total.evaluationPresent ?? 0}, with ${bonusProposals(total, evaluationYear)} bonus proposals`);
  }
  lines.push(
    `Goals: ${total.goals}, of which ${total.goalsWithMetersAndCriteria} with meters and criteria`,
    `Agreed after the deadline: ${total.agreedAfterDeadline}`,
    `Lint: ${total.errors} errors, ${total.warnings} warnings`,
    "",
    "Per administrative sector:",
    ...table([
      ["Sector", "Agreements", "Updated", ...(evaluationYear === null ? [] : [`Evaluated ${evaluationYear}`, "Bonus proposals"]), "Goals", "With meters+criteria"],
      ...sectors.map((sector) => [
        sector.sector,
        String(sector.agreements),
        String(sector.updated),
        ...(evaluationYear === null ? [] : [String(sector.evaluationPresent ?? 0), String(bonusProposals(sector, evaluationYear))]),
        String(sector.goals),
        String(sector.goalsWithMetersAndCriteria),
      ]),
    ]),
    "",
    `Made with "agreements submit ${report.cycle}" on ${madeOn}.`,
    `Deadlines checked against: ${report.today}${report.today === madeOn ? " (the day it was made)" : " (given with --today)"}.`,
  );
  return `${lines.join("\n")}\n`;
}
