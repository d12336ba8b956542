import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "./fixtures.js";

export const BIN = join(REPOSITORY_ROOT, "bin", "agreements.js");

export interface BinRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real bin (bin/agreements.js over the bundle in dist/, built by `npm test`) as a process, or
 * `options.bin`, the bin of a copy of the build. A non-zero exit is an answer here, not a failure; only a
 * process that could not run or was killed is.
 */
export function runBin(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeout?: number; bin?: string }): Promise<BinRun> {
  if (!existsSync(join(REPOSITORY_ROOT, "dist", "bin", "cli.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does) before this test.");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [options.bin ?? BIN, ...args], { cwd: options.cwd, env: options.env, encoding: "utf8", timeout: options.timeout ?? 30_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (typeof error.code !== "number" || error.killed)) reject(error);
      else resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}
