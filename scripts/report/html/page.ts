import type { Language } from "../../model/types.js";
import { LABELS, type Labels } from "../labels.js";
import type { ReportModel, SectorCode } from "../model.js";
import type { ReportRenderer } from "../renderer.js";
import { MINISTRIES } from "../sectors.js";
import * as tables from "../tables.js";
import { escapeHtml } from "../../output/html-escape.js";
import { heatMap } from "./heat-map.js";
import { stackedBars } from "./stacked-bars.js";
import { STYLE } from "./style.js";
import { htmlTable } from "./table.js";

/**
 * Nothing may load or run: no script, no frame, no font, no image but data: URLs (there are none), styles
 * only inline. Even if some text slipped past escaping, the browser would refuse to act on it.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Chart colours: blue and orange tell apart with every common kind of colour blindness; grey is "unknown". */
const BLUE = { color: "#1b6ca8", textColor: "#ffffff" };
const ORANGE = { color: "#f0a04b", textColor: "#1a1a1a" };
const GREY = { color: "#a3acb5", textColor: "#1a1a1a" };

/** A bar's label: the ministry code, short enough for the chart (the table beside it has the full name). */
const barLabel = (labels: Labels, sector: SectorCode) => (sector === "unknown" ? labels.ministries.unknown : sector);

function updateChart(model: ReportModel, labels: Labels): string {
  return stackedBars({
    id: "chart-update",
    title: labels.captions.updateChart(model.cycle),
    series: [
      { label: labels.columns.updated(model.cycle), ...BLUE },
      { label: labels.columns.notUpdated, ...ORANGE },
      { label: labels.columns.unreadable, ...GREY },
    ],
    rows: model.sectors.map((summary) => ({ label: barLabel(labels, summary.sector), values: [summary.updated, summary.notUpdated, summary.unreadable] })),
  });
}

function modelChart(model: ReportModel, labels: Labels): string {
  return stackedBars({
    id: "chart-model",
    title: labels.captions.modelChart,
    series: [
      { label: labels.models["2017"], ...BLUE },
      { label: labels.models.legacy, ...ORANGE },
    ],
    rows: model.sectors.map((summary) => ({ label: barLabel(labels, summary.sector), values: [summary.byModel["2017"], summary.byModel.legacy] })),
  });
}

function goalHeatMap(model: ReportModel, labels: Labels, language: Language): string {
  return heatMap({
    id: "chart-goals",
    title: labels.captions.heatMap,
    columns: [...MINISTRIES],
    rows: model.goalMatrix.map((goal) => ({ label: goal.title[language], depth: goal.depth, values: MINISTRIES.map((code) => goal.bySector[code]) })),
  });
}

function figure(svg: string, caption: string): string {
  return `<figure>\n${svg}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

function section(id: string, heading: string, parts: string[]): string {
  return `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(heading)}</h2>\n${parts.join("\n")}\n</section>`;
}

function header(model: ReportModel, labels: Labels, language: Language): string {
  const deadline = model.deadline
    ? `${labels.deadline}: ${labels.date(model.deadline.date)} (${labels.daysLeft(model.deadline.daysLeft)}) – ${model.deadline.title[language]}`
    : labels.noDeadline;
  return [
    "<header>",
    `<h1>${escapeHtml(labels.reportTitle(model.cycle))}</h1>`,
    model.restricted ? `<p class="restricted" role="note">${escapeHtml(labels.restrictedNotice)}</p>` : "",
    '<ul class="meta">',
    `<li>${escapeHtml(labels.situationOn(model.today))}</li>`,
    `<li>${escapeHtml(`${labels.instruction}: ${model.catalogue.title[language]} (${model.catalogue.reference}), ${model.catalogue.path}`)}</li>`,
    `<li>${escapeHtml(deadline)}</li>`,
    "</ul>",
    "</header>",
  ].join("\n");
}

/**
 * One self-contained page: inline CSS and SVG charts, no script, no external URL, a strict
 * Content-Security-Policy. Each chart is followed by its data table; every text from a file is escaped.
 */
export const renderHtml: ReportRenderer = (model, options) => {
  const { language } = options;
  const labels = LABELS[language];
  const table = (built: tables.Table) => htmlTable(built, labels.none, labels.notApplicable);
  const people = tables.peopleTable(model, labels);
  const sections = [
    section("update", labels.sections.update, [figure(updateChart(model, labels), labels.captions.updateChart(model.cycle)), table(tables.updateTable(model, labels))]),
    section("coverage", labels.sections.coverage, [figure(modelChart(model, labels), labels.captions.modelChart), table(tables.coverageTable(model, labels))]),
    section("goals", labels.sections.goals, [
      figure(goalHeatMap(model, labels, language), labels.captions.heatMap),
      table(tables.goalMatrixTable(model, labels, language)),
      table(tables.unusedGoalsTable(model, labels, language)),
    ]),
    section("bonus", labels.sections.bonus, [table(tables.goalsTable(model, labels)), table(tables.goalsNotReadyTable(model, labels))]),
    section("evaluations", labels.sections.evaluations, [table(tables.evaluationsTable(model, labels))]),
    section("findings", labels.sections.findings, [table(tables.findingsTable(model, labels))]),
    section("agreements", labels.sections.agreements, [table(tables.agreementsTable(model, labels)), table(tables.unreadableTable(model, labels))]),
    ...(people ? [section("people", labels.sections.people, [`<p class="restricted" role="note">${escapeHtml(labels.restrictedNotice)}</p>`, table(people)])] : []),
  ];
  const html = [
    "<!doctype html>",
    `<html lang="${language}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(labels.reportTitle(model.cycle))}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    header(model, labels, language),
    "<main>",
    ...sections,
    "</main>",
    `<footer><p>${escapeHtml(labels.generatedBy)}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
  return [{ name: "report.html", content: html }];
};
