#!/usr/bin/env node
// Test-only stand-in for bin/agreements.js until `diff` and `history` are registered in scripts/cli.ts:
// runs one of them from dist/ as a real process, with the CLI's exit-2 handling of usage errors.
//   node test/helpers/git-command-bin.mjs <diff|history> [args...]
import { UsageError } from "../../dist/commands/errors.js";

const [name, ...args] = process.argv.slice(2);
const module = await import(`../../dist/commands/${name}.js`);
const command = module[`${name}Command`];
try {
  process.exitCode = await command.run(args, {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
  });
} catch (error) {
  const internal = !(error instanceof UsageError);
  process.stderr.write(`agreements ${name}: ${internal ? `an internal error stopped the command:\n${error?.stack ?? error}` : error.message}\n`);
  process.exitCode = 2;
}
