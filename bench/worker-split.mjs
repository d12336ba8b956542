// Where a second thread starts to pay: `agreements lint <the first N agreements> --jobs 1` against
// `--jobs 2`, in interleaved rounds, for several N. PARALLEL_THRESHOLD (scripts/lint/parallel.ts) is the
// default's break-even; this is how it is chosen. Meaningful only on a quiet machine: when the other core
// is busy, the second thread has nowhere to run and every N looks like a loss.
//
//   npm run build && node bench/worker-split.mjs [--sizes 100,200,400,800,1600] [--runs 5]

import { readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CORPUS, ensureCorpus } from "./generate.mjs";
import { chooseMemoryProbe, measureNode } from "./lib/measure.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const TODAY = "2020-05-01";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "100,200,400,800,1600" }, runs: { type: "string", default: "5" } } });
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error("--sizes takes whole numbers separated by commas, --runs one whole number.");
  process.exit(2);
}
if (cpus().length < 2) console.error("warning: one core only; a second thread cannot pay here.");

ensureCorpus({ files: Math.max(10000, ...sizes), log: (line) => console.error(line) });
const agreements = listMarkdown(join(CORPUS, "agreements")).map((path) => path.slice(CORPUS.length + 1)).sort();
const probe = await chooseMemoryProbe();
const bin = join(ROOT, "bin", "agreements.js");

const timings = new Map(sizes.flatMap((size) => [1, 2].map((jobs) => [`${size}/${jobs}`, []])));
console.error(`load average before: ${loadavg().map((load) => load.toFixed(2)).join(" ")}`);
for (let round = 0; round < runs; round++) {
  for (const size of sizes) {
    // Which goes first alternates, so neither gets the warmer file cache every time.
    for (const jobs of round % 2 === 0 ? [1, 2] : [2, 1]) {
      const result = await measureNode({ script: bin, args: ["lint", ...agreements.slice(0, size), "--jobs", String(jobs), "--format", "json", "--today", TODAY], cwd: CORPUS, probe });
      if (result.code !== 0 && result.code !== 1) throw new Error(`lint of ${size} agreements with --jobs ${jobs} failed (exit ${result.code}): ${result.stderr.slice(0, 500)}`);
      timings.get(`${size}/${jobs}`).push(result);
    }
  }
}
console.error(`load average after: ${loadavg().map((load) => load.toFixed(2)).join(" ")}`);

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
console.log(`| agreements | --jobs 1 wall | --jobs 2 wall | 2 / 1 | --jobs 1 CPU | --jobs 2 CPU |`);
console.log(`|---:|---:|---:|---:|---:|---:|`);
for (const size of sizes) {
  const [one, two] = [1, 2].map((jobs) => timings.get(`${size}/${jobs}`));
  const wall = [median(one.map((r) => r.wallMs)), median(two.map((r) => r.wallMs))];
  const cpu = [median(one.map((r) => r.cpuMs)), median(two.map((r) => r.cpuMs))];
  console.log(`| ${size} | ${wall[0].toFixed(0)} ms | ${wall[1].toFixed(0)} ms | ${(wall[1] / wall[0]).toFixed(2)} | ${cpu[0].toFixed(0)} ms | ${cpu[1].toFixed(0)} ms |`);
}

function listMarkdown(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listMarkdown(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}
