// `node bench/output-guard.mjs`: what the output guard (scripts/output/guard.ts) costs on a large output,
// with and without a token to mask: 10 MB of lint-like text lines, written in 64 kB chunks as a command
// writes them, through the guard main() puts on stdout. Prints MB/s for each; needs dist/ (npm run build).

import { guardStream } from "../dist/output/guard.js";
import { createRedactor } from "../dist/output/redact.js";

const line = "agreements/vm/vm-statssekreterare.md:17:13  error  The common goal \"knowledge-managment\" is not in the 2020 catalogue.  unknown-common-goal\n";
const text = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
const chunks = [];
for (let index = 0; index < text.length; index += 65536) chunks.push(text.slice(index, index + 65536));
const megabytes = text.length / 1024 / 1024;

function measure(label, redact) {
  const times = [];
  for (let round = 0; round < 3; round++) {
    let written = 0;
    const stream = guardStream((out) => void (written += out.length), redact);
    const start = process.hrtime.bigint();
    for (const chunk of chunks) stream.write(chunk);
    stream.flush();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (written < text.length) throw new Error("the guard lost text");
  }
  const best = Math.min(...times);
  console.log(`${label.padEnd(34)} ${Math.round(best)} ms for ${megabytes.toFixed(1)} MB (${(megabytes / (best / 1000)).toFixed(1)} MB/s, best of 3)`);
}

measure("guard, no token", createRedactor([]));
measure("guard, masking a 40-character token", createRedactor(["ghs_0123456789abcdefABCDEF0123456789abcd"]));
