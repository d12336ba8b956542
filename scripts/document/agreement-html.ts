import type { Root } from "mdast";
import type { Agreement, AgreementGoal, Language, SectionId } from "../model/types.js";
import { formatDate } from "./dates.js";
import { DOCUMENT_LABELS, type DocumentLabels } from "./labels.js";
import { bodyToHtml } from "./markdown.js";
import { escapeHtml, htmlPage, simpleTable } from "./page.js";

export interface RenderOptions {
  /** Default: the agreement's own language. */
  language?: Language;
  /** Show the evaluations' summaries, ratings and bonus proposals (personal data); only in files named restricted-*. */
  restricted?: boolean;
}

/** An agreement to render: its data (passed the schema) and its body as the model parsed it. */
export interface RenderInput {
  agreement: Agreement;
  bodyTree?: Root;
}

const SECTIONS: readonly SectionId[] = ["common", "result", "leadership", "development"];
const LEVELS = ["excellent", "good", "satisfactory", "poor"] as const;

function header(agreement: Agreement, labels: DocumentLabels, language: Language): string {
  const { official, superior } = agreement.parties;
  const facts: [string, string][] = [
    [labels.organisation, agreement.organisation],
    [labels.official, `${official.name}, ${official.title}`],
    [labels.superior, `${superior.name}, ${superior.title}`],
    [labels.term, `${formatDate(agreement.term.start, language)} – ${formatDate(agreement.term.end, language)}`],
    [labels.cycle, String(agreement.cycle)],
    [labels.agreed, formatDate(agreement.agreed, language)],
  ];
  return [
    `<h1>${escapeHtml(agreement.title)}</h1>`,
    `<dl class="facts" aria-label="${escapeHtml(labels.facts)}">`,
    ...facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`),
    "</dl>",
  ].join("\n");
}

function goalHtml(goal: AgreementGoal, labels: DocumentLabels): string {
  const parts = [`<h3>${escapeHtml(goal.title)}</h3>`];
  if (goal.measures && goal.measures.length > 0) {
    parts.push(`<p><strong>${escapeHtml(labels.measures)}</strong></p>`, `<ul>${goal.measures.map((measure) => `<li>${escapeHtml(measure)}</li>`).join("")}</ul>`);
  }
  if (goal.meters && goal.meters.length > 0) {
    parts.push(
      simpleTable(
        labels.meters(goal.title),
        [labels.meter, labels.baseline, labels.target, labels.unit],
        goal.meters.map((meter) => [meter.name, meter.baseline ?? "", meter.target, meter.unit ?? ""]),
        "meters",
      ),
    );
  }
  const criteria = LEVELS.filter((level) => goal.criteria?.[level] !== undefined);
  if (criteria.length > 0) {
    parts.push(
      `<p><strong>${escapeHtml(labels.criteria)}</strong></p>`,
      `<dl class="facts">${criteria.map((level) => `<dt>${escapeHtml(labels.criteriaLevels[level])}</dt><dd>${escapeHtml(goal.criteria![level]!)}</dd>`).join("")}</dl>`,
    );
  }
  return parts.join("\n");
}

function section(id: string, heading: string, content: string): string {
  return `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(heading)}</h2>\n${content}\n</section>`;
}

function goalSections(agreement: Agreement, labels: DocumentLabels): string[] {
  if (agreement.model === "legacy") {
    // The older model has no four sections of its own: the goals stand in the order the file gives them.
    const goals = agreement.goals.map((goal) => goalHtml(goal, labels)).join("\n");
    return [section("goals", labels.legacyGoals, `<p class="notice">${escapeHtml(labels.legacyNotice)}</p>\n${goals || `<p>${escapeHtml(labels.noGoals)}</p>`}`)];
  }
  return SECTIONS.map((id) => {
    const goals = agreement.goals.filter((goal) => goal.section === id);
    return section(`section-${id}`, labels.sections[id], goals.length > 0 ? goals.map((goal) => goalHtml(goal, labels)).join("\n") : `<p>${escapeHtml(labels.noGoals)}</p>`);
  });
}

function evaluations(agreement: Agreement, labels: DocumentLabels, language: Language, restricted: boolean): string {
  const list = agreement.evaluations ?? [];
  if (list.length === 0) return section("evaluation", labels.evaluation, `<p>${escapeHtml(labels.noEvaluations)}</p>`);
  // The summary judges a named person as much as the rating does: all three are personal data, so a public
  // document (and the submission package and release built from it) shows only that an evaluation was made.
  const columns = [labels.year, labels.date, ...(restricted ? [labels.summary, labels.rating, labels.bonus] : [])];
  const rows = list.map((evaluation) => [
    String(evaluation.year),
    formatDate(evaluation.date, language),
    ...(restricted ? [evaluation.summary, labels.ratings[evaluation.rating], labels.bonuses[evaluation.bonus]] : []),
  ]);
  const leftOut = restricted ? "" : `\n<p>${escapeHtml(labels.restrictedLeftOut)}</p>`;
  return section("evaluation", labels.evaluation, `${simpleTable(labels.evaluationsCaption, columns, rows)}${leftOut}`);
}

function signatures(agreement: Agreement, labels: DocumentLabels): string {
  const block = (role: "official" | "superior") => {
    const party = agreement.parties[role];
    return [
      `<div class="signature" role="group" aria-label="${escapeHtml(`${labels.partyRole[role]}: ${party.name}`)}">`,
      `<p><strong>${escapeHtml(labels.partyRole[role])}</strong></p>`,
      "<dl>",
      `<dt>${escapeHtml(labels.place)}</dt><dd></dd>`,
      `<dt>${escapeHtml(labels.date)}</dt><dd></dd>`,
      `<dt>${escapeHtml(labels.name)}</dt><dd>${escapeHtml(party.name)}</dd>`,
      `<dt>${escapeHtml(labels.title)}</dt><dd>${escapeHtml(party.title)}</dd>`,
      "</dl>",
      "</div>",
    ].join("\n");
  };
  return section("signatures", labels.signatures, `<div class="signatures">\n${block("official")}\n${block("superior")}\n</div>`);
}

/**
 * One agreement as a self-contained page in the 2017 model's layout: the header, the four sections with
 * each goal's measures, meters and criteria, the body text, the evaluations and the signature block.
 * Every value from the file is escaped; the body goes through the sanitiser. Pure.
 */
export function renderAgreementHtml(input: RenderInput, options: RenderOptions = {}): string {
  const { agreement } = input;
  const language = options.language ?? agreement.language;
  const restricted = options.restricted === true;
  const labels = DOCUMENT_LABELS[language];
  const body = input.bodyTree && input.bodyTree.children.length > 0 ? section("body-text", labels.bodyText, `<div class="body-text">\n${bodyToHtml(input.bodyTree)}\n</div>`) : "";
  const main = [header(agreement, labels, language), ...goalSections(agreement, labels), body, evaluations(agreement, labels, language, restricted), signatures(agreement, labels)]
    .filter(Boolean)
    .join("\n");
  return htmlPage({ language, title: agreement.title, main, ...(restricted ? { restrictedNotice: labels.restrictedNotice } : {}) });
}
