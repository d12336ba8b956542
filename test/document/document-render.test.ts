import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_LABELS } from "../../scripts/document/labels.js";
import { loadAgreements, resolveAgreementPaths, type LoadedAgreement } from "../../scripts/document/load.js";
import { printPdf } from "../../scripts/document/pdf.js";
import { renderAgreementFiles } from "../../scripts/document/render-files.js";
import { renderAgreementHtml } from "../../scripts/document/agreement-html.js";
import type { OutputFile } from "../../scripts/document/write-outputs.js";
import { axeViolations, collapse, headingsOutOfOrder, launchTestBrowser, openHtml, pdfInfo, pdfText } from "../helpers/browser.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { READER } from "../helpers/reader.js";

let browser: Browser;
let directory: string;
let examples: LoadedAgreement[];
let files: Map<string, OutputFile>;

beforeAll(async () => {
  browser = await launchTestBrowser();
  directory = mkdtempSync(join(tmpdir(), "agreements-render-"));
  const { loaded, unreadable } = loadAgreements(REPOSITORY_ROOT, resolveAgreementPaths(REPOSITORY_ROOT, []), READER);
  expect(unreadable).toEqual([]);
  examples = loaded;
  // One browser for the whole batch, as the command does.
  files = new Map((await renderAgreementFiles(examples, { formats: ["html", "pdf"], browser })).map((file) => [file.name, file]));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

const base = (example: LoadedAgreement) => example.path.split("/").at(-1)!.replace(/\.md$/, "");
const html = (example: LoadedAgreement) => Buffer.from(files.get(`${base(example)}.html`)!.bytes).toString("utf8");
const pdf = (example: LoadedAgreement) => files.get(`${base(example)}.pdf`)!.bytes;

/** What must be findable in every rendering of an agreement: goal titles, meter targets, both parties' names. */
function expectedTexts(example: LoadedAgreement): string[] {
  const { agreement } = example;
  return [
    ...agreement.goals.map((goal) => goal.title),
    ...agreement.goals.flatMap((goal) => (goal.meters ?? []).map((meter) => meter.target)),
    agreement.parties.official.name,
    agreement.parties.superior.name,
  ].map(collapse);
}

describe("render: every example agreement", () => {
  it("has examples in Finnish and Swedish, on both models", () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(new Set(examples.map((example) => example.agreement.language))).toEqual(new Set(["fi", "sv"]));
    expect(new Set(examples.map((example) => example.agreement.model))).toEqual(new Set(["2017", "legacy"]));
  });

  it("shows every goal title, meter target and both parties' names, and the section titles in the agreement's language (HTML)", async () => {
    for (const example of examples) {
      const opened = await openHtml(browser, directory, `${base(example)}.html`, html(example));
      try {
        const text = collapse(await opened.page.locator("body").innerText());
        for (const expected of expectedTexts(example)) expect(text, `${example.path}: ${expected}`).toContain(expected);
        const { language, model } = example.agreement;
        expect(await opened.page.locator("html").getAttribute("lang")).toBe(language);
        const headings = (await opened.page.locator("h2").allInnerTexts()).map(collapse);
        const labels = DOCUMENT_LABELS[language];
        const sections = model === "2017" ? Object.values(labels.sections) : [labels.legacyGoals];
        expect(headings, example.path).toEqual(expect.arrayContaining([...sections, labels.evaluation, labels.signatures]));
        // Never the other language's titles.
        const other = DOCUMENT_LABELS[language === "fi" ? "sv" : "fi"];
        for (const title of Object.values(other.sections)) expect(headings).not.toContain(title);
        expect(opened.requests).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  }, 120_000);

  it("prints the same to a tagged A4 PDF with page numbers, the title and the language set", () => {
    for (const example of examples) {
      const bytes = pdf(example);
      const text = pdfText(bytes);
      for (const expected of expectedTexts(example)) expect(text, `${example.path}: ${expected}`).toContain(expected);
      const { language } = example.agreement;
      const labels = DOCUMENT_LABELS[language];
      if (example.agreement.model === "2017") for (const title of Object.values(labels.sections)) expect(text, example.path).toContain(title);
      expect(text).toContain(`${labels.page} 1 /`);
      const info = pdfInfo(bytes);
      expect(info).toMatchObject({ Title: example.agreement.title, Tagged: "yes" });
      expect(info["Page size"]).toMatch(/\(A4\)/);
      expect(Buffer.from(bytes).toString("latin1")).toContain(`/Lang (${language})`);
      expect(Buffer.from(bytes).toString("latin1")).toContain("/Type /Outlines");
    }
  }, 120_000);

  it("dates each PDF by the agreement, so printing it again gives the same bytes", async () => {
    const example = examples[0]!;
    const again = await printPdf(browser, html(example), { language: example.agreement.language, date: example.agreement.agreed });
    expect(Buffer.compare(Buffer.from(again), Buffer.from(pdf(example)))).toBe(0);
    expect(pdfInfo(again).CreationDate).toMatch(new RegExp(`${Number(example.agreement.agreed.slice(8))} 00:00:00 ${example.agreement.agreed.slice(0, 4)}`));
  });

  it("has no WCAG 2.1 A or AA violation in axe-core, restricted or not", async () => {
    for (const example of examples) {
      for (const [name, page] of [
        ["public", html(example)],
        ["restricted", renderAgreementHtml({ agreement: example.agreement, ...(example.file.bodyTree ? { bodyTree: example.file.bodyTree } : {}) }, { restricted: true })],
      ] as const) {
        const opened = await openHtml(browser, directory, `${name}-${base(example)}.html`, page);
        try {
          expect(await axeViolations(opened.page), `${name} ${example.path}`).toEqual([]);
          expect(await headingsOutOfOrder(opened.page), `${name} ${example.path}`).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    }
  }, 300_000);

  it("finds violations in a page that has them, so the check above can fail", async () => {
    const opened = await openHtml(browser, directory, "control.html", "<!doctype html><html><title>x</title><body><h1>a</h1><h4>b</h4><p style='color:#eee'>low contrast</p><table><tr><td>no header</td></tr></table><a href='#'></a></body></html>");
    try {
      const ids = (await axeViolations(opened.page)).map((violation) => violation.id);
      expect(await headingsOutOfOrder(opened.page)).toEqual(["h4 b"]);
      expect(ids).toEqual(expect.arrayContaining(["html-has-lang", "color-contrast", "link-name"]));
    } finally {
      await opened.close();
    }
  });

  it("leaves the evaluations' summaries, ratings and bonus proposals out unless restricted", async () => {
    const example = examples.find((candidate) => (candidate.agreement.evaluations ?? []).length > 0)!;
    const labels = DOCUMENT_LABELS[example.agreement.language];
    const headers = async (page: string, name: string) => {
      const opened = await openHtml(browser, directory, name, page);
      try {
        return {
          columns: (await opened.page.locator("section[aria-labelledby=evaluation] th[scope=col]").allInnerTexts()).map(collapse),
          notice: await opened.page.getByRole("note").count(),
        };
      } finally {
        await opened.close();
      }
    };
    expect(await headers(html(example), "public.html")).toEqual({ columns: [labels.year, labels.date], notice: 0 });
    const summary = example.agreement.evaluations![0]!.summary;
    expect(html(example)).not.toContain(summary);
    expect(html(example)).toContain(labels.restrictedLeftOut);
    const restricted = renderAgreementHtml({ agreement: example.agreement }, { restricted: true });
    expect(await headers(restricted, "restricted.html")).toEqual({ columns: [labels.year, labels.date, labels.summary, labels.rating, labels.bonus], notice: 1 });
    expect(restricted).toContain(labels.ratings[example.agreement.evaluations![0]!.rating]);
    expect(restricted).toContain(summary);
  });

  it("writes dates the local way", () => {
    const finnish = examples.find((example) => example.agreement.language === "fi")!;
    const [year, month, day] = finnish.agreement.agreed.split("-").map(Number);
    expect(html(finnish)).toContain(`${day}.${month}.${year}`);
    const english = renderAgreementHtml({ agreement: finnish.agreement }, { language: "en" });
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("Common management goals");
  });
});
