import { escapeHtml } from "../output/html-escape.js";
import type { Language } from "../model/types.js";
import { DOCUMENT_STYLE } from "./style.js";

/**
 * Nothing may load or run: no script, frame, font or image, styles only inline. Even if some text slipped
 * past escaping and sanitising, the browser would refuse to act on it.
 */
export const DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export { escapeHtml };

/** One self-contained HTML page in `language`: the title, the inline style, the given main content. */
export function htmlPage(options: { language: Language; title: string; main: string; restrictedNotice?: string }): string {
  return [
    "<!doctype html>",
    `<html lang="${options.language}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${DOCUMENT_STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    options.restrictedNotice ? `<p class="restricted" role="note">${escapeHtml(options.restrictedNotice)}</p>` : "",
    options.main,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** A data table with a caption and column headers; the first cell of each row is its row header. */
export function simpleTable(caption: string, columns: readonly string[], rows: readonly (readonly string[])[], className?: string): string {
  const head = `<thead><tr>${columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>`;
  const body = rows.map((cells) => `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join("")}</tr>`).join("\n");
  return `<table${className ? ` class="${className}"` : ""}><caption>${escapeHtml(caption)}</caption>\n${head}\n<tbody>${body}</tbody></table>`;
}
