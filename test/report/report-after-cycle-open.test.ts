import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { editAgreement } from "../../scripts/cycle/edit-agreement.js";
import { lint } from "../../scripts/lint/engine.js";
import { buildReminderPlan } from "../../scripts/remind/plan.js";
import { readableCatalogues } from "../../scripts/model/choose-catalogue.js";
import { buildReport } from "../../scripts/report/build.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const TODAY = "2021-03-20";
const VM = "agreements/vm/vm-statssekreterare.md";

/** The shipped agreements as `cycle open 2021` leaves them: rolled forward, nobody has touched them since. */
function rolledForward(): Map<string, string> {
  const files = new Map<string, string>();
  for (const ministry of readdirSync(join(REPOSITORY_ROOT, "agreements")).filter((name) => !name.endsWith(".md"))) {
    for (const name of readdirSync(join(REPOSITORY_ROOT, "agreements", ministry))) {
      const path = `agreements/${ministry}/${name}`;
      files.set(path, editAgreement(readFileSync(join(REPOSITORY_ROOT, path), "utf8"), { cycle: 2021, evaluation: { year: 2020, date: "2021-03-01" } }));
    }
  }
  return files;
}

function lintRolled(agreements: Map<string, string>) {
  const catalogues = [
    { path: "goals/2020.md", bytes: readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md")) },
    { path: "goals/2021.md", bytes: readFileSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md")) },
  ];
  const files = [...catalogues, ...[...agreements].map(([path, text]) => ({ path, bytes: Buffer.from(text) }))];
  return lint({ files, rules: RULES, today: TODAY, pathExists: () => true, withData: true });
}

function report(agreements: Map<string, string>) {
  const result = lintRolled(agreements);
  return buildReport({ files: result.files, findings: result.findings, catalogues: readableCatalogues(result.files), cycle: 2021, today: TODAY, restricted: false });
}

describe("the report after cycle open", () => {
  it("counts no untouched agreement as updated or its blank evaluation as present, and no sector as complete", () => {
    const files = rolledForward();
    const model = report(files);
    expect(model.total.agreements).toBe(files.size);
    expect(model.total.updated).toBe(0);
    expect(model.total.notUpdated).toBe(files.size);
    expect(model.total.evaluationPresent).toBe(0);
    // Each rolled-forward file holds at least the marked date and the evaluation's rating, summary and bonus.
    expect(model.total.placeholders).toBeGreaterThanOrEqual(4 * files.size);
    expect(model.sectors.filter((sector) => sector.status === "complete")).toEqual([]);
    expect(model.agreements.every((row) => !row.updated && row.evaluationPresent === false)).toBe(true);
  });

  it("counts an agreement once its discussion's date and evaluation are written in", () => {
    const files = rolledForward();
    const filled = files
      .get(VM)!
      .replace(/^agreed: \S+ # TO BE FILLED.*$/m, "agreed: 2021-03-15")
      .replace(/date: 2021-03-01 # TO BE FILLED.*$/m, "date: 2021-03-15")
      .replace(/rating: to-be-filled/, "rating: good")
      .replace(/summary: TO BE FILLED/, "summary: Målen nåddes.")
      .replace(/bonus: to-be-filled/, "bonus: none");
    files.set(VM, filled);
    const model = report(files);
    const row = model.agreements.find((candidate) => candidate.file === VM)!;
    expect(row).toMatchObject({ updated: true, evaluationPresent: true });
    expect(model.total.updated).toBe(1);
    expect(model.total.evaluationPresent).toBe(1);
  });

  it("keeps every untouched agreement on the reminder until its discussion's date is written in", () => {
    const files = rolledForward();
    const result = lintRolled(files);
    const findingRules = new Map<string, Set<string>>();
    for (const finding of result.findings) findingRules.set(finding.file, (findingRules.get(finding.file) ?? new Set()).add(finding.rule));
    const catalogue = readableCatalogues(result.files).get(2021)!;
    const plan = buildReminderPlan({ cycle: 2021, catalogue, today: TODAY, agreements: result.files, openIssues: [], findingRules });
    const vm = plan.standings.find((standing) => standing.path === VM)!;
    expect(vm.missing).toContain("its agreed: date is not that of a 2021 discussion");
    expect(plan.standings.every((standing) => standing.missing.length > 0)).toBe(true);
  });
});
