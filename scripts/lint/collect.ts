import { lstatSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createRequire } from "node:module";
import { UsageError } from "../errors.js";

/** Folders that never hold agreements. README.md files explain a folder; they are not agreements. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);
const SKIPPED_FILES = new Set(["README.md"]);

/** Loaded only when there are globs to match: most runs have none, and one-file lints start faster without it. */
function loadPicomatch(): typeof import("picomatch") {
  return createRequire(import.meta.url)("picomatch") as typeof import("picomatch");
}

export function toRepositoryPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join("/");
}

/**
 * The Markdown files under the given paths (files or folders, relative to the repository root), in a
 * stable order, minus the ignored ones. A path that does not exist is a usage error.
 */
export function collectMarkdownFiles(root: string, paths: readonly string[], ignore: readonly string[]): string[] {
  const isIgnored = ignore.length > 0 ? loadPicomatch()([...ignore], { dot: true }) : () => false;
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = join(root, path);
    let stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      throw new UsageError(`"${path}" does not exist. Give a file or folder inside the repository, such as agreements/ or goals/2020.md.`);
    }
    // As in every command: a symbolic link is never read as an agreement (it could point anywhere).
    if (stats.isSymbolicLink()) {
      throw new UsageError(`"${path}" is a symbolic link. Agreements and goals are checked only as real files, never through a link; give the file it points to, if that is inside the repository.`);
    }
    if (stats.isDirectory()) walk(absolute, root, found);
    else found.add(toRepositoryPath(root, absolute));
  }
  return [...found].filter((path) => !isIgnored(path)).sort();
}

/** Symbolic links (to files or folders) are left out: Dirent reports them as links, not as files. */
function walk(directory: string, root: string, found: Set<string>): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const absolute = join(directory, entry.name);
    if (entry.isDirectory()) walk(absolute, root, found);
    else if (entry.isFile() && entry.name.endsWith(".md") && !SKIPPED_FILES.has(entry.name)) found.add(toRepositoryPath(root, absolute));
  }
}
