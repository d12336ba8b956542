// `npm run build`: compiles into a new folder under .builds/ and only then points dist at it, so a build
// (and `npm test`, which builds first) never deletes the files of an `agreements` command still running.
// dist is a symbolic link: Node loads modules by their real path, so a running command keeps loading its
// lazily imported chunks from its own build folder even after dist points at a newer one. Each build starts
// from an empty folder, so a file whose source was deleted cannot linger and make a test pass that would
// fail on a fresh clone.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pruneBuilds, swapIn } from "./swap.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const builds = join(root, ".builds");
/** Builds older than this, other than the two newest, are removed: no command runs that long. */
const KEEP_MS = 24 * 60 * 60 * 1000;

const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
const target = join(builds, name);
mkdirSync(target, { recursive: true });

function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    rmSync(target, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
}

step(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json", "--outDir", target]);
step(process.execPath, [join(target, "build", "precompile-validators.js")]);
step(process.execPath, [join(target, "build", "bundle.js")]);

swapIn(root, target, name);
pruneBuilds(builds, KEEP_MS);
