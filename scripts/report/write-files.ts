import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import { writeFileAtomically } from "../files/write-file.js";
import type { ReportFile } from "./renderer.js";

/**
 * Writes each file into `directory` (created if missing) through a temporary file and a rename, so a reader
 * never sees half a report and a failed run leaves the previous file whole. A file of the same name is replaced.
 * Returns the paths written.
 */
export function writeReportFiles(directory: string, files: readonly (ReportFile | { name: string; content: Uint8Array })[]): string[] {
  const existing = statSync(directory, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new UsageError(`--out must name a folder, but ${directory} is a file.`);
  if (!existing) {
    try {
      mkdirSync(directory, { recursive: true });
    } catch {
      throw new UsageError(`cannot create the folder ${directory} for the report: check that --out names a folder you may write to.`);
    }
  }
  const written: string[] = [];
  for (const file of files) {
    const target = join(directory, file.name);
    writeFileAtomically(target, file.content);
    written.push(target);
  }
  return written;
}
