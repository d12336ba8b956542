import { isAbsolute, relative, resolve } from "node:path";
import { findBrowser, launchBrowser } from "../document/browser.js";
import { loadAgreements, resolveAgreementPaths } from "../document/load.js";
import { renderAgreementFiles, type DocumentFormat } from "../document/render-files.js";
import { writeOutputFiles } from "../document/write-outputs.js";
import { parseChoice, parseCommandArgs } from "./args.js";
import { LANG_FLAG, parseLang } from "./lang.js";
import type { Command, CommandIO } from "./io.js";
import { registryReader } from "./reader.js";

const help = `Usage: agreements render [paths or ids...] [options]

Makes each agreement a document in the 2017 model's layout, in the agreement's own language: the
organisation, both parties and the term; the four sections with each goal's development measures,
meters (baseline, target, unit) and criteria; the agreement's text; the evaluations of success; and a
signature block for both parties. An agreement on an older model is shown as it is.

Name agreements by file or folder (agreements/vm) or by id (vm-statssekreterare); without any, every
agreement under agreements/ is rendered. Each becomes one self-contained HTML page (nothing loaded
from the network, no script) or an A4 PDF with page numbers, printed by Chromium.

Files are written into the --out folder and never replaced: a file of the same name with other
contents stops the command before anything is written (the same file again is fine, so it can be re-run).

Options:
  --format <html|pdf>   html (default) or pdf; give it twice (--format html --format pdf) for both
  --out <folder>        Where to write the files (default: documents)
  --lang <fi|sv|en>     The language of the headings and labels (default: each agreement's own)
  --restricted          Also show the evaluations' summaries, ratings and bonus proposals. This is
                        personal data: the files are named restricted-*, and must not be published
  --browser <path>      Chromium or Google Chrome to print PDFs with (default: the environment
                        variable AGREEMENTS_BROWSER, then /usr/bin/chromium and other usual places)
  -h, --help            Show this help

Exit status: 0 every agreement was rendered, 1 some file could not be read (the others were
rendered), 2 bad usage, no browser for a PDF, or an internal error.
`;

const FORMATS = ["html", "pdf"] as const;

/** A path as the user will recognise it: relative to where they ran the command when it is inside. */
export function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside === "" ? "." : inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

export const renderCommand: Command = {
  name: "render",
  help,
  async run(argv, io: CommandIO) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: "string", multiple: true },
      out: { type: "string" },
      ...LANG_FLAG,
      restricted: { type: "boolean" },
      browser: { type: "string" },
    });
    const formats: DocumentFormat[] = [...new Set(((values.format as string[] | undefined) ?? ["html"]).map((format) => parseChoice("--format", format, FORMATS, "html")))];
    const language = parseLang(values.lang);
    const restricted = values.restricted === true;
    // Checked before any work: a missing browser is the commonest problem, and says what to set.
    const browserPath = formats.includes("pdf") ? findBrowser({ browser: values.browser as string | undefined, env: io.env, cwd: io.cwd, htmlAlternative: true }) : undefined;

    const paths = resolveAgreementPaths(io.cwd, positionals);
    const { loaded, unreadable } = loadAgreements(io.cwd, paths, registryReader());
    for (const problem of unreadable) {
      io.stderr(`${problem.path}:${problem.line}:${problem.column}: this agreement was not rendered: ${problem.message} Run "agreements lint ${problem.path}" for every problem.\n`);
    }
    if (loaded.length === 0) {
      io.stderr(paths.length === 0 ? "agreements render: there are no agreements to render here (no agreements/ folder, and none named).\n" : "agreements render: no agreement could be rendered.\n");
      return unreadable.length > 0 ? 1 : 2;
    }

    const browser = browserPath === undefined ? undefined : await launchBrowser(browserPath);
    let files;
    try {
      files = await renderAgreementFiles(loaded, { formats, restricted, ...(language ? { language } : {}), ...(browser ? { browser } : {}) });
    } finally {
      await browser?.close();
    }
    const directory = resolve(io.cwd, (values.out as string | undefined) ?? "documents");
    const result = writeOutputFiles(directory, files);
    const unchanged = result.unchanged.length > 0 ? ` (${result.unchanged.length} already there, unchanged)` : "";
    io.stdout(`Wrote ${result.written.length === 1 ? "1 file" : `${result.written.length} files`} to ${shownPath(io.cwd, directory)}${unchanged}.\n`);
    return unreadable.length > 0 ? 1 : 0;
  },
};
