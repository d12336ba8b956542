import { isAbsolute, relative, resolve, sep } from "node:path";
import type { CommandIO } from "./io.js";

/** The folder the command was started in: paths typed on the command line are relative to it. */
export function callerFolder(io: CommandIO): string {
  return io.invokedIn ?? io.cwd;
}

/** A path typed on the command line, as an absolute path. */
export function resolveFromCaller(io: CommandIO, path: string): string {
  return resolve(callerFolder(io), path);
}

/** A path typed on the command line, relative to the repository root (with `/`, as in every finding). */
export function fromCaller(io: CommandIO, path: string): string {
  const inside = relative(io.cwd, resolveFromCaller(io, path));
  if (isAbsolute(inside)) return inside;
  return inside === "" ? "." : inside.split(sep).join("/");
}
