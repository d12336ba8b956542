// Times `agreements lint --cache` on the generated corpus (bench/.corpus, 10,000 agreements by default): no
// cache, a cold cache (none there yet), a warm one (nothing changed), and warm with one agreement changed;
// with --baseline DIR also DIR/bin/agreements.js without a cache (the build before the cache), in the same
// interleaved rounds. Prints medians of wall and CPU time and the peak RSS, and checks on the way that every
// cached run prints the uncached findings byte for byte.
//
//   node bench/cache.mjs [--files 10000] [--rounds 3] [--baseline DIR]

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CORPUS, ensureCorpus } from "./generate.mjs";
import { chooseMemoryProbe, measureNode } from "./lib/measure.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "agreements.js");
const ARGS = ["lint", "--format", "json", "--today", "2020-05-01"];
const CACHE = join(CORPUS, "node_modules", ".cache", "agreements", "lint-cache.json");

const { values } = parseArgs({ options: { files: { type: "string", default: "10000" }, rounds: { type: "string", default: "3" }, baseline: { type: "string" } } });
const rounds = Number(values.rounds);
const baseline = values.baseline ? resolve(values.baseline, "bin", "agreements.js") : undefined;
if (baseline && !existsSync(baseline)) throw new Error(`--baseline: ${baseline} does not exist.`);

ensureCorpus({ files: Number(values.files), log: (line) => console.log(`bench: ${line}`) });
// The cache's key lives in the user's cache folder: a folder of the bench's own, so no real one is touched.
const keyHome = mkdtempSync(join(tmpdir(), "agreements-bench-key-"));
process.env.XDG_CACHE_HOME = keyHome;
const probe = await chooseMemoryProbe("auto");
const changed = join(CORPUS, firstAgreement());
const original = readFileSync(changed);

const cases = ["no cache", ...(baseline ? ["baseline, no cache"] : []), "cold cache", "warm cache", "warm, 1 changed"];
const CACHED = new Set(["cold cache", "warm cache", "warm, 1 changed"]);
const runs = Object.fromEntries(cases.map((name) => [name, { wallMs: [], cpuMs: [], peakRssMb: [] }]));
const load = [loadavg()[0]];
let expected;

try {
  for (let round = 1; round <= rounds; round++) {
    // The cached runs go in their order (cold, warm, one changed); the blocks take turns at going first.
    const blocks = [["no cache"], ...(baseline ? [["baseline, no cache"]] : []), ["cold cache", "warm cache", "warm, 1 changed"]];
    const order = blocks.map((_, index) => blocks[(index + round - 1) % blocks.length]).flat();
    for (const name of order) {
      if (name === "cold cache") rmSync(CACHE, { force: true });
      if (name === "warm, 1 changed") writeFileSync(changed, Buffer.concat([original, Buffer.from(`\nÄndrad i omgång ${round}.\n`)]));
      const result = await measureNode({ script: name.startsWith("baseline") ? baseline : BIN, args: CACHED.has(name) ? [...ARGS, "--cache"] : ARGS, cwd: CORPUS, probe });
      if (result.code !== 0 && result.code !== 1) throw new Error(`${name} exited ${result.code}: ${result.stderr.slice(0, 500)}`);
      if (name === "warm, 1 changed") {
        const uncached = await measureNode({ script: BIN, args: ARGS, cwd: CORPUS, probe });
        if (uncached.stdout !== result.stdout) throw new Error("warm, 1 changed: the findings differ from the uncached lint's.");
        writeFileSync(changed, original);
      } else {
        expected ??= result.stdout;
        if (result.stdout !== expected) throw new Error(`${name}: the findings differ from the other runs'.`);
      }
      for (const key of ["wallMs", "cpuMs", "peakRssMb"]) runs[name][key].push(result[key]);
      console.log(`bench: round ${round}/${rounds}: ${name.padEnd(20)} ${Math.round(result.wallMs)} ms wall, ${Math.round(result.cpuMs)} ms CPU, ${result.peakRssMb?.toFixed(1)} MB`);
    }
    load.push(loadavg()[0]);
  }
} finally {
  writeFileSync(changed, original);
  rmSync(keyHome, { recursive: true, force: true });
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const noCache = median(runs["no cache"].wallMs);
console.log(`\n${values.files} agreements, ${rounds} rounds; load average (1 min) ${load.map((value) => value.toFixed(2)).join(" → ")}; cache file ${(readSize(CACHE) / 1024 / 1024).toFixed(1)} MB`);
console.log(`| case | median wall | median CPU | peak RSS | / no cache | wall of each run (ms) |\n|---|---:|---:|---:|---:|---|`);
for (const name of cases) {
  const run = runs[name];
  console.log(`| ${name} | ${Math.round(median(run.wallMs))} ms | ${Math.round(median(run.cpuMs))} ms | ${Math.max(...run.peakRssMb).toFixed(1)} MB | ${(median(run.wallMs) / noCache).toFixed(2)}x | ${run.wallMs.map(Math.round).join(", ")} |`);
}

function readSize(path) {
  return existsSync(path) ? readFileSync(path).length : 0;
}

/** As bench/run.mjs picks its one file. */
function firstAgreement() {
  const folder = readdirSync(join(CORPUS, "agreements")).sort()[0];
  const file = readdirSync(join(CORPUS, "agreements", folder)).filter((name) => name.endsWith(".md")).sort()[0];
  return `agreements/${folder}/${file}`;
}
