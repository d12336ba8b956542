import type { Browser } from "playwright-core";
import type { Language } from "../model/types.js";
import { renderAgreementHtml } from "./agreement-html.js";
import type { LoadedAgreement } from "./load.js";
import { openPdfPrinter, type PdfPrinter } from "./pdf.js";
import type { OutputFile } from "./write-outputs.js";

export type DocumentFormat = "html" | "pdf";

export interface RenderFilesOptions {
  formats: readonly DocumentFormat[];
  language?: Language;
  restricted?: boolean;
  /** Needed when `formats` has pdf: one browser for the whole batch. */
  browser?: Browser;
  /** The date each PDF says it was made; default: the agreement's `agreed` date. */
  pdfDate?: string;
}

/** The file name for an agreement: its file's name, `.md` replaced, with `restricted-` in front when it holds personal data. */
export function documentName(path: string, extension: string, restricted: boolean): string {
  const base = (path.split("/").at(-1) ?? path).replace(/\.md$/, "");
  return `${restricted ? "restricted-" : ""}${base}.${extension}`;
}

/** Renders each agreement to HTML and, with a browser, to PDF, one page at a time on the one browser. */
export async function renderAgreementFiles(agreements: readonly LoadedAgreement[], options: RenderFilesOptions): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  const restricted = options.restricted === true;
  let printer: PdfPrinter | undefined;
  if (options.formats.includes("pdf")) {
    if (!options.browser) throw new RangeError("a PDF needs a browser");
    printer = await openPdfPrinter(options.browser);
  }
  try {
    for (const { path, agreement, file } of agreements) {
      const html = renderAgreementHtml({ agreement, ...(file.bodyTree ? { bodyTree: file.bodyTree } : {}) }, { restricted, ...(options.language ? { language: options.language } : {}) });
      if (options.formats.includes("html")) files.push({ name: documentName(path, "html", restricted), bytes: Buffer.from(html, "utf8") });
      if (printer) {
        const pdf = await printer.print(html, { language: options.language ?? agreement.language, date: options.pdfDate ?? agreement.agreed });
        files.push({ name: documentName(path, "pdf", restricted), bytes: pdf });
      }
    }
  } finally {
    await printer?.close();
  }
  return files;
}
