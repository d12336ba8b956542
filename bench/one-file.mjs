// Times a one-file lint as officials run it (a new process each time), alternating with other builds and
// with node's bare start-up, so all are measured under the same load. Prints the median and the fastest.
//
//   node bench/one-file.mjs [file] [runs] [bin …]
//   node bench/one-file.mjs agreements/vm/vm-statssekreterare.md 11 bin/agreements.js node_modules/.cache/speed3-before/bin/agreements.js
//
// "-e" as a bin times `node -e 0`, the floor.
import { spawnSync } from "node:child_process";

const [file = "agreements/vm/vm-statssekreterare.md", runs = "11", ...given] = process.argv.slice(2);
const bins = given.length > 0 ? given : ["bin/agreements.js", "-e"];
const times = Object.fromEntries(bins.map((bin) => [bin, []]));
for (let run = 0; run < Number(runs); run++) {
  for (const bin of bins) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, bin === "-e" ? ["-e", "0"] : [bin, "lint", file, "--today", "2020-05-01"], { encoding: "utf8" });
    if (result.status !== 0 && result.status !== 1) throw new Error(`${bin} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    times[bin].push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const bin of bins) console.log(`${bin.padEnd(60)} median ${median(times[bin]).toFixed(0)} ms, fastest ${Math.min(...times[bin]).toFixed(0)} ms`);
