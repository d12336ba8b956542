import { escapeHtml } from "../../output/html-escape.js";
import { truncate } from "./truncate.js";

export interface BarSeries {
  label: string;
  /** Fill colour, a constant of ours (never text from a file). */
  color: string;
  /** Colour of the numbers written on this series' segments, chosen for contrast with `color`. */
  textColor: string;
}

export interface StackedBarsInput {
  /** Unique within the page: ids of the SVG's title are derived from it. */
  id: string;
  title: string;
  series: BarSeries[];
  /** One bar per row; `values` in the order of `series`. */
  rows: { label: string; values: number[] }[];
}

const ROW_HEIGHT = 28;
const BAR_HEIGHT = 20;
const BAR_AREA = 520;
const LEGEND_HEIGHT = 30;
/** Where text sits in a bar, from its top: vertically centred for a 13px font. */
const TEXT_BASELINE = 15;
const CHARACTER_WIDTH = 7.8;
/** Segments narrower than this get no number written on them (the data table has it). */
const MIN_LABELLED_WIDTH = 18;

/**
 * A horizontal stacked bar chart as inline SVG (no script, no external resource): one bar per row, one
 * segment per series, the total after the bar. The data table that follows it carries the same numbers.
 */
export function stackedBars(input: StackedBarsInput): string {
  const labels = input.rows.map((row) => truncate(row.label, 28));
  const labelWidth = Math.ceil(Math.max(40, ...labels.map((label) => [...label].length * CHARACTER_WIDTH)) + 12);
  const max = Math.max(1, ...input.rows.map((row) => row.values.reduce((sum, value) => sum + value, 0)));
  const scale = BAR_AREA / max;
  const width = labelWidth + BAR_AREA + 48;
  const height = LEGEND_HEIGHT + input.rows.length * ROW_HEIGHT + 8;
  const titleId = `${input.id}-title`;

  let legendX = 0;
  const legend = input.series.map((series) => {
    const item = `<rect x="${legendX}" y="4" width="15" height="15" fill="${series.color}"/><text x="${legendX + 21}" y="17">${escapeHtml(series.label)}</text>`;
    legendX += 20 + [...series.label].length * CHARACTER_WIDTH + 24;
    return item;
  });

  const bars = input.rows.map((row, index) => {
    const y = LEGEND_HEIGHT + index * ROW_HEIGHT;
    const total = row.values.reduce((sum, value) => sum + value, 0);
    let x = labelWidth;
    const segments = row.values.map((value, seriesIndex) => {
      const series = input.series[seriesIndex]!;
      const segmentWidth = value * scale;
      const parts = [`<rect x="${x.toFixed(1)}" y="${y}" width="${segmentWidth.toFixed(1)}" height="${BAR_HEIGHT}" fill="${series.color}"><title>${escapeHtml(`${row.label}: ${series.label} ${value}`)}</title></rect>`];
      if (value > 0 && segmentWidth >= MIN_LABELLED_WIDTH) {
        parts.push(`<text x="${(x + segmentWidth / 2).toFixed(1)}" y="${y + TEXT_BASELINE}" text-anchor="middle" fill="${series.textColor}">${value}</text>`);
      }
      x += segmentWidth;
      return parts.join("");
    });
    return [
      `<text x="${labelWidth - 8}" y="${y + TEXT_BASELINE}" text-anchor="end">${escapeHtml(labels[index]!)}</text>`,
      ...segments,
      `<text x="${(x + 6).toFixed(1)}" y="${y + TEXT_BASELINE}" class="total">${total}</text>`,
    ].join("");
  });

  const svgWidth = Math.ceil(Math.max(width, legendX));
  return [
    `<svg class="chart" width="${svgWidth}" height="${height}" viewBox="0 0 ${svgWidth} ${height}" role="img" aria-labelledby="${escapeHtml(titleId)}">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(input.title)}</title>`,
    `<g class="legend">${legend.join("")}</g>`,
    ...bars,
    "</svg>",
  ].join("\n");
}
