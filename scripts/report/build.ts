import type { CatalogueEntry } from "../model/choose-catalogue.js";
import type { Finding } from "../lint/finding.js";
import type { FileSummary } from "../model/summary.js";
import type { Catalogue } from "../model/types.js";
import type { AgreementDigest as Agreement } from "../model/agreement-digest.js";
import { daysBetween } from "../model/dates.js";
import { TO_BE_FILLED } from "../rules/to-be-filled.js";
import { countFindings } from "./finding-counts.js";
import { buildGoalMatrix } from "./goal-matrix.js";
import type { AgreementRow, DeadlineStatus, GoalNotReady, PersonEvaluation, ReportModel, SectorCode, SectorSummary, Summary, UnreadableFile } from "./model.js";
import { MINISTRIES, sectorOfFile, sectorRank } from "./sectors.js";
import { countAgreement, countUnreadable, emptySummary, missingForBonus, settleStatus, type AgreementFacts } from "./summary.js";

export interface ReportInput {
  /** Every file linted, agreements and catalogues, as summaries with their data (`withData`, true or "digest"). */
  files: readonly FileSummary[];
  /** The findings of that same lint run. */
  findings: readonly Finding[];
  /** Readable catalogues by cycle year (see `readableCatalogues`). */
  catalogues: ReadonlyMap<number, CatalogueEntry>;
  /** The cycle to report on; it must have a catalogue. */
  cycle: number;
  /** YYYY-MM-DD: deadlines are measured against it. */
  today: string;
  /** Include ratings and bonus proposals per person (`people`). */
  restricted: boolean;
}

/** Builds the report model. Pure: the same files, findings and date always give the same model. */
export function buildReport(input: ReportInput): ReportModel {
  const entry = input.catalogues.get(input.cycle);
  if (!entry) throw new RangeError(`no readable catalogue for the cycle ${input.cycle}`);
  const { catalogue } = entry;
  const deadline = deadlineStatus(catalogue, input.today);
  const requiresEvaluation = catalogue.evaluationYear !== undefined;

  const sectors = new Map<SectorCode, Summary>(MINISTRIES.map((code) => [code, emptySummary(requiresEvaluation)]));
  const total = emptySummary(requiresEvaluation);
  const sectorByFile = new Map<string, SectorCode>();
  const readable: { path: string; agreement: Agreement; sector: SectorCode }[] = [];
  const unreadable: UnreadableFile[] = [];

  for (const file of input.files) {
    if (file.kind !== "agreement") continue;
    const sector = sectorOfFile(file);
    sectorByFile.set(file.path, sector);
    if (!sectors.has(sector)) sectors.set(sector, emptySummary(requiresEvaluation));
    const agreement = file.agreement ?? file.digest;
    if (agreement) readable.push({ path: file.path, agreement, sector });
    else {
      unreadable.push({ file: file.path, sector });
      for (const summary of [sectors.get(sector)!, total]) countUnreadable(summary);
    }
  }

  const rulesByFile = new Map<string, Set<string>>();
  for (const finding of input.findings) rulesByFile.set(finding.file, (rulesByFile.get(finding.file) ?? new Set()).add(finding.rule));
  // Updated means agreed in a discussion for this cycle with nothing left to fill in: `cycle open` alone
  // changes the cycle but leaves last year's date, marked to be filled in, and a blank evaluation.
  const isUpdatedFor = (path: string, agreement: Agreement) => {
    const rules = rulesByFile.get(path);
    return agreement.cycle === input.cycle && !rules?.has("to-be-filled") && !rules?.has("agreed-in-cycle");
  };
  const updated = readable.filter(({ path, agreement }) => isUpdatedFor(path, agreement));
  const matrix = buildGoalMatrix(
    catalogue,
    updated.map(({ agreement }) => ({ sector: agreement.ministry, goals: agreement.goals.flatMap((goal) => (goal.common ? [goal.common] : [])) })),
  );

  const rows: AgreementRow[] = [];
  for (const { path, agreement, sector } of readable) {
    const isUpdated = isUpdatedFor(path, agreement);
    const chosen = isUpdated ? matrix.rows.map((row) => row.id).filter((id) => agreement.goals.some((goal) => goal.common === id)) : [];
    const facts: AgreementFacts = {
      agreement,
      updated: isUpdated,
      evaluationPresent: requiresEvaluation ? (agreement.evaluations ?? []).some((evaluation) => evaluation.year === catalogue.evaluationYear && isFilledIn(evaluation)) : null,
      agreedAfterDeadline: isUpdated && deadline !== null && agreement.agreed > deadline.date,
      hasCommonGoal: chosen.length > 0,
    };
    for (const summary of [sectors.get(sector)!, total]) countAgreement(summary, facts);
    rows.push({
      file: path,
      sector: agreement.ministry,
      id: agreement.id,
      title: agreement.title,
      organisation: agreement.organisation,
      model: agreement.model,
      kind: agreement.kind ?? "other",
      cycle: agreement.cycle,
      agreed: agreement.agreed,
      updated: isUpdated,
      evaluationPresent: facts.evaluationPresent,
      agreedAfterDeadline: facts.agreedAfterDeadline,
      commonGoals: chosen,
    });
  }

  for (const finding of input.findings) {
    const sector = sectorByFile.get(finding.file);
    if (sector === undefined) continue;
    for (const summary of [sectors.get(sector)!, total]) {
      if (finding.rule === "to-be-filled") summary.placeholders++;
      if (finding.severity === "error") summary.errors++;
      else summary.warnings++;
    }
  }

  const sectorList: SectorSummary[] = [...sectors.entries()]
    .filter(([code, summary]) => code !== "unknown" || summary.files > 0)
    .sort(([a], [b]) => sectorRank(a) - sectorRank(b))
    .map(([sector, summary]) => ({ sector, ...summary }));
  for (const summary of [...sectorList, total]) settleStatus(summary, deadline);

  const bySectorThenFile = <T extends { sector: SectorCode; file: string }>(a: T, b: T) => sectorRank(a.sector) - sectorRank(b.sector) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const model: ReportModel = {
    version: 1,
    cycle: input.cycle,
    today: input.today,
    restricted: input.restricted,
    catalogue: {
      path: entry.path,
      title: catalogue.title,
      reference: catalogue.reference,
      evaluationYear: catalogue.evaluationYear ?? null,
      goalsNeedMetersAndCriteria: catalogue.bonus.goalsNeedMetersAndCriteria,
    },
    deadline,
    sectors: sectorList,
    total,
    goalMatrix: matrix.rows,
    unusedGoals: matrix.unused,
    findings: countFindings(input.findings, (file) => sectorByFile.get(file) ?? null),
    agreements: rows.sort(bySectorThenFile),
    unreadable: unreadable.sort(bySectorThenFile),
    goalsNotReady: goalsNotReady(updated).sort(bySectorThenFile),
  };
  if (input.restricted) model.people = people(readable).sort((a, b) => bySectorThenFile(a, b) || a.year - b.year);
  return model;
}

