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

/** Prints pages to PDF one after another on one page of one browser: a new page per PDF costs several times the print itself. */
export interface PdfPrinter {
  print(html: string, options: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Opens a printer for a batch: one browser context and page, where no script runs (JavaScript is off) and
 * every request is refused, so a page can load nothing whatever it holds.
 */
export async function openPdfPrinter(browser: Browser): Promise<PdfPrinter> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    return {
      async print(html, options) {
        await page.setContent(html, { waitUntil: "load" });
        const pdf = await page.pdf({
          format: "A4",
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: "<span></span>",
          footerTemplate: footer(options.language),
          margin: { top: "16mm", bottom: "18mm", left: "14mm", right: "14mm" },
          // Tagged: the structure (headings, tables, lists) reaches screen readers; the outline lists the headings.
          tagged: true,
          outline: true,
        });
        return fixPdfDates(pdf, options.date);
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Prints one self-contained page to a tagged A4 PDF with an outline from its headings. */
export async function printPdf(browser: Browser, html: string, options: PdfOptions): Promise<Uint8Array> {
  const printer = await openPdfPrinter(browser);
  try {
    return await printer.print(html, options);
  } finally {
    await printer.close();
  }
}

/** A PDF date string for midnight UTC of an ISO date: D:YYYYMMDD000000+00'00'. */
function pdfDate(date: string): string {
  return `D:${date.replaceAll("-", "")}000000+00'00'`;
}

/**
 * Chromium stamps the PDF with the time it was printed (its only varying bytes). The two dates are
 * rewritten in place to `date`, the same length, so the cross-reference offsets stay right: the same page
 * printed twice gives the same bytes.
 */
export function fixPdfDates(pdf: Uint8Array, date: string): Uint8Array {
  const text = Buffer.from(pdf).toString("latin1");
  // Chromium writes D:YYYYMMDDHHmmSS+00'00', the same length as ours; another form is left alone rather than shift every offset.
  const fixed = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (match, key: string, value: string) => {
    const stamp = pdfDate(date);
    return stamp.length === value.length ? `/${key} (${stamp})` : match;
  });
  return Buffer.from(fixed, "latin1");
}
