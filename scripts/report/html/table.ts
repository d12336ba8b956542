import type { Cell, Table } from "../tables.js";
import { escapeHtml } from "../../output/html-escape.js";

/**
 * A data table for screen readers and print: a caption, column headers (`scope="col"`), a row header
 * (`scope="row"`) in the first cell (every report table's first column names its row), totals in a tfoot.
 * Wrapped in a focusable region so a wide table can be scrolled with the keyboard.
 */
export function htmlTable(table: Table, none: string, notApplicable: string): string {
  const id = `table-${table.name}`;
  if (table.rows.length === 0 && table.totals.length === 0) {
    return `<p class="empty" id="${escapeHtml(id)}"><strong>${escapeHtml(table.caption)}:</strong> ${escapeHtml(none)}</p>`;
  }
  const numeric = table.columns.map((column) => column.numeric === true);
  const code = table.columns.map((column) => column.code === true);
  const cell = (value: Cell, index: number, depth: number): string => {
    const text = value === null ? notApplicable : value;
    const classes = [numeric[index] ? "num" : "", code[index] ? "code" : "", index === 0 && depth > 0 ? `depth-${Math.min(depth, 3)}` : ""].filter(Boolean).join(" ");
    const attributes = classes ? ` class="${classes}"` : "";
    return index === 0 ? `<th scope="row"${attributes}>${escapeHtml(text)}</th>` : `<td${attributes}>${escapeHtml(text)}</td>`;
  };
  const row = (cells: Cell[], depth = 0) => `<tr>${cells.map((value, index) => cell(value, index, depth)).join("")}</tr>`;
  const head = `<thead><tr>${table.columns.map((column, index) => `<th scope="col"${numeric[index] ? ' class="num"' : ""}>${escapeHtml(column.label)}</th>`).join("")}</tr></thead>`;
  const body = `<tbody>${table.rows.map((cells, index) => row(cells, table.depths?.[index] ?? 0)).join("\n")}</tbody>`;
  const foot = table.totals.length > 0 ? `<tfoot>${table.totals.map((cells) => row(cells)).join("")}</tfoot>` : "";
  return [
    `<div class="scroll" role="region" tabindex="0" aria-labelledby="${escapeHtml(id)}-caption">`,
    `<table id="${escapeHtml(id)}"><caption id="${escapeHtml(id)}-caption">${escapeHtml(table.caption)}</caption>`,
    head,
    body,
    foot,
    "</table></div>",
  ].join("\n");
}
