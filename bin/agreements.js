#!/usr/bin/env node
// A tiny bin over an injectable main(): everything testable lives in dist/cli.js.
import { main } from "../dist/cli.js";

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
});
