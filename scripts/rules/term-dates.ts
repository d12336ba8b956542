import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
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
        text: say("term-dates.reversed", { start: term.start, end: term.end }),
        ...locate(file, ["term", "end"]),
      }];
    }
    const reports: Report[] = [];
    // A date after the term is `agreed-in-cycle`'s finding, with the other dates a cycle cannot have.
    if (agreed !== undefined && agreed < start) {
      reports.push({
        text: say("term-dates.agreed-before-term", { agreed, start }),
        ...locate(file, ["agreed"]),
      });
    }
    const lastEvaluationDay = oneYearLater(end);
    evaluations.forEach((evaluation, index) => {
      if (evaluation?.date === undefined || (evaluation.date >= start && evaluation.date <= lastEvaluationDay)) return;
      reports.push({
        text:
          evaluation.date < start
            ? say("term-dates.evaluation-before-term", { year: evaluation.year, date: evaluation.date, start })
            : say("term-dates.evaluation-after-term", { year: evaluation.year, date: evaluation.date, end }),
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
