// `npm run bench`: times, side by side on the same generated corpus, `agreements lint`, the floor (read,
// split, validate, parse; no rules) and markdownlint-cli2; then linting a single file. Prints medians,
// peak memory, the ratios and PASS/FAIL against the targets of issue 2, and writes bench/results.json.
//
//   npm run bench [-- --files 10000] [--rounds 3] [--single 7] [--memory auto|gnu-time|preload] [--baseline DIR]
//
// --baseline DIR also times DIR/bin/agreements.js (an earlier build: copy bin/ and a dereferenced dist/ into
// a folder inside the work tree, e.g. node_modules/.cache/baseline, so it finds the same node_modules), in
// the same rounds, so before and after are measured side by side under the same load.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CORPUS, ensureCorpus, MANIFEST } from "./generate.mjs";
import { BrokenRun, readFloor, readLint, readMarkdownlint } from "./lib/checks.mjs";
import { chooseMemoryProbe, measureNode } from "./lib/measure.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const TODAY = "2020-05-01";
// Issue 13's targets (issue 2's were 2x markdownlint-cli2, 500 MB, 300 ms and report within 2x).
const TARGETS = { lintOverFloor: 1.5, markdownlintOverLint: 3, peakRssMb: 300, singleFileMs: 150, reportOverLint: 1.2 };

const { values } = parseArgs({
  options: {
    files: { type: "string", default: "10000" },
    rounds: { type: "string", default: "3" },
    single: { type: "string", default: "7" },
    memory: { type: "string", default: "auto" },
    "skip-git": { type: "boolean", default: false },
    baseline: { type: "string" },
  },
});
const files = positiveInteger("--files", values.files);
const rounds = positiveInteger("--rounds", values.rounds);
const singleRuns = positiveInteger("--single", values.single);

try {
  await main();
} catch (error) {
  if (!(error instanceof BrokenRun)) throw error;
  console.error(`\nbench: ${error.message}`);
  process.exitCode = 2;
}

