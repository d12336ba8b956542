import { escapeHtml } from "../../output/html-escape.js";
import { truncate } from "./truncate.js";

export interface HeatMapInput {
  id: string;
  title: string;
  columns: string[];
  rows: { label: string; depth: number; values: number[] }[];
}

const CELL_WIDTH = 42;
const CELL_HEIGHT = 26;
const HEADER_HEIGHT = 26;
const LABEL_WIDTH = 330;
const INDENT = 14;
/** Rough widths of a 12px character, regular and bold: enough to cut a label before it runs into the cells. */
const CHARACTER_WIDTH = 6.9;
const BOLD_CHARACTER_WIDTH = 7.8;

/** White-ish for none, then from light to dark blue as the count nears the largest in the map. */
function shade(value: number, max: number): { fill: string; text: string } {
  if (value === 0) return { fill: "#f2f4f7", text: "#5b6470" };
  const ratio = value / max;
  const from = [0xd6, 0xe6, 0xf5];
  const to = [0x08, 0x30, 0x6b];
  const channel = (index: number) => Math.round(from[index]! + (to[index]! - from[index]!) * ratio).toString(16).padStart(2, "0");
  return { fill: `#${channel(0)}${channel(1)}${channel(2)}`, text: ratio > 0.5 ? "#ffffff" : "#0b1f33" };
}

/**
 * A heat map as inline SVG: one row per goal (children indented under their parent), one column per sector,
 * the count written in each cell so it reads without colour too. The data table that follows has the same numbers.
 */
export function heatMap(input: HeatMapInput): string {
  const max = Math.max(1, ...input.rows.flatMap((row) => row.values));
  const width = LABEL_WIDTH + input.columns.length * CELL_WIDTH + 4;
  const height = HEADER_HEIGHT + input.rows.length * CELL_HEIGHT + 4;
  const titleId = `${input.id}-title`;
  const header = input.columns.map(
    (column, index) => `<text x="${LABEL_WIDTH + index * CELL_WIDTH + CELL_WIDTH / 2}" y="${HEADER_HEIGHT - 8}" text-anchor="middle" class="column">${escapeHtml(column)}</text>`,
  );
  const rows = input.rows.map((row, rowIndex) => {
    const y = HEADER_HEIGHT + rowIndex * CELL_HEIGHT;
    const room = LABEL_WIDTH - 12 - row.depth * INDENT;
    const label = truncate(row.label, Math.floor(room / (row.depth === 0 ? BOLD_CHARACTER_WIDTH : CHARACTER_WIDTH)));
    const cells = row.values.map((value, columnIndex) => {
      const x = LABEL_WIDTH + columnIndex * CELL_WIDTH;
      const { fill, text } = shade(value, max);
      return (
        `<rect x="${x + 1}" y="${y + 1}" width="${CELL_WIDTH - 2}" height="${CELL_HEIGHT - 2}" fill="${fill}"><title>${escapeHtml(`${row.label} – ${input.columns[columnIndex]}: ${value}`)}</title></rect>` +
        `<text x="${x + CELL_WIDTH / 2}" y="${y + 17}" text-anchor="middle" fill="${text}">${value}</text>`
      );
    });
    return `<text x="${4 + row.depth * INDENT}" y="${y + 17}"${row.depth === 0 ? ' class="parent"' : ""}>${escapeHtml(label)}<title>${escapeHtml(row.label)}</title></text>${cells.join("")}`;
  });
  return [
    `<svg class="chart heat-map" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(titleId)}">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(input.title)}</title>`,
    ...header,
    ...rows,
    "</svg>",
  ].join("\n");
}
