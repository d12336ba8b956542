import type { FileSummary } from "../model/summary.js";
import type { AgreementOwners } from "./build.js";

/**
 * The parties of each agreement, from the lint's summaries (made with `withData`). An agreement that
 * fails the schema for an unrelated reason (a missing meter, say) still has its parties read from the raw
 * front matter: dropping its line would quietly stop GitHub asking its parties, while the lint already
 * reports the problem. Only a file whose front matter cannot be read at all is left out, with a warning.
 */
export function ownersFromSummaries(summaries: readonly FileSummary[]): { owners: AgreementOwners[]; warnings: string[]; leftOut: string[] } {
  const owners: AgreementOwners[] = [];
  const warnings: string[] = [];
  const leftOut: string[] = [];
  for (const summary of summaries) {
    if (summary.kind !== "agreement") continue;
    if (summary.agreement) {
      owners.push({ path: summary.path, official: summary.agreement.parties.official.github, superior: summary.agreement.parties.superior.github });
      continue;
    }
    const official = rawLogin(summary.data, "official");
    const superior = rawLogin(summary.data, "superior");
    if (official === undefined && superior === undefined) {
      const sentence = `${summary.path} is left out: its parties cannot be read. Run \`agreements lint ${summary.path}\` to see what to fix.`;
      warnings.push(sentence);
      leftOut.push(sentence);
      continue;
    }
    owners.push({ path: summary.path, official: official ?? "", superior: superior ?? "" });
  }
  return { owners, warnings, leftOut };
}

/** parties.<role>.github when it is text; anything else is for the lint to report. */
function rawLogin(data: unknown, role: "official" | "superior"): string | undefined {
  const parties = field(data, "parties");
  const github = field(field(parties, role), "github");
  return typeof github === "string" ? github : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}
