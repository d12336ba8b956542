import { remindWords } from "../messages/remind.js";
import type { Language } from "../model/types.js";
import type { Issue } from "../github/types.js";
import type { FileSummary } from "../model/summary.js";
import type { Catalogue, Localised } from "../model/types.js";
import { closingComment, reminderBody, reminderLabels, reminderTitle } from "./issue-text.js";
import { agreementStanding, type AgreementStanding } from "./pending.js";

/** How many days before the deadline the reminder is opened, unless told otherwise. */
export const DEFAULT_WINDOW_DAYS = 30;

export interface ReminderPlanInput {
  cycle: number;
  /** The cycle's goal catalogue: its update deadline and the evaluation it asks for. */
  catalogue: { path: string; catalogue: Catalogue };
  /** The deadline to remind of (YYYY-MM-DD); default: the catalogue's update deadline. */
  deadline?: string;
  /** Days before the deadline the reminder opens (default 30). After the deadline it stays until everything is done. */
  windowDays?: number;
  /** YYYY-MM-DD. */
  today: string;
  /** The repository's files as linted with `withData`: agreements (other kinds are ignored). */
  agreements: readonly FileSummary[];
  /** The rules that found something in each file (from the same lint): what is still open beyond the data. */
  findingRules?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The repository's open issues. */
  openIssues: readonly Issue[];
  /** The issue's language (the command passes --lang, else the config's, else Finnish); English when absent. */
  language?: Language;
}

export type ReminderAction =
  | { kind: "nothing"; reason: string }
  | { kind: "create"; title: string; body: string; labels: string[] }
  | { kind: "update"; issue: number; title: string; body: string; changes: ("title" | "body")[] }
  /** Closes the issue, ticking every box in its body, with a comment that says why. */
  | { kind: "close"; issue: number; body: string; comment: string };

export interface ReminderPlan {
  cycle: number;
  deadline: string;
  /** The first day the reminder is open. */
  opensOn: string;
  title: string;
  labels: string[];
  /** Every agreement and what it still lacks, by path. */
  standings: AgreementStanding[];
  action: ReminderAction;
  /** Other open reminders for the same cycle (made by hand or by an overlapping run): left alone, and named. */
  duplicates: number[];
}

/** An ISO date moved by whole days (calendar arithmetic in UTC, so no time zone can shift it). */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** The catalogue's update deadline (YYYY-MM-DD) and its title in each language, if it names one that exists. */
export function updateDeadline(catalogue: Catalogue): { date: string; title: Localised } | undefined {
  const deadline = catalogue.deadlines.find((candidate) => candidate.id === catalogue.updateDeadline);
  return deadline ? { date: deadline.date, title: deadline.title } : undefined;
}

/**
 * What to do about the cycle's reminder issue: open it once the window has opened and some agreement is
 * not done, bring its title and body up to date, close it once every agreement is done, and otherwise
 * nothing. The issue is found again by its labels (`cycle-<year>` and `reminder`). The text depends only
 * on the files, the deadline and whether it has passed, not on the day, so a run on the same files finds
 * nothing to do. Pure.
 */
export function buildReminderPlan(input: ReminderPlanInput): ReminderPlan {
  const { cycle, catalogue, today } = input;
  const known = updateDeadline(catalogue.catalogue);
  const deadline = input.deadline ?? known?.date;
  if (deadline === undefined) throw new RangeError(`${catalogue.path} names no update deadline to remind of`);
  const windowDays = input.windowDays ?? DEFAULT_WINDOW_DAYS;
  const opensOn = addDays(deadline, -windowDays);
  const words = remindWords(input.language);
  const title = reminderTitle(cycle, deadline, input.language);
  const labels = reminderLabels(cycle);

  const standings = input.agreements
    .filter((file) => file.kind === "agreement")
    .map((file) => agreementStanding(file, cycle, catalogue.catalogue, input.findingRules?.get(file.path), words))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pending = standings.filter((standing) => standing.missing.length > 0);
  const body = reminderBody({
    cycle,
    cataloguePath: catalogue.path,
    deadline,
    // The catalogue writes each deadline's title in all three languages: the issue shows the one in its own.
    deadlineTitle: known && (input.deadline === undefined || input.deadline === known.date) ? known.title[input.language ?? "en"] : "",
    ...(catalogue.catalogue.evaluationYear !== undefined ? { evaluationYear: catalogue.catalogue.evaluationYear } : {}),
    overdue: today > deadline,
    standings,
    ...(input.language !== undefined ? { language: input.language } : {}),
  });

  const ours = input.openIssues
    .filter((issue) => issue.state === "open" && labels.every((label) => issue.labels.includes(label)))
    .sort((a, b) => a.number - b.number);
  const [issue, ...duplicates] = ours;
  const plan: ReminderPlan = { cycle, deadline, opensOn, title, labels, standings, action: { kind: "nothing", reason: "" }, duplicates: duplicates.map((other) => other.number) };

  if (today < opensOn) {
    plan.action = { kind: "nothing", reason: `The reminder for ${cycle} opens on ${opensOn}, ${windowDays} days before the deadline ${deadline}.` };
  } else if (pending.length === 0) {
    plan.action = issue
      ? { kind: "close", issue: issue.number, body, comment: closingComment(cycle, standings.length, input.language) }
      : { kind: "nothing", reason: `Every agreement is updated for ${cycle}: no reminder is needed.` };
  } else if (!issue) {
    plan.action = { kind: "create", title, body, labels };
  } else {
    const changes: ("title" | "body")[] = [];
    if (issue.title !== title) changes.push("title");
    if (issue.body !== body) changes.push("body");
    plan.action = changes.length > 0 ? { kind: "update", issue: issue.number, title, body, changes } : { kind: "nothing", reason: `The reminder #${issue.number} is up to date.` };
  }
  return plan;
}
