import { expect } from "vitest";
import { main } from "../../scripts/cli.js";
import { REPOSITORY_ROOT } from "./fixtures.js";

export { BIN, runBin, type BinRun } from "./bin.js";

/** What one `agreements …` run printed and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The folder the command starts in (default: this repository). */
  cwd?: string;
  /** The whole environment the command sees (default: none, so no token or CI variable leaks in from the test's shell). */
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
}

/**
 * The one way to run a command in tests: `main()` in this process, exactly as bin/agreements.js calls it,
 * with the output guard and the error handling of `main()`. Spawn the real bin (`runBin`) only where the
 * process itself is the point: its exit code, worker threads loaded from dist/, the real streams.
 */
export async function runCli(argv: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const status = await main({
    argv,
    cwd: options.cwd ?? REPOSITORY_ROOT,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}

/**
 * Runs a command that must refuse with a usage error, and returns what it said, without main()'s
 * "agreements <command>: " in front and its help hint after: exit 2, the message as the last thing on
 * stderr, and never the internal-error text (a crash is not a refusal).
 */
export async function runRefused(argv: readonly string[], options: CliOptions = {}): Promise<string> {
  const run = await runCli(argv, options);
  const prefix = `agreements ${argv[0]}: `;
  const hint = `Run "agreements ${argv[0]} --help" for the options.\n`;
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).not.toContain("an internal error stopped the command");
  const at = run.stderr.startsWith(prefix) ? 0 : run.stderr.lastIndexOf(`\n${prefix}`) + 1;
  expect(at > 0 || run.stderr.startsWith(prefix), `stderr names the command: ${run.stderr}`).toBe(true);
  const said = run.stderr.slice(at + prefix.length);
  return (said.endsWith(hint) ? said.slice(0, -hint.length) : said).replace(/\n$/, "");
}
