import { createHash } from "node:crypto";
import type { Browser } from "playwright-core";
import type { Language } from "../model/types.js";
import { DOCUMENT_LABELS } from "./labels.js";

export interface PdfOptions {
  language: Language;
  /** The date the PDF says it was made (YYYY-MM-DD): the agreement's or the tag's, so a re-run gives the same bytes. */
  date: string;
}

/** The footer Chromium prints on every page; its classes are filled in by Chromium, not by a script. */
function footer(language: Language): string {
  const page = DOCUMENT_LABELS[language].page;
  return `<div style="font: 8pt sans-serif; color: #333; width: 100%; text-align: center;">${page} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`;
}

/**
 * Prints a self-contained page to an A4 PDF, tagged (structure for screen readers) with an outline from
 * the headings. The page runs no script and may load nothing: JavaScript is off and every request is refused.
 */
export async function printPdf(browser: Browser, html: string, options: PdfOptions): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footer(options.language),
      margin: { top: "16mm", bottom: "18mm", left: "14mm", right: "14mm" },
      tagged: true,
      outline: true,
    });
    return fixPdfDates(pdf, options.date);
  } finally {
    await context.close();
  }
}

/** A PDF date string for midnight UTC of an ISO date: D:YYYYMMDD000000+00'00'. */
function pdfDate(date: string): string {
  return `D:${date.replaceAll("-", "")}000000+00'00'`;
}

/**
 * Chromium stamps the PDF with the time it was printed, and derives the document's /ID from it. Both are
 * rewritten in place (same length, so the cross-reference offsets stay right): the dates to `date`, the ID
 * to a hash of the rest of the file. The same page printed twice then gives the same bytes.
 */
export function fixPdfDates(pdf: Uint8Array, date: string): Uint8Array {
  let text = Buffer.from(pdf).toString("latin1");
  // Chromium writes D:YYYYMMDDHHmmSS+00'00', the same length as ours; another form is left alone rather than shift every offset.
  text = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (match, key: string, value: string) => {
    const fixed = pdfDate(date);
    return fixed.length === value.length ? `/${key} (${fixed})` : match;
  });
  const withoutId = text.replace(/\/ID \[<[0-9A-Fa-f]*> <[0-9A-Fa-f]*>\]/g, "");
  text = text.replace(/\/ID \[<([0-9A-Fa-f]*)> <([0-9A-Fa-f]*)>\]/g, (_match, first: string, second: string) => {
    const digest = createHash("sha256").update(withoutId, "latin1").digest("hex").toUpperCase();
    return `/ID [<${digest.slice(0, first.length).padEnd(first.length, "0")}> <${digest.slice(0, second.length).padEnd(second.length, "0")}>]`;
  });
  return Buffer.from(text, "latin1");
}
