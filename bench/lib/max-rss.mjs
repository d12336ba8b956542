// Preloaded with `node --import` when GNU time is not available: records this process's peak resident
// set size (kB, as Linux reports it) and CPU time (µs) into the file named by BENCH_MAX_RSS_FILE on exit.
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_MAX_RSS_FILE;
if (target) {
  // Children of this process must not overwrite the figure of the process being measured.
  delete process.env.BENCH_MAX_RSS_FILE;
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRSS, userCPUTime, systemCPUTime }));
  });
}
