// `npm run bench:documents`: how long the documents of issue 12 take. Renders every example agreement to
// HTML (in-process, the median of several rounds, and once through the real command), then prints 100
// agreements to PDF with one browser, as `render --format pdf` and `package` do. Prints the figures and
// writes bench/documents-results.json. Needs `npm run build` and Chromium (AGREEMENTS_BROWSER or /usr/bin/chromium).
//
//   npm run bench:documents [-- --pdfs 100] [--rounds 5]

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { pdfs: { type: "string", default: "100" }, rounds: { type: "string", default: "5" } } });
const pdfCount = Number(values.pdfs);
const rounds = Number(values.rounds);

const { loadAgreements, resolveAgreementPaths } = await import(join(ROOT, "dist", "document", "load.js"));
const { renderAgreementFiles } = await import(join(ROOT, "dist", "document", "render-files.js"));
const { registryReader } = await import(join(ROOT, "dist", "commands", "reader.js"));
const reader = registryReader();
const { findBrowser, launchBrowser } = await import(join(ROOT, "dist", "document", "browser.js"));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = async (work) => {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
};

// HTML for every example, in-process: reading and parsing included, as the command does.
const htmlRuns = [];
let exampleCount = 0;
for (let round = 0; round < rounds; round++) {
  const { ms, result } = await time(async () => {
    const { loaded } = loadAgreements(ROOT, resolveAgreementPaths(ROOT, []), reader);
    return renderAgreementFiles(loaded, { formats: ["html"] });
  });
  exampleCount = result.length;
  htmlRuns.push(ms);
}

// The same through the real command, start-up included.
const out = mkdtempSync(join(tmpdir(), "agreements-bench-documents-"));
const cli = await time(async () => spawnSync(process.execPath, [join(ROOT, "bin", "agreements.js"), "render", "--out", out], { cwd: ROOT, encoding: "utf8" }));
rmSync(out, { recursive: true, force: true });
if (cli.result.status !== 0) throw new Error(`agreements render failed: ${cli.result.stderr}`);

// PDFs for `pdfCount` agreements (the examples over and over) with one browser.
const { loaded } = loadAgreements(ROOT, resolveAgreementPaths(ROOT, []), reader);
const batch = Array.from({ length: pdfCount }, (_, index) => ({ ...loaded[index % loaded.length], path: `agreements/bench/agreement-${index}.md` }));
const browserPath = findBrowser({ env: process.env, cwd: ROOT });
const launch = await time(() => launchBrowser(browserPath));
const browser = launch.result;
let pdfs;
try {
  pdfs = await time(() => renderAgreementFiles(batch, { formats: ["pdf"], browser }));
} finally {
  await browser.close();
}
const bytes = pdfs.result.reduce((sum, file) => sum + file.bytes.byteLength, 0);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", loadBefore: loadavg()[0] },
  html: { agreements: exampleCount, medianMs: Math.round(median(htmlRuns)), rounds, commandMs: Math.round(cli.ms) },
  pdf: { agreements: pdfCount, browserStartMs: Math.round(launch.ms), totalMs: Math.round(pdfs.ms), perPdfMs: Math.round(pdfs.ms / pdfCount), megabytes: Math.round(bytes / 1e5) / 10 },
};
console.log(`HTML: ${exampleCount} example agreements in ${results.html.medianMs} ms (median of ${rounds}, in-process); the command with start-up: ${results.html.commandMs} ms.`);
console.log(`PDF: ${pdfCount} agreements with one browser in ${results.pdf.totalMs} ms (${results.pdf.perPdfMs} ms each, browser start ${results.pdf.browserStartMs} ms, ${results.pdf.megabytes} MB).`);
writeFileSync(join(ROOT, "bench", "documents-results.json"), `${JSON.stringify(results, null, 2)}\n`);
