/**
 * The documents' only stylesheet, inlined (the Content-Security-Policy allows inline styles and nothing
 * else). System fonts, so nothing is fetched. Colours keep at least 7:1 contrast on white. In print, A4 with
 * margins for the page numbers Chromium adds, tables fit the width and wrap long words instead of being cut.
 */
export const DOCUMENT_STYLE = `
:root { color-scheme: light; --ink: #14202b; --muted: #3d4955; --rule: #b7c2cc; --accent: #174f7a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 24px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.notice { border: 2px solid var(--accent); padding: .5rem .75rem; }
.restricted { border: 3px solid #8a0000; background: #fff1f0; color: #6b0000; padding: .6rem .9rem; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; table-layout: auto; }
caption { text-align: left; font-weight: 700; padding: .2rem 0 .4rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .5rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
table.meters th[scope=col]:nth-child(1) { width: 46%; }
table.meters th[scope=col]:nth-child(2), table.meters th[scope=col]:nth-child(3) { width: 20%; }
thead th { background: #e8eef4; }
th[scope="row"] { font-weight: 600; }
.checklist { list-style: none; padding-left: 0; }
.checklist li::before { content: "☐ "; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; margin-top: 1rem; }
.signature dl { display: grid; grid-template-columns: max-content 1fr; gap: .6rem .75rem; margin: 0; }
.signature dt { font-weight: 700; }
.signature dd { margin: 0; border-bottom: 1px solid var(--ink); min-height: 1.5em; }
.body-text blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
a { color: var(--accent); }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, caption, .signature { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 9pt; }
}
`;
