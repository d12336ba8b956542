import { findUpdateDeadline } from "../model/catalogue.js";
import { say } from "../messages/catalogue.js";
import { locate } from "../model/document.js";
import { agreementRule, type Report } from "./rule.js";

/**
 * `agreed:` dates the discussion that agreed this version for its cycle. A date before the previous
 * cycle's deadline belongs to an earlier cycle (usually `cycle:` was raised and `agreed:` forgotten), and a
 * date after the official's term cannot be a discussion of this agreement at all. Without the previous
 * year's catalogue, the earliest date a cycle's discussion can have is 1 January of the year before it.
 */
export const agreedInCycle = agreementRule({
  id: "agreed-in-cycle",
  defaultSeverity: "error",
  description: "The agreed: date must fall within the cycle: not before the previous cycle's deadline, and not after the term.",
  check(file, context) {
    const { agreed, cycle, term } = file.view;
    if (agreed === undefined) return [];
    const at = locate(file, ["agreed"]);
    const reports: Report[] = [];
    if (cycle !== undefined) {
      const previous = context.catalogues.get(cycle - 1);
      const previousDeadline = previous && findUpdateDeadline(previous.catalogue)?.date;
      const earliest = previousDeadline ?? `${String(cycle - 1).padStart(4, "0")}-01-01`;
      if (agreed < earliest) {
        reports.push({
          text: previousDeadline
            ? say("agreed-in-cycle.before-previous-deadline", { agreed, cycle, previousDeadline })
            : say("agreed-in-cycle.too-early", { agreed, cycle, earliest }),
          ...at,
        });
      }
    }
    if (term?.end !== undefined && agreed > term.end) {
      reports.push({
        text: say("agreed-in-cycle.after-term", { agreed, termEnd: term.end }),
        ...at,
      });
    }
    return reports;
  },
});