async function main() {
  buildIfMissing();
  const stamp = ensureCorpus({ files, log: (line) => console.log(`bench: ${line}`) });
  const defects = JSON.parse(readFileSync(MANIFEST, "utf8"));
  const probe = await chooseMemoryProbe(values.memory);
  const loadBefore = loadavg()[0];

  const tools = [
    { key: "lint", label: "agreements lint", script: join(ROOT, "bin", "agreements.js"), args: ["lint", "--format", "json", "--today", TODAY], read: (label, result) => readLint(label, result, defects) },
    { key: "floor", label: "floor (no rules)", script: join(ROOT, "bench", "floor.mjs"), args: [], read: readFloor },
    { key: "report", label: "agreements report", script: join(ROOT, "bin", "agreements.js"), args: ["report", "--format", "json", "--today", TODAY], read: readReport },
    { key: "markdownlint", label: "markdownlint-cli2", script: join(ROOT, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs"), args: ["agreements/**/*.md"], read: readMarkdownlint },
  ];
  if (values.baseline) {
    const script = resolve(values.baseline, "bin", "agreements.js");
    if (!existsSync(script)) throw new BrokenRun(`--baseline: ${script} does not exist.`);
    tools.push({ key: "baseline", label: "lint (baseline build)", script, args: ["lint", "--format", "json", "--today", TODAY], read: (label, result) => readLint(label, result, defects) });
  }
  if (!existsSync(tools.find((tool) => tool.key === "markdownlint").script)) throw new BrokenRun("markdownlint-cli2 is not installed: run npm ci first.");
  const runs = Object.fromEntries(tools.map((tool) => [tool.key, { label: tool.label, wallMs: [], cpuMs: [], peakRssMb: [], output: undefined }]));

  for (let round = 1; round <= rounds; round++) {
    // A different order each round, so no tool always runs first on a cold cache or last on a hot machine.
    const order = tools.map((_, index) => tools[(index + round - 1) % tools.length]);
    for (const tool of order) {
      process.stdout.write(`bench: round ${round}/${rounds}: ${tool.label} … `);
      const result = await measureNode({ script: tool.script, args: tool.args, cwd: CORPUS, probe });
      const output = tool.read(tool.label, result);
      record(runs[tool.key], result, output);
      // Kept to check that the baseline build and this one print byte-identical findings.
      if (tool.key === "lint" || tool.key === "baseline") runs[tool.key].stdout ??= result.stdout;
      console.log(`${Math.round(result.wallMs)} ms wall, ${Math.round(result.cpuMs)} ms CPU, ${formatMb(result.peakRssMb)}`);
    }
  }

  const singleFile = firstAgreement();
  const single = { label: "lint one file", file: singleFile, wallMs: [], cpuMs: [], peakRssMb: [], output: undefined };
  const startup = { label: "node start-up only", wallMs: [], cpuMs: [], peakRssMb: [], output: undefined };
  for (let run = 1; run <= singleRuns; run++) {
    const result = await measureNode({ script: join(ROOT, "bin", "agreements.js"), args: ["lint", singleFile, "--format", "json", "--today", TODAY], cwd: CORPUS, probe });
    record(single, result, readLint("lint one file", result, {}));
    record(startup, await measureNode({ script: "-e", args: ["0"], cwd: CORPUS, probe }), {});
  }
  console.log(`bench: lint one file (${singleFile}) ×${singleRuns}: ${single.wallMs.map(Math.round).join(", ")} ms`);

  const results = summarise({ stamp, runs, single, startup, probe, loadBefore });
  if (runs.baseline) {
    const baseline = runs.baseline;
    results.baseline = { directory: values.baseline, wallMs: baseline.wallMs.map(Math.round), medianMs: Math.round(median(baseline.wallMs)), medianCpuMs: Math.round(median(baseline.cpuMs)), peakRssMb: round1(Math.max(...baseline.peakRssMb.map((value) => value ?? Number.NaN))), sameFindings: baseline.stdout === runs.lint.stdout };
    results.ratios.baselineOverLint = round2(results.baseline.medianMs / results.tools.lint.medianMs);
    results.ratios.baselineOverLintCpu = round2(results.baseline.medianCpuMs / results.tools.lint.medianCpuMs);
  }
  printReport(results);
  writeFileSync(join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("\nWritten to bench/results.json.");
  // Issue 9's part: hostile files, one at a time, each within 2 s.
  console.log("\nbench: hostile files (bench/pathological.mjs)");
  const hostile = spawnSync(process.execPath, [join(ROOT, "bench", "pathological.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (hostile.status !== 0) throw new BrokenRun("bench/pathological.mjs failed or a hostile file took over 2 s.");
  if (values["skip-git"]) return;
  // Issue 3's part: history and diff on a generated repository of 5,000 commits, beside git log.
  console.log("\nbench: history and diff (bench/git-history.mjs)");
  const git = spawnSync(process.execPath, [join(ROOT, "bench", "git-history.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (git.status !== 0) throw new BrokenRun("bench/git-history.mjs failed.");
}

function readReport(label, result) {
  if (result.code !== 0) throw new BrokenRun(`${label} exited ${result.code}: ${result.stderr.slice(0, 500)}`);
  const model = JSON.parse(result.stdout);
  return { agreements: model.total?.agreements ?? model.total?.files };
}

function record(target, result, output) {
  target.wallMs.push(result.wallMs);
  target.cpuMs.push(result.cpuMs);
  target.peakRssMb.push(result.peakRssMb);
  target.output ??= output;
}

function summarise({ stamp, runs, single, startup, probe, loadBefore }) {
  const figures = (entry) => ({
    wallMs: entry.wallMs.map(Math.round),
    medianMs: Math.round(median(entry.wallMs)),
    cpuMs: entry.cpuMs.map(Math.round),
    medianCpuMs: Math.round(median(entry.cpuMs)),
    peakRssMb: round1(Math.max(...entry.peakRssMb.map((value) => value ?? Number.NaN))),
  });
  const lint = figures(runs.lint);
  const floor = figures(runs.floor);
  const markdownlint = figures(runs.markdownlint);
  const report = figures(runs.report);
  const reportOverLint = round2(report.medianMs / lint.medianMs);
  const singleFigures = figures(single);
  const lintOverFloor = round2(lint.medianMs / floor.medianMs);
  const markdownlintOverLint = round2(markdownlint.medianMs / lint.medianMs);
  const peak = Math.max(lint.peakRssMb, singleFigures.peakRssMb);
  return {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageBefore: round2(loadBefore), loadAverageAfter: round2(loadavg()[0]) },
    corpus: { agreements: stamp.files, catalogues: 1, megabytes: round1(stamp.bytes / 1024 / 1024), filesWithDefects: stamp.defectFiles, generatorVersion: stamp.generatorVersion, seed: stamp.seed },
    rounds,
    memoryMeasuredWith: probe === "gnu-time" ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS (preload)",
    tools: {
      lint: { ...lint, ...runs.lint.output },
      floor: { ...floor, ...runs.floor.output },
      markdownlint: { ...markdownlint, ...runs.markdownlint.output },
      report: { ...report, ...runs.report.output },
    },
    singleFile: { file: single.file, ...singleFigures, nodeStartupMedianMs: Math.round(median(startup.wallMs)) },
    ratios: {
      lintOverFloor,
      markdownlintOverLint,
      reportOverLint,
      // The same ratios on CPU time, which a busy machine disturbs less than wall time.
      lintOverFloorCpu: round2(lint.medianCpuMs / floor.medianCpuMs),
      markdownlintOverLintCpu: round2(markdownlint.medianCpuMs / lint.medianCpuMs),
    },
    targets: [
      { name: "whole-corpus lint / floor", value: lintOverFloor, target: `<= ${TARGETS.lintOverFloor}x`, pass: lintOverFloor <= TARGETS.lintOverFloor },
      { name: "markdownlint-cli2 / lint", value: markdownlintOverLint, target: `>= ${TARGETS.markdownlintOverLint}x`, pass: markdownlintOverLint >= TARGETS.markdownlintOverLint },
      { name: "lint peak memory (MB)", value: peak, target: `< ${TARGETS.peakRssMb} MB`, pass: peak < TARGETS.peakRssMb },
      { name: "report / lint", value: reportOverLint, target: `< ${TARGETS.reportOverLint}x`, pass: reportOverLint < TARGETS.reportOverLint },
      { name: "lint one file (ms, median)", value: singleFigures.medianMs, target: `< ${TARGETS.singleFileMs} ms`, pass: singleFigures.medianMs < TARGETS.singleFileMs },
    ],
  };
}

function printReport(results) {
  const { tools, singleFile, ratios, machine, corpus } = results;
  const lines = [
    "",
    `Benchmark: ${corpus.agreements} agreements + 1 catalogue (${corpus.megabytes} MB, ${corpus.filesWithDefects} with defects), ${results.rounds} round(s)`,
    `${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), load average ${machine.loadAverageBefore} before / ${machine.loadAverageAfter} after; memory by ${results.memoryMeasuredWith}`,
    "",
    `${"".padEnd(22)}${"median wall".padStart(12)}${"median CPU".padStart(12)}${"peak RSS".padStart(11)}   wall of each run (ms)`,
    ...[
      ["agreements lint", tools.lint],
      ["floor (no rules)", tools.floor],
      ["markdownlint-cli2", tools.markdownlint],
      ["agreements report", tools.report],
      ["lint one file", singleFile],
    ].map(([label, row]) => `${label.padEnd(22)}${`${row.medianMs} ms`.padStart(12)}${`${row.medianCpuMs} ms`.padStart(12)}${formatMb(row.peakRssMb).padStart(11)}   ${row.wallMs.join(", ")}`),
    "",
    `lint / floor             ${ratios.lintOverFloor}x wall, ${ratios.lintOverFloorCpu}x CPU`,
    `markdownlint-cli2 / lint ${ratios.markdownlintOverLint}x wall, ${ratios.markdownlintOverLintCpu}x CPU`,
    `report / lint            ${ratios.reportOverLint}x wall`,
    `node start-up alone      ${singleFile.nodeStartupMedianMs} ms (median; included in the single-file time)`,
    "",
    `Findings: lint ${tools.lint.findings} (${Object.entries(tools.lint.byRule).map(([rule, count]) => `${rule} ${count}`).join(", ") || "none"}); markdownlint-cli2 ${tools.markdownlint.errors} on its own rules`,
    `Planted defects found by their rule: ${Object.entries(tools.lint.planted).map(([kind, { rule, planted, found }]) => `${kind} → ${rule} ${found}/${planted}`).join(", ")}`,
    `Clean files with findings: ${tools.lint.cleanFilesWithFindings}${tools.lint.cleanFileExamples.length > 0 ? ` (e.g. ${tools.lint.cleanFileExamples.join(", ")})` : ""}`,
    ...(results.baseline ? [`baseline build lint        ${results.baseline.medianMs} ms wall, ${results.baseline.medianCpuMs} ms CPU, ${formatMb(results.baseline.peakRssMb)}: ${results.ratios.baselineOverLint}x wall, ${results.ratios.baselineOverLintCpu}x CPU of this build; byte-identical findings: ${results.baseline.sameFindings}`] : []),
    "",
    "Targets:",
    ...results.targets.map((target) => `  ${target.pass ? "PASS" : "FAIL"}  ${target.name.padEnd(28)} ${String(target.value).padStart(8)}   target ${target.target}`),
  ];
  console.log(lines.join("\n"));
}

/** The bin runs dist/: build once when it is missing (a fresh clone without `npm ci`'s prepare step). */
function buildIfMissing() {
  if (existsSync(join(ROOT, "dist", "cli.js"))) return;
  console.log("bench: dist/ is missing; running npm run build");
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new BrokenRun("npm run build failed.");
}

function firstAgreement() {
  const folder = readdirSync(join(CORPUS, "agreements")).sort()[0];
  const file = readdirSync(join(CORPUS, "agreements", folder)).filter((name) => name.endsWith(".md")).sort()[0];
  return `agreements/${folder}/${file}`;
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function positiveInteger(flag, text) {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) {
    console.error(`bench: ${flag} needs a whole number of at least 1, not "${text}".`);
    process.exit(2);
  }
  return number;
}

function formatMb(megabytes) {
  return megabytes === undefined || Number.isNaN(megabytes) ? "n/a" : `${Math.round(megabytes)} MB`;
}

function round1(number) {
  return Math.round(number * 10) / 10;
}

function round2(number) {
  return Math.round(number * 100) / 100;
}
