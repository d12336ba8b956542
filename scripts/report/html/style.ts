/**
 * The page's only stylesheet, inlined (the Content-Security-Policy allows inline styles and nothing else).
 * System fonts, so nothing is fetched; print rules keep tables whole, repeat their headers and keep the colours.
 */
export const STYLE = `
:root { color-scheme: light; --ink: #14202b; --muted: #4d5966; --rule: #c9d1da; --stripe: #f5f7f9; --accent: #1b6ca8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
.meta { margin: 0; padding-left: 1.2rem; color: var(--muted); }
.restricted { border: 3px solid #a40000; background: #fff1f0; color: #7a0000; padding: .75rem 1rem; font-weight: 700; margin: 1rem 0; }
figure { margin: 1rem 0 .5rem; }
figcaption { color: var(--muted); font-size: .9rem; }
svg.chart { display: block; max-width: 100%; height: auto; font: 13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; fill: var(--ink); }
svg.chart .total { font-weight: 700; }
svg.heat-map { font-size: 12px; }
svg.chart .parent { font-weight: 700; }
svg.chart .column { font-weight: 700; }
.scroll { overflow-x: auto; margin: .75rem 0 1.5rem; }
.scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; font-size: .9rem; min-width: 50%; }
caption { text-align: left; font-weight: 700; padding: .25rem 0 .5rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .55rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef4; }
tbody tr:nth-child(even) { background: var(--stripe); }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
th[scope="row"] { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.code { white-space: nowrap; }
.depth-1 { padding-left: 1.6rem; }
.depth-2 { padding-left: 2.6rem; }
.depth-3 { padding-left: 3.6rem; }
.empty { margin: .75rem 0 1.5rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  @page { margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure, tr, caption { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  .scroll:focus { outline: none; }
  table { font-size: 8.5pt; width: 100%; }
  /* "anywhere", not "break-word": only it lets a long file name or code shrink its column, so a wide table fits the page instead of losing its last columns. */
  th, td { overflow-wrap: anywhere; hyphens: auto; padding: .2rem .3rem; }
  /* Chromium repeats a tfoot on every printed page: a "Total" row after a page's first rows would mislead. */
  tfoot { display: table-row-group; }
  .code { white-space: normal; }
}
`;
