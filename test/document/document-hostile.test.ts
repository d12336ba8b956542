import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { createAgreementParser } from "../../scripts/changes/parse-version.js";
import { renderBriefHtml } from "../../scripts/brief/html.js";
import { compareAgreements } from "../../scripts/changes/compare.js";
import { renderAgreementHtml } from "../../scripts/document/agreement-html.js";
import { printPdf } from "../../scripts/document/pdf.js";
import type { Agreement } from "../../scripts/model/types.js";
import { launchTestBrowser, openHtml, pdfText, type OpenedPage } from "../helpers/browser.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { READER } from "../helpers/reader.js";

/** A local address nothing listens on: a request to it would show in the page's request events all the same. */
const TRAP = "http://127.0.0.1:9";

/** Text fields get markup that would run or load something if it were not escaped. */
const FIELD = (name: string) => `<script>window.__pwned='${name}'</script><img src="${TRAP}/${name}.png" onerror="window.__pwned='${name}'"><iframe src="${TRAP}/${name}"></iframe><style>body{background:url(${TRAP}/${name}.css)}</style>${name}`;

/** The body gets every way Markdown and raw HTML have to run, load or restyle. */
const BODY = `# Hostile body

<script>window.__pwned = 'script'</script>
<img src="${TRAP}/raw.png" onerror="window.__pwned = 'img'">
<iframe src="${TRAP}/frame"></iframe>
<object data="${TRAP}/object"></object><embed src="${TRAP}/embed">
<link rel="stylesheet" href="${TRAP}/sheet.css">
<style>@import url(${TRAP}/import.css); body { background: url(${TRAP}/bg.png) }</style>
<meta http-equiv="refresh" content="0;url=${TRAP}/refresh">
<base href="${TRAP}/">
<form action="${TRAP}/form"><button>send</button></form>
<svg onload="window.__pwned = 'svg'"><image href="${TRAP}/svg.png"/></svg>
<p onmouseover="window.__pwned = 'hover'" style="background:url(${TRAP}/style.png)">hover text</p>
<video src="${TRAP}/video.mp4" autoplay></video><audio src="${TRAP}/audio.mp3" autoplay></audio>

![pixel](${TRAP}/pixel.png)

[click me](javascript:window.__pwned='link') and [entity](jav&#x61;script:window.__pwned='entity') and <javascript:window.__pwned='autolink'>

[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vbscript](vbscript:msgbox)

<a href="${TRAP}/a" onclick="window.__pwned = 'click'">raw link</a>

Visible paragraph after the payloads.
`;

let browser: Browser;
let directory: string;
let agreement: Agreement;
let bodyTree: NonNullable<ReturnType<ReturnType<typeof createAgreementParser>>["bodyTree"]>;

/** The UM example with every free-text field replaced by a payload, parsed by the lint's own parser. */
function hostileAgreementFile(): string {
  const source = readFileSync(join(REPOSITORY_ROOT, "agreements", "um", "um-valtiosihteeri.md"), "utf8");
  const data = parse(source.split(/^---$/m)[1]!) as Agreement;
  data.title = FIELD("title");
  data.organisation = FIELD("organisation");
  data.parties.official.name = FIELD("official");
  data.parties.official.title = FIELD("official-title");
  data.parties.superior.name = FIELD("superior");
  data.goals[0]!.title = FIELD("goal");
  data.goals[0]!.measures = [FIELD("measure")];
  data.goals[0]!.meters = [{ name: FIELD("meter"), target: FIELD("target"), baseline: FIELD("baseline"), unit: FIELD("unit") }];
  data.goals[0]!.criteria = { excellent: FIELD("criterion") };
  data.evaluations![0]!.summary = FIELD("summary");
  return `---\n${stringify(data)}---\n${BODY}`;
}

beforeAll(async () => {
  browser = await launchTestBrowser();
  directory = mkdtempSync(join(tmpdir(), "agreements-hostile-"));
  const file = createAgreementParser(READER)("agreements/um/um-valtiosihteeri.md", Buffer.from(hostileAgreementFile(), "utf8"));
  expect(file.schemaProblems).toEqual([]);
  agreement = file.agreement!;
  bodyTree = file.bodyTree!;
});

afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

