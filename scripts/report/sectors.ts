import type { FileSummary } from "../model/summary.js";
import type { MinistryCode } from "../model/types.js";
import { isMinistryCode, MINISTRY_CODES } from "../model/ministries.js";
import type { SectorCode } from "./model.js";

/** The twelve ministries in the government's own order; each heads an administrative sector. */
export const MINISTRIES = MINISTRY_CODES;

/**
 * The sector an agreement file belongs to. A readable agreement names it (`ministry`). A broken one is still
 * counted where it belongs: by its `ministry` key if the YAML could be read, else by its folder
 * (agreements/<ministry code in lower case>/), else as `unknown`.
 */
export function sectorOfFile(file: FileSummary): SectorCode {
  const agreement = file.agreement ?? file.digest;
  if (agreement) return agreement.ministry;
  const data = file.data;
  const named = typeof data === "object" && data !== null ? (data as Record<string, unknown>).ministry : undefined;
  if (typeof named === "string" && isMinistryCode(named)) return named;
  const folder = /^agreements\/([^/]+)\//.exec(file.path)?.[1]?.toUpperCase();
  return folder !== undefined && isMinistryCode(folder) ? folder : "unknown";
}

/** Sector order for sorting: the ministries' order, `unknown` last. */
export function sectorRank(sector: SectorCode): number {
  const index = MINISTRIES.indexOf(sector as MinistryCode);
  return index === -1 ? MINISTRIES.length : index;
}
