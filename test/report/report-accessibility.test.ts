import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../scripts/report/html/page.js";
import * as tables from "../../scripts/report/tables.js";
import { axeViolations, headingsOutOfOrder, launchTestBrowser, openHtml, pdfText } from "../helpers/browser.js";
import { fixtureReport } from "../fixtures/report/load-fixture.js";

let browser: Browser;
let directory: string;

beforeAll(async () => {
  browser = await launchTestBrowser();
  directory = mkdtempSync(join(tmpdir(), "agreements-report-a11y-"));
});

afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

const LANGUAGES = ["en", "fi", "sv"] as const;

/**
 * Whether printed text holds a label, wherever the print broke its lines: a narrow cell may break
 * "Director-general" after its hyphen, or hyphenate a long word with a hyphen of its own.
 */
function printedContains(text: string, label: string): boolean {
  const squash = (value: string) => value.replace(/\s+/g, "");
  const label2 = squash(label);
  return squash(text).includes(label2) || squash(text.replace(/-\s+/g, "")).includes(label2.replace(/-/g, "")) || squash(text.replace(/-\s+/g, "")).includes(label2);
}

describe("the HTML report", () => {
  for (const language of LANGUAGES) {
    for (const restricted of [false, true]) {
      it(`has no WCAG 2.1 A or AA violation in axe-core (${language}${restricted ? ", restricted" : ""})`, async () => {
        const [file] = renderHtml(fixtureReport({ restricted }), { language });
        const opened = await openHtml(browser, directory, `report-${language}-${restricted}.html`, file!.content);
        try {
          expect(await axeViolations(opened.page)).toEqual([]);
          expect(await headingsOutOfOrder(opened.page)).toEqual([]);
        } finally {
          await opened.close();
        }
      });
    }
  }

  it("prints every table whole on A4: every column header and every goal title is in the PDF's text", async () => {
    const model = fixtureReport({ restricted: true });
    const [file] = renderHtml(model, { language: "en" });
    const opened = await openHtml(browser, directory, "report-print.html", file!.content);
    try {
      const pdf = await opened.page.pdf({ format: "A4", printBackground: true });
      const text = pdfText(pdf);
      // An empty table is printed as a sentence, without its columns.
      const printed = tables.reportTables(model, "en").filter((table) => table.rows.length > 0 || table.totals.length > 0);
      expect(printed.map((table) => table.name)).toContain("agreements");
      for (const table of printed) {
        for (const column of table.columns) expect(printedContains(text, column.label), `${table.name}: ${column.label}`).toBe(true);
      }
      for (const goal of model.goalMatrix) expect(printedContains(text, goal.title.en), goal.title.en).toBe(true);
      expect(printedContains(text, "a label that is not there")).toBe(false);
      // Nothing is wider than the printed page: a cut-off column would stick out to the right.
      await opened.page.emulateMedia({ media: "print" });
      // A4 is 210 mm wide; less the report's 14 mm margins, 182 mm: 688 CSS pixels.
      await opened.page.setViewportSize({ width: 688, height: 1000 });
      const overflowing = await opened.page.locator("table").evaluateAll((elements) =>
        elements.filter((element) => element.getBoundingClientRect().right > element.ownerDocument.documentElement.clientWidth + 1).map((element) => element.id),
      );
      expect(overflowing).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
