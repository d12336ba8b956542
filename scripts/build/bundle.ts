import { copyFileSync, readFileSync } from "node:fs";
import { build, type Plugin } from "esbuild";
import { PRECOMPILED_FILE } from "../model/validate.js";

// Run by `npm run build` after tsc and the validators: bundles the command into dist/bin/, so a run
// loads a handful of files instead of some two hundred modules (a third of a one-file lint's start-up).
// Commands stay separate chunks, loaded only when used; the lint worker and the diff worker are entries of their own.
const dist = new URL("../", import.meta.url);
const outdir = new URL("bin/", dist);

await build({
  entryPoints: { cli: new URL("cli.js", dist).pathname, worker: new URL("lint/worker.js", dist).pathname, "diff-worker": new URL("changes/diff-worker.js", dist).pathname },
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
  plugins: [withoutEsprima()],
});
copyFileSync(new URL(`model/${PRECOMPILED_FILE}`, dist), new URL(PRECOMPILED_FILE, outdir));

/**
 * js-yaml 3 (gray-matter's engine, and fast-yaml.ts) loads esprima, 280 kB, at start-up for its unsafe
 * `!!js/function` type, through a require that esbuild cannot see: 12-16 ms of a one-file lint. We never
 * read YAML with that type (gray-matter's engine is replaced in front-matter.ts and fast-yaml.ts has its own
 * schema), so the bundle's copy of that type does without: the tag stays unresolved, as in js-yaml's browser
 * build. The build fails if js-yaml's text changes, rather than load esprima again unnoticed.
 */
function withoutEsprima(): Plugin {
  const LOAD = "esprima = _require('esprima');";
  return {
    name: "without-esprima",
    setup(build) {
      build.onLoad({ filter: /[\\/]js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        if (!text.includes(LOAD)) throw new Error(`${args.path} no longer loads esprima as bundle.ts expects.`);
        return { contents: text.replace(LOAD, "esprima = undefined;"), loader: "js" };
      });
    },
  };
}
