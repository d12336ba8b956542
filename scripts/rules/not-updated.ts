import { daysBetween } from "../model/dates.js";
import { say } from "../messages/catalogue.js";
import { locate } from "../model/document.js";
import { findUpdateDeadline } from "../model/catalogue.js";
import { agreementRule } from "./rule.js";

/** How many days before a newer cycle's deadline the rule starts warning. */
const WARNING_DAYS = 30;

/**
 * An agreement must answer the newest instruction once that instruction's deadline for updated
 * agreements has passed; in the 30 days before the deadline the rule warns, so there is time for
 * the management discussion.
 */
export const notUpdated = agreementRule({
  id: "not-updated",
  defaultSeverity: "error",
  description: "The agreement must be updated for a newer yearly instruction once that instruction's deadline has passed.",
  check(file, context) {
    const { cycle } = file.view;
    if (cycle === undefined) return [];
    const newer = [...context.catalogues.values()]
      .map(({ catalogue }) => ({ cycle: catalogue.cycle, deadline: findUpdateDeadline(catalogue)?.date }))
      .filter((entry): entry is { cycle: number; deadline: string } => entry.cycle > cycle && entry.deadline !== undefined)
      .sort((a, b) => b.cycle - a.cycle);
    const at = locate(file, ["cycle"]);
    const overdue = newer.find((entry) => context.today > entry.deadline);
    if (overdue) {
      return [{
        text: say("not-updated.overdue", { cycle, newer: overdue.cycle, deadline: overdue.deadline }),
        ...at,
      }];
    }
    const upcoming = newer
      .map((entry) => ({ ...entry, daysLeft: daysBetween(context.today, entry.deadline) }))
      .filter((entry) => entry.daysLeft >= 0 && entry.daysLeft <= WARNING_DAYS)
      .sort((a, b) => a.daysLeft - b.daysLeft)[0];
    if (!upcoming) return [];
    return [{
      text: say("not-updated.upcoming", { cycle, newer: upcoming.cycle, deadline: upcoming.deadline, daysLeft: upcoming.daysLeft }),
      severity: "warning",
      ...at,
    }];
  },
});
