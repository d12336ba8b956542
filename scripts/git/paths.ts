import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

/**
 * A path the user typed (relative to where they stand, or absolute) as a path inside the repository
 * with forward slashes, as Git prints it; undefined when it points outside the repository. The file
 * need not exist on disk: it may exist only in an older commit.
 */
export function repositoryPath(root: string, cwd: string, path: string): string | undefined {
  const base = realpathOr(cwd);
  const absolute = isAbsolute(path) ? path : resolve(base, path);
  const inside = relative(realpathOr(root), absolute).split(sep).join("/");
  if (inside === ".." || inside.startsWith("../") || isAbsolute(inside)) return undefined;
  return inside.replace(/\/+$/, "");
}

/** Git reports the top folder with symbolic links resolved (/tmp on macOS is /private/tmp); so must we. */
function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
