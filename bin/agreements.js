#!/usr/bin/env node
// A tiny bin over an injectable main(): everything testable lives in scripts/cli.ts (bundled into dist/bin/).
import { main } from "../dist/bin/cli.js";

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
});
