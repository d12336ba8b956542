import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let remembered: string | undefined;

/**
 * A hash of the code that is running: every file of the build it was loaded from (dist/bin/ when bundled,
 * which is .builds/<build>/bin/ by its real path, with its chunks and precompiled schemas), or every source
 * file under scripts/ plus package-lock.json when run from the sources (tests). `lint --cache` keys on it
 * besides the version number, so a rebuild with the same version never reuses results of the old code.
 *
 * The contents, not their size and time: a build keeps the sizes when only a digit changes, and copying or
 * unpacking a build can keep the times. Hashing the 2.6 MB of the bundle costs a few milliseconds, once a
 * run, and only with --cache.
 */
export function codeFingerprint(): string {
  remembered ??= fingerprintOf(codeFolder(dirname(fileURLToPath(import.meta.url))));
  return remembered;
}

/** The folder that holds the entry point (cli.js or cli.ts) this module was loaded beside or under. */
function codeFolder(start: string): string {
  for (let folder = start, level = 0; level < 3; level++, folder = dirname(folder)) {
    if (existsSync(join(folder, "cli.js")) || existsSync(join(folder, "cli.ts"))) return folder;
  }
  return start;
}

function fingerprintOf(folder: string): string {
  const hash = createHash("sha256");
  const add = (name: string, path: string) => {
    const bytes = readFileSync(path);
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  };
  for (const name of filesUnder(folder, "")) add(name, join(folder, name));
  // From the sources, the libraries are not part of the folder; their exact versions are in the lock file.
  const lock = join(folder, "..", "package-lock.json");
  if (existsSync(join(folder, "cli.ts")) && existsSync(lock)) add("../package-lock.json", lock);
  return hash.digest("hex");
}

function filesUnder(folder: string, prefix: string): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory() && entry.name !== "node_modules") names.push(...filesUnder(folder, name));
    else if (entry.isFile()) names.push(name);
  }
  return names;
}
