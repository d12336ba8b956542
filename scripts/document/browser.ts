import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { UserError } from "../errors.js";

/** The environment variable that names the browser, for machines where Chromium is elsewhere. */
export const BROWSER_ENV = "AGREEMENTS_BROWSER";

/** Where Debian, Ubuntu and the usual installers put Chromium or Chrome. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];

/**
 * Flags that keep a headless print quiet and offline: no sandbox (containers lack the kernel features it
 * needs; the pages we open run no script and load nothing), no GPU, no background updates or sync.
 */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * The browser to print with: `--browser`, then AGREEMENTS_BROWSER, then the usual places. A clear usage error
 * when none is found; `htmlAlternative` adds that --format html needs none (true of render and brief, not of
 * package and release, which always print).
 */
export function findBrowser(options: {
  browser?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  exists?: (path: string) => boolean;
  htmlAlternative?: boolean;
}): string {
  const exists = options.exists ?? existsSync;
  const given = options.browser ?? options.env[BROWSER_ENV];
  if (given !== undefined && given !== "") {
    const path = isAbsolute(given) ? given : resolve(options.cwd, given);
    if (!exists(path)) {
      const from = options.browser !== undefined ? "--browser" : BROWSER_ENV;
      throw new UserError(`${from} names ${path}, but there is no file there. Give the path of Chromium or Google Chrome.`);
    }
    return path;
  }
  const found = CANDIDATES.find((candidate) => exists(candidate));
  if (found === undefined) {
    throw new UserError(
      `no Chromium or Google Chrome was found to print the PDF with (looked in ${CANDIDATES.join(", ")}). ` +
        `Install Chromium (on Debian or Ubuntu: apt-get install chromium), or give its path with --browser PATH or the environment variable ${BROWSER_ENV}.` +
        (options.htmlAlternative === true ? " The HTML files need no browser: use --format html." : ""),
    );
  }
  return found;
}

/** Starts one headless browser for a whole batch of PDFs: starting it takes far longer than one page. */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new UserError(`the browser at ${executablePath} could not be started to print the PDF (${first}). Check that it is Chromium or Google Chrome, or give another with --browser PATH.`);
  }
}