async function inspect(opened: OpenedPage) {
  const { page } = opened;
  return {
    pwned: await page.evaluate("window.__pwned ?? null"),
    active: await page.locator("script, img, iframe, object, embed, link, form, base, video, audio, source, svg, meta[http-equiv=refresh], input, button").count(),
    styles: await page.locator("style").count(),
    styleAttributes: await page.locator("[style]").count(),
    handlers: await page.locator("*").evaluateAll((elements) => elements.filter((element) => [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith("on"))).length),
    unsafeLinks: await page.locator("[href]").evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? "").filter((href) => !/^(https?:|mailto:|#)/i.test(href))),
    requests: opened.requests,
    dialogs: opened.dialogs,
    errors: opened.errors,
  };
}

describe("render with hostile content in every field and in the body", () => {
  for (const restricted of [false, true]) {
    it(`runs nothing, loads nothing and shows the fields as text${restricted ? " (restricted)" : ""}, even without the page's CSP`, async () => {
      const html = renderAgreementHtml({ agreement, bodyTree }, { restricted });
      // bypassCSP: only the escaping and the sanitiser stand between the payloads and the browser.
      const opened = await openHtml(browser, directory, `hostile-${restricted}.html`, html, { bypassCSP: true });
      try {
        // An official clicking and pointing where the payloads were: nothing happens.
        await opened.page.getByText("click me", { exact: true }).click();
        await opened.page.getByText("entity", { exact: true }).click();
        await opened.page.getByText("raw link", { exact: true }).hover();
        // Raw HTML is dropped whole, with what it wrapped.
        expect(await opened.page.getByText("hover text").count()).toBe(0);
        await opened.page.waitForTimeout(200);
        expect(await inspect(opened)).toEqual({ pwned: null, active: 0, styles: 1, styleAttributes: 0, handlers: 0, unsafeLinks: [], requests: [], dialogs: [], errors: [] });
        expect(opened.page.url()).toBe(opened.url);
        // The fields are there, as text.
        expect(await opened.page.getByRole("heading", { level: 1 }).innerText()).toBe(FIELD("title"));
        expect(await opened.page.getByText("Visible paragraph after the payloads.").count()).toBe(1);
      } finally {
        await opened.close();
      }
    });
  }

  it("runs and loads nothing in a brief whose changes, findings and fields carry payloads", async () => {
    const parse = createAgreementParser(READER);
    const original = parse("agreements/um/um-valtiosihteeri.md", readFileSync(join(REPOSITORY_ROOT, "agreements", "um", "um-valtiosihteeri.md")));
    const hostile = parse("agreements/um/um-valtiosihteeri.md", Buffer.from(hostileAgreementFile(), "utf8"));
    const change = compareAgreements({ status: "modified", path: "agreements/um/um-valtiosihteeri.md", before: original, after: hostile });
    expect(change.goals.length + change.fields.length).toBeGreaterThan(0);
    const finding = { file: "agreements/um/um-valtiosihteeri.md", line: 3, column: 8, endLine: 3, endColumn: 9, rule: "schema", severity: "error" as const, message: FIELD("finding"), hint: FIELD("hint"), docs: "" };
    const html = renderBriefHtml({ agreement, source: hostileAgreementFile(), change, since: FIELD("since"), findings: [finding], today: "2020-04-01", restricted: true });
    const opened = await openHtml(browser, directory, "hostile-brief.html", html, { bypassCSP: true });
    try {
      expect(await inspect(opened)).toEqual({ pwned: null, active: 0, styles: 1, styleAttributes: 0, handlers: 0, unsafeLinks: [], requests: [], dialogs: [], errors: [] });
      expect(await opened.page.getByText(FIELD("finding"), { exact: false }).count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it("prints to PDF with the payloads as text", async () => {
    const text = pdfText(await printPdf(browser, renderAgreementHtml({ agreement, bodyTree }), { language: "fi", date: "2020-03-26" }));
    expect(text).toContain("<script>window.__pwned='goal'</script>");
    expect(text).toContain("Visible paragraph after the payloads.");
  });

  it("sees the request and the script of an unsanitised page, so the checks above can fail", async () => {
    const opened = await openHtml(browser, directory, "control.html", `<!doctype html><html lang="en"><title>control</title><img src="${TRAP}/control.png" onerror="window.__pwned='control'"></html>`, { bypassCSP: true });
    try {
      await opened.page.waitForFunction("window.__pwned === 'control'");
      const found = await inspect(opened);
      expect(found.pwned).toBe("control");
      expect(found.requests).toEqual([`${TRAP}/control.png`]);
      expect(found.handlers).toBe(1);
    } finally {
      await opened.close();
    }
  });
});
