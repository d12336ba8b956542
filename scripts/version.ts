import { readFileSync } from "node:fs";

/**
 * The package's version, from the package.json above this file: scripts/ (under test), or dist/bin/, which
 * is a link to .builds/<build>/bin/ (Node runs it by its real path). Its own module, so that a command
 * (lint's SARIF names the tool's version) need not import the CLI that imports the command.
 */
export function version(): string {
  for (const relative of ["../package.json", "../../package.json", "../../../package.json"]) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8")) as { name?: string; version: string };
      if (manifest.name === "agreements-as-code") return manifest.version;
    } catch {
      // not at this level
    }
  }
  return "unknown";
}
