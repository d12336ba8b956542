// Hand-written on purpose: RFC 4180 quoting is one line (csv-parse reads it back in the tests), and the formula guard and BOM are ours whatever writes the commas.
import { showBidi } from "../output/guard.js";
import type { ReportRenderer } from "./renderer.js";
import { reportTables, type Cell, type Table } from "./tables.js";

/**
 * A byte order mark makes Excel read the file as UTF-8 (without it, å, ä and ö come out garbled); LibreOffice
 * and CSV parsers accept it too. CRLF ends each record, as RFC 4180 says and Excel expects.
 */
const BOM = "\uFEFF";
const EOL = "\r\n";

/**
 * A cell a spreadsheet would run as a formula: one starting with =, +, -, @ (or a tab or carriage return, which
 * some spreadsheets skip before looking). Text from an agreement must never become a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text cells that look like formulas get a leading apostrophe, which spreadsheets show as plain text. Numbers stay numbers. */
export function csvCellText(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  // A right-to-left override would turn a cell's text around in a spreadsheet too: shown as "\u202e".
  const text = showBidi(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field holding the delimiter, a quote or a line break is quoted, and its quotes doubled. */
export function quoteField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvTable(table: Table, delimiter: string): string {
  const record = (cells: readonly Cell[]) => cells.map((cell) => quoteField(csvCellText(cell), delimiter)).join(delimiter);
  const records = [record(table.columns.map((column) => column.label)), ...table.rows.map(record), ...table.totals.map(record)];
  return BOM + records.map((line) => line + EOL).join("");
}

/** One file per table (`<table name>.csv`), with a header row: what a spreadsheet opens. */
export const renderCsv: ReportRenderer = (model, options) =>
  reportTables(model, options.language).map((table) => ({ name: `${table.name}.csv`, content: csvTable(table, options.csvDelimiter ?? ",") }));
