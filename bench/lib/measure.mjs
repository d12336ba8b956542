// Runs one command as a child process and measures its wall time, peak memory (resident set size) and CPU
// time. Memory and CPU come from GNU time (`/usr/bin/time -v`) when present; otherwise from a preload that
// asks the node process itself (`process.resourceUsage()`) as it exits. CPU time is kept because wall
// time on a shared, busy machine says as much about the neighbours as about the tool.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";
const PRELOAD = new URL("./max-rss.mjs", import.meta.url).href;

/** "gnu-time" when /usr/bin/time is GNU time (it understands -v), otherwise "preload". */
export async function chooseMemoryProbe(requested = "auto") {
  if (requested !== "auto") return requested;
  if (!existsSync(GNU_TIME)) return "preload";
  const probe = await run([GNU_TIME, "-v", "true"], { cwd: tmpdir() });
  return /Maximum resident set size/.test(probe.stderr) ? "gnu-time" : "preload";
}

/**
 * Runs `node script ...args` in `cwd`; resolves with exit code, output, wall time (ms), CPU time (ms,
 * user + system) and peak RSS (MB).
 * @param {{ script: string, args: string[], cwd: string, probe: "gnu-time" | "preload" }} options
 */
export async function measureNode({ script, args, cwd, probe }) {
  const scratch = mkdtempSync(join(tmpdir(), "agreements-bench-"));
  const rssFile = join(scratch, "rss");
  try {
    const node = [process.execPath, ...(probe === "preload" ? ["--import", PRELOAD] : []), script, ...args];
    const argv = probe === "gnu-time" ? [GNU_TIME, "-v", "-o", rssFile, ...node] : node;
    const env = probe === "preload" ? { ...process.env, BENCH_MAX_RSS_FILE: rssFile } : process.env;
    const result = await run(argv, { cwd, env });
    return { ...result, ...readUsage(rssFile, probe) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readUsage(file, probe) {
  if (!existsSync(file)) return { peakRssMb: undefined, cpuMs: undefined };
  const text = readFileSync(file, "utf8");
  if (probe === "gnu-time") {
    const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(text)?.[1]);
    return {
      peakRssMb: field("Maximum resident set size \\(kbytes\\)") / 1024,
      cpuMs: (field("User time \\(seconds\\)") + field("System time \\(seconds\\)")) * 1000,
    };
  }
  const usage = JSON.parse(text);
  return { peakRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
}

/** Spawns without a shell (so globs reach the tool unexpanded) and times from spawn to exit. */
function run(argv, { cwd, env = process.env }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({
        code,
        wallMs: performance.now() - started,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      });
    });
  });
}