/** An evaluation `cycle open` added and nobody has written yet is not an evaluation. */
function isFilledIn(evaluation: NonNullable<Agreement["evaluations"]>[number]): boolean {
  return evaluation.rating !== "to-be-filled" && evaluation.bonus !== "to-be-filled" && !evaluation.summary.includes(TO_BE_FILLED);
}

function deadlineStatus(catalogue: Catalogue, today: string): DeadlineStatus | null {
  const deadline = catalogue.deadlines.find((candidate) => candidate.id === catalogue.updateDeadline);
  return deadline ? { id: deadline.id, date: deadline.date, title: deadline.title, daysLeft: daysBetween(today, deadline.date) } : null;
}

function goalsNotReady(updated: readonly { path: string; agreement: Agreement }[]): GoalNotReady[] {
  return updated.flatMap(({ path, agreement }) =>
    agreement.goals.flatMap((goal) => {
      const missing = missingForBonus(goal);
      return missing.length === 0 ? [] : [{ file: path, sector: agreement.ministry, agreement: agreement.id, goal: goal.id, title: goal.title, section: goal.section, missing }];
    }),
  );
}

function people(readable: readonly { path: string; agreement: Agreement }[]): PersonEvaluation[] {
  return readable.flatMap(({ path, agreement }) =>
    (agreement.evaluations ?? []).map((evaluation) => ({
      file: path,
      sector: agreement.ministry,
      agreement: agreement.id,
      official: agreement.parties.official.name,
      officialTitle: agreement.parties.official.title,
      organisation: agreement.organisation,
      year: evaluation.year,
      rating: evaluation.rating,
      bonus: evaluation.bonus,
    })),
  );
}
