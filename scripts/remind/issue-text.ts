import { GITHUB_LIMITS } from "../github/types.js";
import { codeSpan, escapeMarkdownText } from "../output/markdown-escape.js";
import { LABELS, sectorName } from "../report/labels.js";
import { remindWords } from "../messages/remind.js";
import type { Language } from "../model/types.js";
import type { SectorCode } from "../report/model.js";
import { sectorRank } from "../report/sectors.js";
import type { AgreementStanding } from "./pending.js";


/** Lets the issue be recognised as this command's by eye and by tools; the labels are what find it. */
function reminderMarker(cycle: number): string {
  return `<!-- agreements remind: cycle ${cycle} -->`;
}

export function reminderTitle(cycle: number, deadline: string, language?: Language): string {
  return remindWords(language).title(cycle, deadline);
}

export function reminderLabels(cycle: number): string[] {
  return [`cycle-${cycle}`, "reminder"];
}

export interface ReminderTextInput {
  cycle: number;
  cataloguePath: string;
  deadline: string;
  /** The deadline's title from the catalogue, in the issue's language; empty when another date was given. */
  deadlineTitle: string;
  evaluationYear?: number;
  /** Whether `today` is past the deadline: the text says so. It names no other date, so it stays the same from day to day. */
  overdue: boolean;
  standings: readonly AgreementStanding[];
  /** The issue's language: the config's (default Finnish) as the command passes it; English when absent. */
  language?: Language;
}

function item(standing: AgreementStanding, withMentions: boolean): string {
  const done = standing.missing.length === 0;
  const title = standing.title === undefined ? "" : ` ${escapeMarkdownText(standing.title)}`;
  const mentions = withMentions && !done && standing.logins.length > 0 ? ` (${standing.logins.map((login) => `@${login}`).join(", ")})` : "";
  const missing = done ? "" : `: ${standing.missing.join("; ")}`;
  return `- [${done ? "x" : " "}] ${codeSpan(standing.path)}${title}${mentions}${missing}`;
}

/**
 * The reminder's body: the deadline, what to do, and per administrative sector a checklist of every
 * agreement, ticked when it is done, with the parties of the ones not done mentioned (GitHub notifies them
 * when the issue is opened, and whoever is newly mentioned when it is edited). Text from the agreements is
 * escaped, so a title can neither format the issue nor mention anyone. Pure.
 */
export function reminderBody(input: ReminderTextInput): string {
  const pending = input.standings.filter((standing) => standing.missing.length > 0);
  const total = input.standings.length;
  const labels = LABELS[input.language ?? "en"];
  const words = remindWords(input.language);
  const head = [
    reminderMarker(input.cycle),
    pending.length === 0
      ? words.allUpdated(input.cycle, total)
      : input.overdue
      ? words.overdue(input.cycle, input.deadline, pending.length, total)
      : words.due(input.cycle, input.deadline, input.deadlineTitle ? escapeMarkdownText(input.deadlineTitle) : "", pending.length, total),
    "",
    words.whatToDo(input.cycle, input.evaluationYear, codeSpan(input.cataloguePath)),
    "",
  ];
  const foot = [words.foot, ""];

  const bySector = new Map<SectorCode, AgreementStanding[]>();
  for (const standing of input.standings) bySector.set(standing.sector, [...(bySector.get(standing.sector) ?? []), standing]);
  const sectors = [...bySector.keys()].sort((a, b) => sectorRank(a) - sectorRank(b));
  const render = (withDone: boolean, limitPending = Infinity): string[] => {
    const lines: string[] = [];
    let shown = 0;
    for (const sector of sectors) {
      const standings = bySector.get(sector)!.filter((standing) => withDone || standing.missing.length > 0);
      if (standings.length === 0) continue;
      const sectorLines: string[] = [];
      for (const standing of standings) {
        if (standing.missing.length > 0 && shown >= limitPending) continue;
        if (standing.missing.length > 0) shown++;
        sectorLines.push(item(standing, true));
      }
      if (sectorLines.length > 0) lines.push(`### ${sectorName(labels, sector)}`, "", ...sectorLines, "");
    }
    if (!withDone && total > pending.length) lines.push(words.doneNotListed(total - pending.length), "");
    if (shown < pending.length) lines.push(words.moreNotListed(pending.length - shown), "");
    return lines;
  };
  const fits = (lines: string[]) => [...head, ...lines, ...foot].join("\n").length <= GITHUB_LIMITS.commentBody;
  let list = render(true);
  if (!fits(list)) list = render(false);
  // Still too long: list as many of those not done as fit (rarely needed: thousands of agreements).
  for (let limit = pending.length; !fits(list) && limit > 0; limit = Math.floor(limit * 0.9)) list = render(false, limit);
  return [...head, ...list, ...foot].join("\n").trimEnd() + "\n";
}

export function closingComment(cycle: number, total: number, language?: Language): string {
  return remindWords(language).closing(cycle, total);
}
