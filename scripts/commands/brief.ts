import { resolve } from "node:path";
import { findBrowser, launchBrowser } from "../document/browser.js";
import { resolveAgreementPaths } from "../document/load.js";
import { printPdf } from "../document/pdf.js";
import { documentName } from "../document/render-files.js";
import { writeOutputFiles, type OutputFile } from "../document/write-outputs.js";
import { parseChoice, parseCommandArgs, parseToday } from "./args.js";
import { LANG_FLAG, parseLang } from "./lang.js";
import { UsageError } from "../errors.js";
import type { Command } from "./io.js";
import { shownPath } from "./render.js";
import { registryReader } from "./reader.js";

const help = `Usage: agreements brief <path or id> [options]

The brief for the yearly management discussion of one agreement, in its language, one or two pages:
what changed since last year's agreement (from Git: by default the newest submission-<year> tag
before the agreement's cycle), each goal with its meters' baseline and target, the last evaluation
of success, what the cycle's instruction requires (the common goals to choose from, meters and
criteria for the result bonus, the deadlines with the days left), and the open points (every
TO BE FILLED and every lint finding) as a checklist.

The file is written into the --out folder as brief-<agreement>.html or .pdf, and never replaces a
file with other contents.

Options:
  --since <ref>          Compare with this tag, branch or commit instead of the last submission
  --format <html|pdf>    html (default) or pdf
  --out <folder>         Where to write the brief (default: documents)
  --lang <fi|sv|en>      Language of the brief (default: the agreement's own)
  --today <YYYY-MM-DD>   The date days left are counted from (default: today)
  --restricted           Also show the last evaluation's summary, rating and bonus proposal (personal
                         data; the file is named restricted-brief-*, and must not be published)
  --browser <path>       Chromium or Google Chrome for --format pdf (default: AGREEMENTS_BROWSER,
                         then /usr/bin/chromium and other usual places)
  --config <file>        Config file for the lint findings
  -h, --help             Show this help

Exit status: 0 the brief was written, 2 bad usage, an unreadable agreement, no browser, or an
internal error.
`;

const FORMATS = ["html", "pdf"] as const;

export const briefCommand: Command = {
  name: "brief",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      since: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      ...LANG_FLAG,
      today: { type: "string" },
      restricted: { type: "boolean" },
      browser: { type: "string" },
      config: { type: "string" },
    });
    if (positionals.length !== 1) throw new UsageError("give one agreement, by path or id, for example: agreements brief vm-statssekreterare.");
    const format = parseChoice("--format", values.format as string | undefined, FORMATS, "html");
    const language = parseLang(values.lang);
    const today = parseToday(values.today as string | undefined);
    const restricted = values.restricted === true;
    const browserPath = format === "pdf" ? findBrowser({ browser: values.browser as string | undefined, env: io.env, cwd: io.cwd, htmlAlternative: true }) : undefined;
    const paths = resolveAgreementPaths(io.cwd, positionals);
    if (paths.length !== 1) throw new UsageError(`"${positionals[0]}" names ${paths.length} agreements; a brief is for one. Give its file or id.`);
    const path = paths[0]!;

    const { collectBrief } = await import("../brief/collect.js");
    const { renderBriefHtml } = await import("../brief/html.js");
    const collected = await collectBrief({
      reader: registryReader(),
      root: io.cwd,
      path,
      today,
      env: io.env,
      ...(values.since === undefined ? {} : { since: values.since as string }),
      ...(values.config === undefined ? {} : { config: values.config as string }),
    });
    const html = renderBriefHtml({ ...collected, restricted, ...(language ? { language } : {}) });
    const name = `brief-${documentName(path, format, false)}`;
    let file: OutputFile;
    if (browserPath === undefined) file = { name, bytes: Buffer.from(html, "utf8") };
    else {
      const browser = await launchBrowser(browserPath);
      try {
        file = { name, bytes: await printPdf(browser, html, { language: language ?? collected.agreement.language, date: today }) };
      } finally {
        await browser.close();
      }
    }
    if (restricted) file = { ...file, name: `restricted-${file.name}` };
    const directory = resolve(io.cwd, (values.out as string | undefined) ?? "documents");
    const result = writeOutputFiles(directory, [file]);
    const shownFile = shownPath(io.cwd, resolve(directory, file.name));
    io.stdout(result.written.length > 0 ? `Wrote ${shownFile}${collected.since ? ` (changes since ${collected.since})` : ""}.\n` : `${shownFile} is already there, unchanged.\n`);
    return 0;
  },
};
