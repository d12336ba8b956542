import { copyFileSync } from "node:fs";
import { build } from "esbuild";
import { PRECOMPILED_FILE } from "../model/validate.js";

// Run by `npm run build` after tsc and the validators: bundles the command into dist/bin/, so a run
// loads a handful of files instead of some two hundred modules (a third of a one-file lint's start-up).
// Commands stay separate chunks, loaded only when used; the lint worker is its own entry.
const dist = new URL("../", import.meta.url);
const outdir = new URL("bin/", dist);

await build({
  entryPoints: { cli: new URL("cli.js", dist).pathname, worker: new URL("lint/worker.js", dist).pathname },
  outdir: outdir.pathname,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  // playwright-core finds its own files next to itself at run time; it cannot be bundled, and only PDFs load it.
  external: ["playwright-core"],
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
copyFileSync(new URL(`model/${PRECOMPILED_FILE}`, dist), new URL(PRECOMPILED_FILE, outdir));
