import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { launchTestBrowser, openHtml, type OpenedPage } from "../helpers/browser.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, renderHtml } from "../../scripts/report/html/page.js";
import type { ReportModel } from "../../scripts/report/model.js";
import { fixtureReport } from "../fixtures/report/load-fixture.js";

let browser: Browser;
let directory: string;

beforeAll(async () => {
  browser = await launchTestBrowser();
  directory = mkdtempSync(join(tmpdir(), "agreements-report-html-"));
});

afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

const open = (name: string, html: string): Promise<OpenedPage> => openHtml(browser, directory, name, html);

async function openReport(model: ReportModel, language: "en" | "sv" | "fi", name = `report-${language}.html`): Promise<OpenedPage> {
  const [file] = renderHtml(model, { language });
  return open(name, file!.content);
}

/** The data cells of the row whose row header is exactly `header`, in the table with this accessible name. */
async function rowCells(page: Page, table: string, header: string): Promise<string[]> {
  const row = page.getByRole("table", { name: table, exact: true }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: header, exact: true }) });
  expect(await row.count(), `rows named "${header}" in "${table}"`).toBe(1);
  return (await row.locator("td").allTextContents()).map((text) => text.trim());
}

describe("HTML report in headless Chromium", () => {
  const model = fixtureReport();

  it("shows the model's numbers in its data tables", async () => {
    const { page, close } = await openReport(model, "en");
    try {
      const update = "Update for the 2020 cycle per administrative sector";
      expect(await rowCells(page, update, "Ministry of Finance (VM)")).toEqual(["2", "2", "0", "0", "1", "1", "1", "0", "4", "Overdue"]);
      expect(await rowCells(page, update, "Ministry of Agriculture and Forestry (MMM)")).toEqual(["1", "0", "1", "0", "0", "1", "0", "0", "1", "Overdue"]);
      expect(await rowCells(page, update, "Total")).toEqual(["8", "5", "1", "2", "4", "2", "1", "0", "15", "Overdue"]);
      expect(await page.getByRole("table", { name: update, exact: true }).locator('thead th[scope="col"]').count()).toBe(11);
      expect(await rowCells(page, "Agreements per administrative sector, by model and kind of official", "Total")).toEqual(["6", "5", "1", "3", "1", "1", "1"]);
      const matrix = "Agreements choosing each common goal, per administrative sector";
      expect(await rowCells(page, matrix, "Common HR goals")).toEqual(["hr", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "3"]);
      expect(await rowCells(page, matrix, "Developing and using information systems")).toEqual(["information-systems", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "1", "2", "2"]);
      expect(await rowCells(page, "Goals with and without meters and criteria, per administrative sector", "Total")).toEqual(["5", "1", "10", "7", "3"]);
    } finally {
      await close();
    }
  });

  it("puts each chart, with an accessible name, before its data table", async () => {
    const { page, close } = await openReport(model, "en");
    try {
      for (const [chart, table] of [
        ["Agreements updated for the 2020 cycle, per administrative sector", "table-update"],
        ["Agreements on the 2017 model and on an older model, per administrative sector", "table-coverage"],
        ["Common goals chosen, per goal and administrative sector", "table-goal-matrix"],
      ] as const) {
        const image = page.getByRole("img", { name: chart, exact: true });
        expect(await image.isVisible(), chart).toBe(true);
        const follows = await image.evaluate((svg, id) => {
          const next = svg.closest("figure")?.nextElementSibling;
          return next?.querySelector("table")?.id === id;
        }, table);
        expect(follows, chart).toBe(true);
      }
      // The update chart draws one bar per sector; VM's blue segment is twice OM's.
      const widths = await page.locator("#chart-update-title").evaluate((title) =>
        [...(title.parentElement?.querySelectorAll(':scope > rect[fill="#1b6ca8"]') ?? [])].map((rect) => Number(rect.getAttribute("width"))).filter((width) => width > 0),
      );
      expect(widths.length).toBeGreaterThan(3);
      expect(Math.max(...widths)).toBeCloseTo(2 * Math.min(...widths), 0);
    } finally {
      await close();
    }
  });

  it("runs nothing and loads nothing planted in an agreement, and shows it as text", async () => {
    const opened = await openReport(model, "en");
    const { page, close } = opened;
    try {
      const title = "<script>window.__pwned = 'title'</script>Ympäristöministeriön ylijohtajan johtamissopimus";
      const organisation = "<img src=x onerror=\"window.__pwned = 'organisation'\">Ympäristöministeriö";
      const goal = "<a href=\"javascript:window.__pwned = 'goal'\">Osaaminen</a> [linkki](javascript:window.__pwned='md')";
      expect(await rowCells(page, "Agreements", "agreements/ym/ym-ylijohtaja.md").then((cells) => cells.slice(1, 3))).toEqual([title, organisation]);
      const notReady = await rowCells(page, "Goals without meters or criteria", "agreements/ym/ym-ylijohtaja.md");
      expect(notReady[2]).toBe(goal);

      // An official clicking where the link would be: nothing happens.
      await page.getByText("[linkki]").click();
      expect(page.url()).toBe(opened.url);

      const found = {
        // A string, so it is evaluated in the page: the global a payload would set.
        pwned: await page.evaluate("window.__pwned ?? null"),
        active: await page.locator("script, img, iframe, object, embed, link, a, form, base, video, audio, source").count(),
        handlers: await page.locator("*").evaluateAll((elements) => elements.filter((element) => [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith("on"))).length),
        urls: await page.locator("*").evaluateAll((elements) => elements.filter((element) => ["href", "src", "xlink:href", "action", "srcset"].some((name) => element.hasAttribute(name))).length),
      };
      expect(found).toEqual({ pwned: null, active: 0, handlers: 0, urls: 0 });
      expect(opened.requests).toEqual([]);
      expect(opened.dialogs).toEqual([]);
      expect(opened.console).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("records a request when a page does load something, so the check above can fail", async () => {
    const opened = await open("control.html", '<!doctype html><html lang="en"><title>control</title><img src="missing.png" alt=""></html>');
    try {
      await opened.page.waitForLoadState("load");
      expect(opened.requests).toEqual([new URL("missing.png", opened.url).href]);
    } finally {
      await opened.close();
    }
  });

  it("declares a strict Content-Security-Policy and the language", async () => {
    const { page, close } = await openReport(model, "en");
    try {
      expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(CONTENT_SECURITY_POLICY);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      // Not a single address of our own in the page: no fonts, no stylesheets, no namespaces, no links.
      const html = renderHtml(model, { language: "en" })[0]!.content;
      expect(html).not.toMatch(/https?:|url\(|@import|<script/i);
      // No tag carries an address (the planted payloads show as escaped text, which has no "<").
      expect(html).not.toMatch(/<[^>]*\s(?:src|href|action|srcset)\s*=/i);
    } finally {
      await close();
    }
  });

  it("writes headings, labels and goal titles in Finnish with --lang fi", async () => {
    const { page, close } = await openReport(model, "fi");
    try {
      expect(await page.locator("html").getAttribute("lang")).toBe("fi");
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Johtamissopimukset: raportti kierroksesta 2020");
      expect(await page.getByRole("heading", { level: 2, name: "Valtionhallinnon yhteiset johtamisen tavoitteet" }).isVisible()).toBe(true);
      expect(await rowCells(page, "Päivitys kierrokselle 2020 hallinnonaloittain", "Valtiovarainministeriö (VM)")).toEqual(["2", "2", "0", "0", "1", "1", "1", "0", "4", "Myöhässä"]);
      expect(await rowCells(page, "Kunkin yhteisen tavoitteen valinneet sopimukset hallinnonaloittain", "Osaamisen kehittäminen")).toEqual([
        "competence-development", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "1", "2", "2",
      ]);
    } finally {
      await close();
    }
  });

  it("shows ratings per person only in a restricted report, under a warning", async () => {
    const { page, close } = await openReport(fixtureReport({ restricted: true }), "sv", "restricted.html");
    try {
      expect(await page.getByRole("note").first().textContent()).toContain("personuppgifter");
      expect(await rowCells(page, "Bedömningar och förslag till resultatpremie per person", "Tove Exempel")).toEqual([
        "Generaldirektör", "Kommunikationsministeriet (LVM)", "=1+2 Transport- och kommunikationsverket", "agreements/lvm/traficom-generaldirektor.md", "2019", "nöjaktig", "ingen",
      ]);
    } finally {
      await close();
    }
    const unrestricted = await openReport(model, "sv", "public.html");
    try {
      expect(await unrestricted.page.getByText("Tove Exempel").count()).toBe(0);
      expect(await unrestricted.page.getByRole("note").count()).toBe(0);
    } finally {
      await unrestricted.close();
    }
  });

  it("keeps tables whole and totals once when printed", async () => {
    const { page, close } = await openReport(model, "en");
    try {
      await page.emulateMedia({ media: "print" });
      const style = (selector: string, property: "overflowX" | "display") =>
        page.locator(selector).first().evaluate((element, name) => element.ownerDocument.defaultView!.getComputedStyle(element)[name], property);
      const styles = { scroll: await style(".scroll", "overflowX"), tfoot: await style("tfoot", "display"), thead: await style("thead", "display") };
      expect(styles).toEqual({ scroll: "visible", tfoot: "table-row-group", thead: "table-header-group" });
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    } finally {
      await close();
    }
  });

  it("saves a screenshot", async () => {
    const { page, close } = await openReport(model, "en");
    try {
      const path = join(directory, "report.png");
      await page.screenshot({ path, fullPage: true });
      expect(statSync(path).size).toBeGreaterThan(10_000);
      expect(readFileSync(path).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    } finally {
      await close();
    }
  });
});
