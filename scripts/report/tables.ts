import type { Language } from "../model/types.js";
import { LABELS, sectorName, type Labels } from "./labels.js";
import type { ReportModel, SectorCode, Summary } from "./model.js";
import { MINISTRIES } from "./sectors.js";

/** A number, a text, or null where a value does not apply (shown as a dash, or an empty CSV cell). */
export type Cell = string | number | null;

export interface Column {
  label: string;
  /** Right-aligned in Markdown and HTML. */
  numeric?: boolean;
  /** An identifier (goal id, rule id) that reads badly when broken at its hyphens: HTML keeps it on one line on screen. */
  code?: boolean;
}

/**
 * One table of the report, in one language: what Markdown, CSV and HTML all render, so the three never
 * disagree. Text in cells is raw (from agreement files): each renderer escapes it for its own format.
 */
export interface Table {
  /** File-safe name: the CSV file name and the HTML id. */
  name: string;
  caption: string;
  columns: Column[];
  rows: Cell[][];
  /** Rows that sum up the others (the totals), kept apart so HTML can put them in a tfoot. */
  totals: Cell[][];
  /** Nesting depth of each row (goals under their parent goal), where the table has a tree. */
  depths?: number[];
}

/** A right-aligned column of counts or years. */
const numeric = (label: string): Column => ({ label, numeric: true });

const yesNo = (labels: Labels, value: boolean | null): Cell => (value === null ? null : value ? labels.yes : labels.no);

function sectorRows(model: ReportModel, labels: Labels, cells: (summary: Summary) => Cell[]): Pick<Table, "rows" | "totals"> {
  return {
    rows: model.sectors.map((summary) => [sectorName(labels, summary.sector), ...cells(summary)]),
    totals: [[labels.total, ...cells(model.total)]],
  };
}

/** Updated for the cycle, evaluation present, agreed after the deadline, status: the data of the update chart. */
export function updateTable(model: ReportModel, labels: Labels): Table {
  const year = model.catalogue.evaluationYear;
  const columns: Column[] = [
    { label: labels.columns.sector },
    numeric(labels.columns.files),
    numeric(labels.columns.updated(model.cycle)),
    numeric(labels.columns.notUpdated),
    numeric(labels.columns.unreadable),
    ...(year === null ? [] : [numeric(labels.columns.evaluationPresent(year)), numeric(labels.columns.evaluationMissing(year))]),
    numeric(labels.columns.agreedAfterDeadline),
    numeric(labels.columns.placeholders),
    numeric(labels.columns.errors),
    { label: labels.columns.status },
  ];
  return {
    name: "update",
    caption: labels.captions.update(model.cycle),
    columns,
    ...sectorRows(model, labels, (summary) => [
      summary.files,
      summary.updated,
      summary.notUpdated,
      summary.unreadable,
      ...(year === null ? [] : [summary.evaluationPresent, summary.evaluationMissing]),
      summary.agreedAfterDeadline,
      summary.placeholders,
      summary.errors,
      labels.statuses[summary.status],
    ]),
  };
}

/** Agreements by model and by kind of official: the data of the model chart. */
export function coverageTable(model: ReportModel, labels: Labels): Table {
  return {
    name: "coverage",
    caption: labels.captions.coverage,
    columns: [
      { label: labels.columns.sector },
      numeric(labels.columns.agreements),
      numeric(labels.models["2017"]),
      numeric(labels.models.legacy),
      numeric(labels.kinds["ministry-head"]),
      numeric(labels.kinds["agency-head"]),
      numeric(labels.kinds["director-general"]),
      numeric(labels.kinds.other),
    ],
    ...sectorRows(model, labels, (summary) => [
      summary.agreements,
      summary.byModel["2017"],
      summary.byModel.legacy,
      summary.byKind["ministry-head"],
      summary.byKind["agency-head"],
      summary.byKind["director-general"],
      summary.byKind.other,
    ]),
  };
}

/** The goal x sector matrix: the data of the heat map. */
export function goalMatrixTable(model: ReportModel, labels: Labels, language: Language): Table {
  return {
    name: "goal-matrix",
    caption: labels.captions.goalMatrix,
    columns: [
      { label: labels.columns.goal },
      { label: labels.columns.goalId, code: true },
      ...MINISTRIES.map((code) => numeric(code)),
      numeric(labels.columns.total),
      numeric(labels.columns.totalWithSubGoals),
    ],
    rows: model.goalMatrix.map((goal) => [goal.title[language], goal.id, ...MINISTRIES.map((code) => goal.bySector[code]), goal.total, goal.totalWithSubGoals]),
    totals: [],
    depths: model.goalMatrix.map((goal) => goal.depth),
  };
}

export function unusedGoalsTable(model: ReportModel, labels: Labels, language: Language): Table {
  const byId = new Map(model.goalMatrix.map((goal) => [goal.id, goal]));
  return {
    name: "unused-goals",
    caption: labels.captions.unusedGoals,
    columns: [{ label: labels.columns.goal }, { label: labels.columns.goalId, code: true }],
    rows: model.unusedGoals.map((id) => [byId.get(id)?.title[language] ?? id, id]),
    totals: [],
  };
}

/** Goals of updated agreements: common goal chosen, meters and criteria for the result bonus. */
export function goalsTable(model: ReportModel, labels: Labels): Table {
  return {
    name: "goals",
    caption: labels.captions.bonus,
    columns: [
      { label: labels.columns.sector },
      numeric(labels.columns.updated(model.cycle)),
      numeric(labels.columns.withoutCommonGoal),
      numeric(labels.columns.goals),
      numeric(labels.columns.ready),
      numeric(labels.columns.notReady),
    ],
    ...sectorRows(model, labels, (summary) => [summary.updated, summary.withoutCommonGoal, summary.goals, summary.goalsWithMetersAndCriteria, summary.goalsWithoutMetersAndCriteria]),
  };
}

