import { DEFAULT_PATHS } from "../layout/paths.js";
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The repository's root as seen from `start`: the nearest folder at or above it that holds agreements/
 * or goals/, looking no higher than the Git top level (the folder with .git), so that an official can
 * run any command from inside agreements/vm/ as from the top. Without such a folder, `start` itself:
 * a command then says what it is missing there, as before.
 */
export function findRepositoryRoot(start: string): string {
  let folder = resolve(start);
  for (;;) {
    if (DEFAULT_PATHS.some((name) => isDirectory(join(folder, name)))) return folder;
    const parent = dirname(folder);
    if (existsSync(join(folder, ".git")) || parent === folder) return start;
    folder = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
