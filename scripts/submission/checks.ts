import { listPaths } from "../git/guards.js";
import { cataloguePath } from "../layout/paths.js";
import type { Finding } from "../lint/finding.js";
import type { FileSummary } from "../model/summary.js";
import type { Catalogue } from "../model/types.js";

export interface SubmissionCheckInput {
  year: number;
  /** The files of the lint run (agreements and catalogues), summarised with their data. */
  files: readonly FileSummary[];
  findings: readonly Finding[];
  /** The cycle's catalogue, when it exists and can be read. */
  catalogue?: { path: string; catalogue: Catalogue };
}

/** The year whose evaluation a cycle's submission carries: the catalogue's, else the year before. */
export function submittedEvaluationYear(year: number, catalogue: Catalogue | undefined): number {
  return catalogue?.evaluationYear ?? year - 1;
}

/**
 * Why the agreements cannot be submitted for `year`, each with what to do; empty when they can. Pure.
 * Lint errors come first, because fixing them often settles the rest.
 */
export function submissionProblems(input: SubmissionCheckInput): string[] {
  const { year } = input;
  const problems: string[] = [];
  // Without the cycle's catalogue nothing else can be judged: one sentence, not advice that cannot work.
  if (!input.catalogue) {
    return [`There is no readable goal catalogue for ${year} (${cataloguePath(year)}), so there is no ${year} cycle to submit; check the year, or run "agreements lint ${cataloguePath(year)}" if the file is there.`];
  }
  const errors = input.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) {
    const files = new Set(errors.map((finding) => finding.file)).size;
    problems.push(
      [
        `"agreements lint" finds ${errors.length === 1 ? "1 error" : `${errors.length} errors`} in ${files === 1 ? "1 file" : `${files} files`}:`,
        listPaths(errors.map((finding) => `${finding.file}:${finding.line}:${finding.column}  ${finding.message}  (${finding.rule})`)),
        'Fix them (run "agreements lint" for the hints), merge the fixes, and run the submission again.',
      ].join("\n"),
    );
  }

  const agreements = input.files.flatMap((file) => (file.kind === "agreement" && file.agreement ? [{ path: file.path, agreement: file.agreement }] : []));
  if (agreements.length === 0 && input.files.every((file) => file.kind !== "agreement")) {
    problems.push("There are no agreements under agreements/, so there is nothing to submit.");
  }
  const behind = agreements.filter(({ agreement }) => agreement.cycle !== year);
  if (behind.length > 0) {
    problems.push(
      [
        `${behind.length === 1 ? "1 agreement does" : `${behind.length} agreements do`} not answer the ${year} cycle:`,
        listPaths(behind.map(({ path, agreement }) => `${path} (cycle: ${agreement.cycle})`)),
        `Roll them forward ("agreements cycle open ${year}"), complete them after the discussions, and merge them before submitting.`,
      ].join("\n"),
    );
  }
  const evaluationYear = submittedEvaluationYear(year, input.catalogue?.catalogue);
  // As in the evaluation-missing rule: an official whose term began after that year had nothing to be evaluated on.
  const unevaluated = agreements.filter(
    ({ agreement }) => agreement.term.start <= `${evaluationYear}-12-31` && !(agreement.evaluations ?? []).some((evaluation) => evaluation.year === evaluationYear),
  );
  if (unevaluated.length > 0) {
    problems.push(
      [
        `${unevaluated.length === 1 ? "1 agreement lacks" : `${unevaluated.length} agreements lack`} the evaluation of ${evaluationYear}:`,
        listPaths(unevaluated.map(({ path }) => path)),
        `Add the evaluation of ${evaluationYear} from the management discussion to each (year, date, rating, summary, bonus) and merge them.`,
      ].join("\n"),
    );
  }
  return problems;
}
