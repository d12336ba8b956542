import { escapeMarkdownCell, neutraliseMentionsAndLinks } from "../output/markdown-escape.js";
import { LABELS } from "./labels.js";
import type { ReportModel } from "./model.js";
import type { ReportRenderer } from "./renderer.js";
import { reportTables, type Cell, type Table } from "./tables.js";

/** Text from an agreement in the report: unable to end a cell, become HTML, a link, emphasis or a mention, or hide its direction; apostrophes stay readable in a terminal. */
const cellText = (text: string): string => neutraliseMentionsAndLinks(escapeMarkdownCell(text));

/**
 * Headed tables, fit for a release note or a pull request comment. Every cell is escaped (`cellText`): text from an agreement can neither end a cell nor become HTML, a link,
 * emphasis or a mention, nor hide its direction.
 */
export const renderMarkdown: ReportRenderer = (model, options) => {
  const labels = LABELS[options.language];
  const lines = [`# ${labels.reportTitle(model.cycle)}`, "", ...headerLines(model, options.language), ""];
  for (const table of reportTables(model, options.language)) lines.push(`## ${cellText(table.caption)}`, "", ...markdownTable(table, labels.none, labels.notApplicable), "");
  lines.push(`_${labels.generatedBy}_`, "");
  return [{ name: "report.md", content: lines.join("\n") }];
};

function headerLines(model: ReportModel, language: keyof typeof LABELS): string[] {
  const labels = LABELS[language];
  const lines: string[] = [];
  if (model.restricted) lines.push(`> **${labels.restrictedNotice}**`, "");
  lines.push(`- ${labels.situationOn(model.today)}`);
  lines.push(`- ${labels.instruction}: ${cellText(model.catalogue.title[language])} (${cellText(model.catalogue.reference)}), ${cellText(model.catalogue.path)}`);
  lines.push(
    model.deadline
      ? `- ${labels.deadline}: ${labels.date(model.deadline.date)} (${labels.daysLeft(model.deadline.daysLeft)}): ${cellText(model.deadline.title[language])}`
      : `- ${labels.noDeadline}`,
  );
  return lines;
}

function markdownTable(table: Table, none: string, notApplicable: string): string[] {
  if (table.rows.length === 0 && table.totals.length === 0) return [none];
  const cell = (value: Cell) => (value === null ? notApplicable : typeof value === "number" ? String(value) : cellText(value));
  const row = (cells: Cell[], depth = 0, bold = false) =>
    `| ${cells.map((value, index) => {
      const text = (index === 0 && depth > 0 ? "↳ ".repeat(depth) : "") + cell(value);
      return bold && text !== "" ? `**${text}**` : text;
    }).join(" | ")} |`;
  return [
    row(table.columns.map((column) => column.label)),
    `| ${table.columns.map((column) => (column.numeric ? "---:" : "---")).join(" | ")} |`,
    ...table.rows.map((cells, index) => row(cells, table.depths?.[index] ?? 0)),
    ...table.totals.map((cells) => row(cells, 0, true)),
  ];
}
