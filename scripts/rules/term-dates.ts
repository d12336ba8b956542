import { locate } from "../model/document.js";
import { agreementRule, type Report } from "./rule.js";

/**
 * The term must run forwards, the agreement must be agreed within it, and evaluations must fall
 * within it. An evaluation may come up to one year after the term ends, because the term's last
 * year is only evaluated in the following spring.
 */
export const termDates = agreementRule({
  id: "term-dates",
  defaultSeverity: "error",
  description: "The term must start before it ends, the agreement must not be agreed before it, and its evaluations must be dated within it.",
  check(file) {
    const { term, agreed, evaluations = [] } = file.view;
    // Every check here measures against the term: without both valid dates there is nothing to measure.
    if (term?.start === undefined || term.end === undefined) return [];
    const { start, end } = term;
    if (start > end) {
      // With the term reversed every other date would look outside it; one finding on the cause is enough.
      return [{
        message: `The term ends (${term.end}) before it starts (${term.start}).`,
        hint: "Check term: start is the first day of the agreement and end its last day; the two may have been swapped.",
        ...locate(file, ["term", "end"]),
      }];
    }
    const reports: Report[] = [];
    // A date after the term is `agreed-in-cycle`'s finding, with the other dates a cycle cannot have.
    if (agreed !== undefined && agreed < start) {
      reports.push({
        message: `The agreement was agreed on ${agreed}, before its term starts (${start}).`,
        hint: "Check agreed: (the date of the management discussion) and term:. An agreement for a new term is a new agreement.",
        ...locate(file, ["agreed"]),
      });
    }
    const lastEvaluationDay = oneYearLater(term.end);
    evaluations.forEach((evaluation, index) => {
      if (evaluation?.date === undefined || (evaluation.date >= start && evaluation.date <= lastEvaluationDay)) return;
      reports.push({
        message:
          evaluation.date < start
            ? `The evaluation of ${evaluation.year} is dated ${evaluation.date}, before the term starts (${start}).`
            : `The evaluation of ${evaluation.year} is dated ${evaluation.date}, more than a year after the term ends (${term.end}).`,
        hint: "Check the evaluation's date: (the day of the discussion that evaluated the year). An evaluation may come up to one year after the term ends.",
        ...locate(file, ["evaluations", index, "date"]),
      });
    });
    return reports;
  },
});

/** The same day one year later, as text; 29 February becomes "YYYY-02-29", which still compares correctly. */
function oneYearLater(date: string): string {
  return `${String(Number(date.slice(0, 4)) + 1).padStart(4, "0")}${date.slice(4)}`;
}