export function goalsNotReadyTable(model: ReportModel, labels: Labels): Table {
  return {
    name: "goals-not-ready",
    caption: labels.captions.goalsNotReady,
    columns: [
      { label: labels.columns.file },
      { label: labels.columns.sector },
      { label: labels.columns.goalId, code: true },
      { label: labels.columns.title },
      { label: labels.columns.section },
      { label: labels.columns.missing },
    ],
    rows: model.goalsNotReady.map((goal) => [
      goal.file,
      sectorName(labels, goal.sector),
      goal.goal,
      goal.title,
      labels.sectionNames[goal.section],
      goal.missing.map((part) => labels.missingParts[part]).join(", "),
    ]),
    totals: [],
  };
}

/** Evaluations and bonus proposals per sector and year: counts only, never per person. */
export function evaluationsTable(model: ReportModel, labels: Labels): Table {
  const rowsOf = (name: string, summary: Summary): Cell[][] => summary.evaluations.map((count) => [name, count.year, count.evaluations, count.bonusProposals]);
  return {
    name: "evaluations",
    caption: labels.captions.evaluations,
    columns: [
      { label: labels.columns.sector },
      numeric(labels.columns.year),
      numeric(labels.columns.evaluations),
      numeric(labels.columns.bonusProposals),
    ],
    rows: model.sectors.flatMap((summary) => rowsOf(sectorName(labels, summary.sector), summary)),
    totals: rowsOf(labels.total, model.total),
  };
}

export function findingsTable(model: ReportModel, labels: Labels): Table {
  const name = (sector: SectorCode | null) => (sector === null ? labels.catalogueFiles : sectorName(labels, sector));
  const errors = model.findings.reduce((sum, count) => sum + count.errors, 0);
  const warnings = model.findings.reduce((sum, count) => sum + count.warnings, 0);
  return {
    name: "findings",
    caption: labels.captions.findings,
    columns: [{ label: labels.columns.sector }, { label: labels.columns.rule, code: true }, numeric(labels.columns.errors), numeric(labels.columns.warnings)],
    rows: model.findings.map((count) => [name(count.sector), count.rule, count.errors, count.warnings]),
    totals: model.findings.length === 0 ? [] : [[labels.total, null, errors, warnings]],
  };
}

export function agreementsTable(model: ReportModel, labels: Labels): Table {
  return {
    name: "agreements",
    caption: labels.captions.agreements,
    columns: [
      { label: labels.columns.file },
      { label: labels.columns.sector },
      { label: labels.columns.title },
      { label: labels.columns.organisation },
      { label: labels.columns.model },
      { label: labels.columns.kind },
      numeric(labels.columns.cycle),
      { label: labels.columns.agreed },
      { label: labels.columns.updatedShort },
      { label: model.catalogue.evaluationYear === null ? labels.columns.evaluation : labels.columns.evaluationPresent(model.catalogue.evaluationYear) },
      { label: labels.columns.agreedAfterDeadline },
      { label: labels.columns.commonGoals },
    ],
    rows: model.agreements.map((row) => [
      row.file,
      sectorName(labels, row.sector),
      row.title,
      row.organisation,
      labels.models[row.model],
      labels.kinds[row.kind],
      row.cycle,
      row.agreed === null ? null : labels.date(row.agreed),
      yesNo(labels, row.updated),
      yesNo(labels, row.evaluationPresent),
      yesNo(labels, row.agreedAfterDeadline),
      row.commonGoals.join(", "),
    ]),
    totals: [],
  };
}

export function unreadableTable(model: ReportModel, labels: Labels): Table {
  return {
    name: "unreadable",
    caption: labels.captions.unreadable,
    columns: [{ label: labels.columns.file }, { label: labels.columns.sector }],
    rows: model.unreadable.map((file) => [file.file, sectorName(labels, file.sector)]),
    totals: [],
  };
}

/** Personal data: built only from a restricted model. */
export function peopleTable(model: ReportModel, labels: Labels): Table | undefined {
  if (!model.people) return undefined;
  return {
    name: "people",
    caption: labels.captions.people,
    columns: [
      { label: labels.columns.official },
      { label: labels.columns.officialTitle },
      { label: labels.columns.sector },
      { label: labels.columns.organisation },
      { label: labels.columns.file },
      numeric(labels.columns.year),
      { label: labels.columns.rating },
      { label: labels.columns.bonus },
    ],
    rows: model.people.map((person) => [
      person.official,
      person.officialTitle,
      sectorName(labels, person.sector),
      person.organisation,
      person.file,
      person.year,
      labels.ratings[person.rating],
      labels.bonuses[person.bonus],
    ]),
    totals: [],
  };
}

/** Every table of the report, in reading order. */
export function reportTables(model: ReportModel, language: Language): Table[] {
  const labels = LABELS[language];
  const people = peopleTable(model, labels);
  return [
    updateTable(model, labels),
    coverageTable(model, labels),
    goalMatrixTable(model, labels, language),
    unusedGoalsTable(model, labels, language),
    goalsTable(model, labels),
    goalsNotReadyTable(model, labels),
    evaluationsTable(model, labels),
    findingsTable(model, labels),
    agreementsTable(model, labels),
    unreadableTable(model, labels),
    ...(people ? [people] : []),
  ];
}
