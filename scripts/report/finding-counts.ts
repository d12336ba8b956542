import type { Finding } from "../lint/finding.js";
import type { FindingCount, SectorCode } from "./model.js";
import { sectorRank } from "./sectors.js";

/**
 * Lint findings counted per sector and rule. `sectorOf` gives a file's sector, or null for a goal catalogue;
 * catalogue rows come last.
 */
export function countFindings(findings: readonly Finding[], sectorOf: (file: string) => SectorCode | null): FindingCount[] {
  const counts = new Map<string, FindingCount>();
  for (const finding of findings) {
    const sector = sectorOf(finding.file);
    const key = `${sector ?? ""}\u0000${finding.rule}`;
    let count = counts.get(key);
    if (!count) {
      count = { sector, rule: finding.rule, errors: 0, warnings: 0 };
      counts.set(key, count);
    }
    if (finding.severity === "error") count.errors++;
    else count.warnings++;
  }
  const rank = (sector: SectorCode | null) => (sector === null ? Number.MAX_SAFE_INTEGER : sectorRank(sector));
  return [...counts.values()].sort((a, b) => rank(a.sector) - rank(b.sector) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
