import type { FileSummary } from "../model/summary.js";
import { remindWords, type RemindWords } from "../messages/remind.js";
import type { Agreement, Catalogue } from "../model/types.js";
import type { SectorCode } from "../report/model.js";
import { TO_BE_FILLED } from "../rules/to-be-filled.js";
import { sectorOfFile } from "../report/sectors.js";
import { partyLogins } from "../github/logins.js";

/** Where one agreement stands against a cycle. */
export interface AgreementStanding {
  path: string;
  sector: SectorCode;
  /** The agreement's title; absent when its front matter cannot be read. */
  title?: string;
  /** Its parties' GitHub user names. */
  logins: string[];
  /** What is still to do, in words; empty when the agreement is done for the cycle. */
  missing: string[];
}

function parties(data: unknown): Agreement["parties"] | undefined {
  const value = typeof data === "object" && data !== null ? (data as Record<string, unknown>).parties : undefined;
  return typeof value === "object" && value !== null ? (value as Agreement["parties"]) : undefined;
}

/**
 * What an agreement still lacks for the cycle: answering its instruction (`cycle`), and the evaluation of
 * success the instruction asks for, filled in. An agreement on a later cycle is done; one whose official's
 * term began after the evaluated year needs no evaluation (as in the `evaluation-missing` rule). Pure.
 */
export function agreementStanding(file: FileSummary, cycle: number, catalogue: Catalogue, findingRules: ReadonlySet<string> = new Set(), words: RemindWords = remindWords("en")): AgreementStanding {
  const sector = sectorOfFile(file);
  const agreement = file.agreement;
  if (!agreement) {
    return { path: file.path, sector, logins: partyLogins(parties(file.data)), missing: [words.unreadable(file.path)] };
  }
  const standing: AgreementStanding = { path: file.path, sector, title: agreement.title, logins: partyLogins(agreement.parties), missing: [] };
  if (agreement.cycle > cycle) return standing;
  if (agreement.cycle < cycle) standing.missing.push(words.oldCycle(agreement.cycle));
  const year = catalogue.evaluationYear;
  if (year !== undefined && agreement.term.start <= `${year}-12-31`) {
    const evaluation = (agreement.evaluations ?? []).find((candidate) => candidate.year === year);
    if (!evaluation) standing.missing.push(words.evaluationMissing(year));
    else if (evaluation.rating === "to-be-filled" || evaluation.bonus === "to-be-filled" || evaluation.summary.includes(TO_BE_FILLED)) standing.missing.push(words.evaluationUnfilled(year));
  }
  // As the report counts it: rolled forward by `cycle open` is not updated until the discussion's date is
  // written (agreed-in-cycle) and nothing is left marked to be filled in (to-be-filled).
  if (agreement.cycle === cycle && findingRules.has("agreed-in-cycle")) standing.missing.push(words.agreedDate(cycle));
  if (agreement.cycle === cycle && standing.missing.length === 0 && findingRules.has("to-be-filled")) standing.missing.push(words.toBeFilled);
  return standing;
}
