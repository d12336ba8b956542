import type { AgreementChange, Value } from "../changes/types.js";
import { formatDate } from "../document/dates.js";
import { DOCUMENT_LABELS, type DocumentLabels } from "../document/labels.js";
import { changeWords, fieldName, isDateField } from "../messages/changes.js";
import { escapeHtml, htmlPage, simpleTable } from "../document/page.js";
import type { Finding } from "../lint/finding.js";
import { daysBetween } from "../model/dates.js";
import type { Agreement, Catalogue, CatalogueGoal, Language } from "../model/types.js";

export interface BriefInput {
  agreement: Agreement;
  /** The agreement's file as text, to find every TO BE FILLED. */
  source: string;
  /** What changed since `since`; undefined when there was nothing to compare with. */
  change?: AgreementChange;
  since?: string;
  /** The instruction of the agreement's cycle, when it can be read. */
  catalogue?: Catalogue;
  /** The lint's findings on this agreement's file. */
  findings: readonly Finding[];
  today: string;
  language?: Language;
  restricted?: boolean;
}

const MARKER = "TO BE FILLED";

function section(id: string, heading: string, content: string): string {
  return `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(heading)}</h2>\n${content}\n</section>`;
}

function list(items: readonly string[], className?: string): string {
  return `<ul${className ? ` class="${className}"` : ""}>${items.map((item) => `<li>${item}</li>`).join("\n")}</ul>`;
}

const shown = (value: Value | undefined) => (value === undefined || value === null ? "–" : String(value));

/** A date field's value the language's way (as in the rest of the brief); any other value as written. */
const shownIn = (value: Value | undefined, field: string, language: Language) =>
  isDateField(field) && typeof value === "string" ? formatDate(value, language) : shown(value);

/**
 * The change in the brief's words: one escaped line per goal, field, evaluation or text section changed.
 * Fields are named as the change list names them (`agreements diff`), not by their keys.
 */
function changeLines(change: AgreementChange, labels: DocumentLabels, restricted: boolean, language: Language): string[] {
  const words = labels.changeLines;
  const lines: string[] = [];
  if (change.status === "added") lines.push(escapeHtml(words.fileAdded));
  for (const field of change.fields) {
    lines.push(escapeHtml(`${words.field(fieldName(field.field, language))}: ${shownIn(field.before, field.field, language)} → ${shownIn(field.after, field.field, language)}`));
  }
  for (const goal of change.goals) {
    if (goal.kind === "added") lines.push(escapeHtml(`${words.goalAdded}: ${goal.goal.title}`));
    else if (goal.kind === "removed") lines.push(escapeHtml(`${words.goalRemoved}: ${goal.goal.title}`));
    else {
      const targets = goal.details.flatMap((detail) => (detail.kind === "meter-changed" && detail.field === "target" ? [words.meterTarget(detail.name, shown(detail.before), shown(detail.after))] : []));
      lines.push(escapeHtml(`${words.goalChanged}: ${goal.title}`) + (targets.length > 0 ? list(targets.map((target) => escapeHtml(target))) : ""));
    }
  }
  for (const evaluation of change.evaluations) {
    if (evaluation.kind === "added") lines.push(escapeHtml(words.evaluationAdded(evaluation.evaluation.year)));
    else if (evaluation.kind === "removed") lines.push(escapeHtml(words.evaluationRemoved(evaluation.evaluation.year)));
    else {
      // Summaries, ratings and bonus proposals are personal data: their values only in a restricted brief.
      const fields = evaluation.changes.filter((item) => restricted || (item.field !== "rating" && item.field !== "bonus" && item.field !== "summary"));
      const names = changeWords(language).evaluationFields;
      const value = (field: string, raw: Value | undefined) => {
        const table: Readonly<Record<string, string>> | undefined = field === "rating" ? labels.ratings : field === "bonus" ? labels.bonuses : undefined;
        return table && typeof raw === "string" && Object.hasOwn(table, raw) ? table[raw]! : shownIn(raw, field, language);
      };
      const described = fields.map((item) => `${names[item.field]} ${value(item.field, item.before)} → ${value(item.field, item.after)}`);
      lines.push(escapeHtml(`${words.evaluationChanged(evaluation.year)}${described.length > 0 ? `: ${described.join("; ")}` : ""}`));
    }
  }
  for (const text of change.sections) lines.push(escapeHtml(words.text(text.kind === "renamed" ? text.after : text.heading)));
  return lines;
}

function goalsTable(agreement: Agreement, labels: DocumentLabels): string {
  const rows = agreement.goals.flatMap((goal) =>
    goal.meters && goal.meters.length > 0 ? goal.meters.map((meter) => [goal.title, meter.name, meter.baseline ?? labels.noBaseline, meter.target]) : [[goal.title, "–", "–", "–"]],
  );
  return simpleTable(labels.goalsAndMeters, [labels.goal, labels.meter, labels.baseline, labels.target], rows);
}

