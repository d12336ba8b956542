import type { ParsedFile } from "../model/document.js";
import type { Agreement, Catalogue } from "../model/types.js";
import type { SectorCode } from "./model.js";
import { sectorOfFile } from "./sectors.js";

/**
 * What the report needs of one parsed file: its path, its sector and its data if it passed the schema.
 * Plain data, so a lint worker thread can send it back instead of the whole parsed file.
 */
export type ReportSource =
  | { kind: "agreement"; path: string; sector: SectorCode; agreement?: Agreement }
  | { kind: "catalogue"; path: string; catalogue?: Catalogue };

/** A parsed file as the report needs it; a source passes through unchanged. */
export function toReportSource(file: ParsedFile | ReportSource): ReportSource {
  if (!("source" in file)) return file;
  return file.kind === "agreement"
    ? { kind: "agreement", path: file.path, sector: sectorOfFile(file), ...(file.agreement ? { agreement: file.agreement } : {}) }
    : { kind: "catalogue", path: file.path, ...(file.catalogue ? { catalogue: file.catalogue } : {}) };
}
