import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../../scripts/document/browser.js";

/** Debian's Chromium, driven by playwright-core: no browser download, the same binary on every machine. */
export const CHROMIUM = "/usr/bin/chromium";

export async function launchTestBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing (${CHROMIUM}). The browser tests need it: run .ci/install-browser (it installs Debian's chromium and poppler-utils), then run the tests again.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  url: string;
  /** Every request after the page's own document. */
  requests: string[];
  dialogs: string[];
  console: string[];
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens an HTML file as an official would (a file: URL), recording every request, dialog, console line
 * and error. `bypassCSP` opens it as if the page had no Content-Security-Policy: what is left to stop a
 * planted payload is then the escaping and the sanitiser alone.
 */
export async function openHtml(browser: Browser, directory: string, name: string, html: string, options: { bypassCSP?: boolean } = {}): Promise<OpenedPage> {
  const path = join(directory, name);
  writeFileSync(path, html, "utf8");
  const url = pathToFileURL(path).href;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: options.bypassCSP === true });
  const page = await context.newPage();
  const opened: OpenedPage = { page, url, requests: [], dialogs: [], console: [], errors: [], close: () => context.close() };
  page.on("request", (request) => {
    if (!(request.url() === url && request.isNavigationRequest())) opened.requests.push(request.url());
  });
  page.on("dialog", (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => opened.console.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => opened.errors.push(error.message));
  await page.goto(url, { waitUntil: "load" });
  return opened;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.0 and 2.1 levels A and AA rules: what the public sector's accessibility law requires. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, which the page's CSP does not
 * govern) and returns the violations of WCAG 2.1 A and AA, each with the elements it found.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const scope = globalThis as unknown as { document: unknown; axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } };
    const result = await scope.axe.run(scope.document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  }, WCAG_AA_TAGS);
}

/** The text of a PDF as poppler's pdftotext reads it in content order (-raw: its layout guesses drop spaces in narrow cells), whitespace collapsed. */
export function pdfText(pdf: Uint8Array): string {
  // Only what lies on the A4 page (595 x 842 points at pdftotext's 72 dpi): text pushed past the edge is lost in print, so it must not count.
  const directory = mkdtempSync(join(tmpdir(), "agreements-pdf-"));
  try {
    const path = join(directory, "document.pdf");
    writeFileSync(path, pdf);
    return collapse(execFileSync("pdftotext", ["-raw", "-x", "0", "-y", "0", "-W", "595", "-H", "842", "-enc", "UTF-8", path, "-"], { encoding: "utf8" }));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** pdfinfo's fields (Title, Tagged, Page size, Pages…). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const directory = mkdtempSync(join(tmpdir(), "agreements-pdf-"));
  try {
    const path = join(directory, "document.pdf");
    writeFileSync(path, pdf);
    const output = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    return Object.fromEntries(output.split("\n").filter((line) => line.includes(":")).map((line) => [line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim()]));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Heading levels in document order that skip a level (h2 straight to h4) or do not start at h1: empty when in order. */
export async function headingsOutOfOrder(page: Page): Promise<string[]> {
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((elements) => elements.map((element) => `${element.tagName.toLowerCase()} ${element.textContent ?? ""}`));
  const wrong: string[] = [];
  let previous = 0;
  for (const heading of levels) {
    const level = Number(heading[1]);
    if (level > previous + 1) wrong.push(heading);
    previous = level;
  }
  return wrong;
}