function lastEvaluation(agreement: Agreement, labels: DocumentLabels, language: Language, restricted: boolean): string {
  const newest = [...(agreement.evaluations ?? [])].sort((a, b) => b.year - a.year)[0];
  if (!newest) return `<p>${escapeHtml(labels.noEvaluations)}</p>`;
  const facts: [string, string][] = [
    [labels.year, String(newest.year)],
    [labels.date, formatDate(newest.date, language)],
    ...(restricted ? ([[labels.summary, newest.summary], [labels.rating, labels.ratings[newest.rating]], [labels.bonus, labels.bonuses[newest.bonus]]] as [string, string][]) : []),
  ];
  return `<dl class="facts">${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>`;
}

function commonGoals(goals: readonly CatalogueGoal[], chosen: ReadonlySet<string>, labels: DocumentLabels, language: Language): string {
  return list(
    goals.map((goal) => {
      const mark = chosen.has(goal.id) ? labels.chosen : labels.notChosen;
      const children = goal.children && goal.children.length > 0 ? commonGoals(goal.children, chosen, labels, language) : "";
      return `${escapeHtml(goal.title[language])} <em>(${escapeHtml(mark)})</em>${children}`;
    }),
  );
}

function requirements(input: BriefInput, catalogue: Catalogue, labels: DocumentLabels, language: Language): string {
  const chosen = new Set(input.agreement.goals.flatMap((goal) => (goal.common ? [goal.common] : [])));
  const deadlines = [...catalogue.deadlines]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((deadline) => [deadline.title[language], formatDate(deadline.date, language), labels.daysLeft(daysBetween(input.today, deadline.date))]);
  return [
    `<h3>${escapeHtml(labels.commonGoalsToChoose)}</h3>`,
    commonGoals(catalogue.goals, chosen, labels, language),
    `<p>${escapeHtml(catalogue.bonus.goalsNeedMetersAndCriteria ? labels.bonusNeedsMeters : labels.bonusNoMeters)}</p>`,
    `<h3>${escapeHtml(labels.deadlines)}</h3>`,
    simpleTable(labels.deadlines, [labels.deadline, labels.date, labels.daysLeftColumn], deadlines),
  ].join("\n");
}

function openPoints(input: BriefInput, labels: DocumentLabels): string {
  const items: { line: number; text: string }[] = input.findings.map((finding) => ({ line: finding.line, text: labels.finding(finding.line, finding.column, `${finding.message} ${finding.hint}`.trim()) }));
  const reported = new Set(input.findings.filter((finding) => finding.rule === "to-be-filled").map((finding) => finding.line));
  input.source.split("\n").forEach((text, index) => {
    if (text.includes(MARKER) && !reported.has(index + 1)) items.push({ line: index + 1, text: labels.toBeFilled(index + 1) });
  });
  if (items.length === 0) return `<p>${escapeHtml(labels.noOpenPoints)}</p>`;
  return list(items.sort((a, b) => a.line - b.line).map((item) => escapeHtml(item.text)), "checklist");
}

/**
 * The brief for the yearly management discussion, one or two pages: what changed since last year's
 * agreement, the goals with their meters' baseline and target, the last evaluation, what the cycle's
 * instruction requires with the days left, and the open points as a checklist. Pure.
 */
export function renderBriefHtml(input: BriefInput): string {
  const { agreement } = input;
  const language = input.language ?? agreement.language;
  const labels = DOCUMENT_LABELS[language];
  const restricted = input.restricted === true;
  const title = labels.briefTitle(agreement.title);
  const { official, superior } = agreement.parties;
  const facts: [string, string][] = [
    [labels.official, `${official.name}, ${official.title}`],
    [labels.superior, `${superior.name}, ${superior.title}`],
    [labels.cycle, String(agreement.cycle)],
    [labels.date, formatDate(input.today, language)],
  ];
  const changes =
    input.since === undefined
      ? `<p>${escapeHtml(labels.noEarlier)}</p>`
      : input.change === undefined
        ? `<p>${escapeHtml(labels.noChanges)}</p>`
        : (() => {
            const lines = changeLines(input.change, labels, restricted, language);
            return lines.length > 0 ? list(lines) : `<p>${escapeHtml(labels.noChanges)}</p>`;
          })();
  const main = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl class="facts">${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>`,
    section("changes", input.since === undefined ? labels.changes : labels.changesSince(input.since), changes),
    section("goals", labels.goalsAndMeters, goalsTable(agreement, labels)),
    section("last-evaluation", labels.lastEvaluation, lastEvaluation(agreement, labels, language, restricted)),
    ...(input.catalogue ? [section("requirements", labels.requires(input.catalogue.cycle), requirements(input, input.catalogue, labels, language))] : []),
    section("open-points", labels.openPoints, openPoints(input, labels)),
  ].join("\n");
  return htmlPage({ language, title, main, ...(restricted ? { restrictedNotice: labels.restrictedNotice } : {}) });
}
