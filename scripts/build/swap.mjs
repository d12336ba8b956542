// How `npm run build` puts a new build in place without pulling it from under a running command.
import { existsSync, lstatSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Points `<root>/dist` at the build folder `target` (a folder under `<root>/.builds/`). dist is a symbolic
 * link: Node loads modules by their real path, so a running command keeps importing its lazily loaded
 * chunks from its own build folder even after dist points at a newer one. A new link renamed over the old
 * one replaces it in one step; a dist/ folder from before builds were swapped in is moved aside, never
 * deleted, as it may be in use.
 */
export function swapIn(root, target, name) {
  const dist = join(root, "dist");
  const link = join(root, `dist.next-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(relative(root, target), link, "dir");
  if (existsSync(dist) && !lstatSync(dist).isSymbolicLink()) renameSync(dist, join(root, ".builds", `folder-${name}`));
  renameSync(link, dist);
}

/**
 * Removes old builds: never the two newest (the one just swapped in and the one before it, which a
 * command started a moment ago may still be using), and only those older than `keepMs`.
 */
export function pruneBuilds(builds, keepMs, now = Date.now()) {
  const entries = readdirSync(builds)
    .map((entry) => ({ entry, time: statSync(join(builds, entry)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { entry, time } of entries.slice(2)) {
    if (now - time > keepMs) rmSync(join(builds, entry), { recursive: true, force: true });
  }
}
