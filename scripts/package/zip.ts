import { zipSync, type Zippable } from "fflate";
import type { OutputFile } from "../document/write-outputs.js";

/**
 * The files as one zip, byte for byte the same every time: names sorted, one compression level, and every
 * entry stamped with the submission's date. Zip stores local wall-clock time, so the date is given as
 * local midnight: the same fields are written whatever time zone the machine is in.
 */
export function zipFiles(files: readonly OutputFile[], date: string, folder: string): Uint8Array {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 0, 0, 0);
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    entries[`${folder}/${file.name}`] = [file.bytes, { mtime, level: 6 }];
  }
  return zipSync(entries, { mtime, level: 6 });
}
