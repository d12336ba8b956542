import { describe, expect, it } from "vitest";
import type { Finding } from "../../scripts/lint/finding.js";
import { newestCycle, readableCatalogues } from "../../scripts/model/choose-catalogue.js";
import { buildReport } from "../../scripts/report/build.js";
import { daysBetween } from "../../scripts/model/dates.js";
import { countFindings } from "../../scripts/report/finding-counts.js";
import type { SectorCode } from "../../scripts/report/model.js";
import { fixtureReport, lintReportFixture } from "../fixtures/report/load-fixture.js";

const model = fixtureReport();
const sector = (code: SectorCode) => {
  const found = model.sectors.find((summary) => summary.sector === code);
  if (!found) throw new Error(`no sector ${code} in the report`);
  return found;
};

describe("report model on the fixture repository (cycle 2020, today 2020-05-01)", () => {
  it("names the cycle, its catalogue and the deadline one day past", () => {
    expect(model.version).toBe(1);
    expect(model.cycle).toBe(2020);
    expect(model.catalogue).toMatchObject({ path: "goals/2020.md", evaluationYear: 2019, goalsNeedMetersAndCriteria: true });
    expect(model.deadline).toMatchObject({ id: "submission", date: "2020-04-30", daysLeft: -1 });
  });

  it("lists all twelve sectors in the government's order, with no unknown sector when every file tells its own", () => {
    expect(model.sectors.map((summary) => summary.sector)).toEqual(["VNK", "UM", "OM", "SM", "PLM", "VM", "OKM", "MMM", "LVM", "TEM", "STM", "YM"]);
    expect(sector("VNK")).toMatchObject({ files: 0, agreements: 0, status: "empty" });
  });

  it("counts files, unreadable files, models and kinds in total", () => {
    expect(model.total).toMatchObject({
      files: 8,
      unreadable: 2,
      agreements: 6,
      byModel: { "2017": 5, legacy: 1 },
      byKind: { "ministry-head": 3, "agency-head": 1, "director-general": 1, other: 1 },
    });
  });

  it("counts updates, evaluations, late agreements and goals in total", () => {
    expect(model.total).toMatchObject({
      updated: 5,
      notUpdated: 1,
      evaluationPresent: 4,
      evaluationMissing: 2,
      agreedAfterDeadline: 1,
      withoutCommonGoal: 1,
      goals: 10,
      goalsWithMetersAndCriteria: 7,
      goalsWithoutMetersAndCriteria: 3,
      status: "overdue",
    });
    expect(model.total.evaluations).toEqual([
      { year: 2018, evaluations: 2, bonusProposals: 0 },
      { year: 2019, evaluations: 4, bonusProposals: 1 },
    ]);
  });

  it("counts per sector", () => {
    expect(sector("VM")).toMatchObject({
      files: 2,
      agreements: 2,
      byKind: { "ministry-head": 1, "agency-head": 1, "director-general": 0, other: 0 },
      updated: 2,
      evaluationPresent: 1,
      evaluationMissing: 1,
      agreedAfterDeadline: 1,
      goals: 5,
      goalsWithMetersAndCriteria: 3,
      goalsWithoutMetersAndCriteria: 2,
      // Both agreements are updated, but errors are left: a sector with an error is never complete.
      errors: 4,
      placeholders: 0,
      status: "overdue",
    });
    expect(sector("OM")).toMatchObject({ byModel: { "2017": 0, legacy: 1 }, updated: 1, evaluationPresent: 1 });
    expect(sector("OM").evaluations).toEqual([
      { year: 2018, evaluations: 1, bonusProposals: 0 },
      { year: 2019, evaluations: 1, bonusProposals: 1 },
    ]);
    expect(sector("LVM")).toMatchObject({ byKind: { "director-general": 1 }, withoutCommonGoal: 1, goals: 1 });
    expect(sector("YM")).toMatchObject({ byKind: { other: 1 }, goals: 2, goalsWithoutMetersAndCriteria: 1 });
  });

  it("counts an agreement still on the 2019 cycle as not updated, overdue, and leaves its goals out", () => {
    expect(sector("MMM")).toMatchObject({ files: 1, updated: 0, notUpdated: 1, evaluationPresent: 0, evaluationMissing: 1, goals: 0, status: "overdue" });
    expect(model.agreements.find((row) => row.sector === "MMM")).toMatchObject({ cycle: 2019, updated: false, commonGoals: [] });
  });

  it("counts broken files as unreadable in their sector: by the ministry key, else by the folder", () => {
    expect(model.unreadable).toEqual([
      { file: "agreements/tem/tem-kansliapaallikko.md", sector: "TEM" },
      { file: "agreements/arkiv/stm-kanslichef.md", sector: "STM" },
    ]);
    expect(sector("STM")).toMatchObject({ files: 1, unreadable: 1, agreements: 0, status: "overdue" });
    expect(sector("TEM")).toMatchObject({ files: 1, unreadable: 1, agreements: 0, status: "overdue" });
  });

  it("builds the goal x sector matrix over the catalogue tree from agreements updated for the cycle", () => {
    const rows = Object.fromEntries(model.goalMatrix.map((row) => [row.id, row]));
    expect(model.goalMatrix.map((row) => [row.id, row.parent, row.depth])).toEqual([
      ["knowledge-based-management", null, 0],
      ["hr", null, 0],
      ["competence-development", "hr", 1],
      ["mobility", "hr", 1],
      ["employer-profile", "hr", 1],
      ["customer-orientation-digitalisation", null, 0],
      ["competence-and-services", "customer-orientation-digitalisation", 1],
      ["information-systems", "customer-orientation-digitalisation", 1],
    ]);
    // MMM chose knowledge-based-management and competence-development on the 2019 cycle: not counted for 2020.
    expect(rows["knowledge-based-management"]).toMatchObject({ total: 1, totalWithSubGoals: 1, bySector: { VM: 1, MMM: 0 } });
    expect(rows["hr"]).toMatchObject({ total: 1, totalWithSubGoals: 3, bySector: { OM: 1 } });
    expect(rows["competence-development"]).toMatchObject({ total: 2, bySector: { OM: 1, YM: 1, MMM: 0 } });
    expect(rows["customer-orientation-digitalisation"]).toMatchObject({ total: 0, totalWithSubGoals: 2 });
    expect(rows["information-systems"]).toMatchObject({ total: 2, bySector: { VM: 1, YM: 1 } });
    expect(rows["hr"]!.title.fi).toBe("Yhteiset HR-tavoitteet");
    expect(model.unusedGoals).toEqual(["employer-profile", "competence-and-services"]);
  });

  it("lists the goals not ready for the bonus, with what each lacks", () => {
    expect(model.goalsNotReady.map((goal) => [goal.sector, goal.agreement, goal.goal, goal.missing])).toEqual([
      ["VM", "statskontoret-generaldirektor", "informationssystem", ["criteria"]],
      ["VM", "statskontoret-generaldirektor", "betalningar", ["meters", "criteria"]],
      ["YM", "ym-ylijohtaja", "osaaminen", ["criteria"]],
    ]);
  });

  it("lists readable agreements by sector and file, with what the report worked out", () => {
    expect(model.agreements.map((row) => row.file)).toEqual([
      "agreements/om/om-kansliapaallikko.md",
      "agreements/vm/statskontoret-generaldirektor.md",
      "agreements/vm/vm-statssekreterare.md",
      "agreements/mmm/mmm-kansliapaallikko.md",
      "agreements/lvm/traficom-generaldirektor.md",
      "agreements/ym/ym-ylijohtaja.md",
    ]);
    expect(model.agreements[1]).toMatchObject({ updated: true, evaluationPresent: false, agreedAfterDeadline: true, commonGoals: ["information-systems"] });
    expect(model.agreements[0]).toMatchObject({ kind: "ministry-head", model: "legacy", commonGoals: ["hr", "competence-development"] });
  });

  it("counts the lint findings of the same run per sector and rule, catalogue files apart", () => {
    const { findings } = lintReportFixture();
    expect(model.findings.find((count) => count.sector === "STM" && count.rule === "schema")).toEqual({ sector: "STM", rule: "schema", errors: 1, warnings: 0 });
    expect(model.findings.find((count) => count.sector === "TEM" && count.rule === "front-matter-syntax")).toEqual({ sector: "TEM", rule: "front-matter-syntax", errors: 1, warnings: 0 });
    const errors = findings.filter((finding) => finding.severity === "error").length;
    expect(model.findings.reduce((sum, count) => sum + count.errors, 0)).toBe(errors);
    expect(model.findings.reduce((sum, count) => sum + count.warnings, 0)).toBe(findings.length - errors);
    expect(model.total.errors + model.total.warnings).toBe(findings.filter((finding) => finding.file.startsWith("agreements/")).length);
  });

  it("holds no names, ratings or bonus values per person unless restricted", () => {
    expect(model.people).toBeUndefined();
    const text = JSON.stringify(model);
    for (const personal of ["Maria Exempel", "Outi Esimerkki", "excellent", "proposed", "\"rating\"", "\"bonus\""]) expect(text).not.toContain(personal);
  });

  it("lists every evaluation per person when restricted", () => {
    const restricted = fixtureReport({ restricted: true });
    expect(restricted.restricted).toBe(true);
    expect(restricted.people?.map((person) => [person.sector, person.official, person.year, person.rating, person.bonus])).toEqual([
      ["OM", "Outi Esimerkki", 2018, "good", "none"],
      ["OM", "Outi Esimerkki", 2019, "excellent", "proposed"],
      ["VM", "Maria Exempel", 2019, "good", "none"],
      ["MMM", "Mikko Esimerkki", 2018, "good", "none"],
      ["LVM", "Tove Exempel", 2019, "satisfactory", "none"],
      ["YM", "Yrjö Esimerkki", 2019, "good", "none"],
    ]);
  });

  it("reports on an older cycle against that cycle's catalogue", () => {
    const older = fixtureReport({ cycle: 2019 });
    expect(older.catalogue).toMatchObject({ path: "goals/2019.md", evaluationYear: 2018, goalsNeedMetersAndCriteria: false });
    expect(older.deadline).toMatchObject({ date: "2019-04-30", daysLeft: -367 });
    expect(older.total).toMatchObject({ updated: 1, notUpdated: 5, evaluationPresent: 2, evaluationMissing: 4, goals: 2 });
    expect(older.goalMatrix.map((row) => [row.id, row.total])).toEqual([
      ["knowledge-based-management", 1],
      ["hr", 0],
      ["competence-development", 1],
    ]);
    expect(older.unusedGoals).toEqual([]);
  });

  it("has the deadline still open before it passes", () => {
    const early = fixtureReport({ today: "2020-04-20" });
    expect(early.deadline?.daysLeft).toBe(10);
    expect(early.total.status).toBe("open");
    expect(early.sectors.find((summary) => summary.sector === "MMM")?.status).toBe("open");
  });

  it("defaults to the newest catalogue, and refuses a cycle without one", () => {
    const { files, findings } = lintReportFixture();
    const catalogues = readableCatalogues(files);
    expect([...catalogues.keys()].sort()).toEqual([2019, 2020]);
    expect(newestCycle(catalogues)).toBe(2020);
    expect(newestCycle(new Map())).toBeUndefined();
    expect(() => buildReport({ files, findings, catalogues, cycle: 2021, today: "2021-01-01", restricted: false })).toThrow(/2021/);
  });

  it("is the same model for the same input", () => {
    expect(fixtureReport()).toEqual(model);
  });
});

describe("countFindings", () => {
  const finding = (file: string, rule: string, severity: Finding["severity"]): Finding => ({
    file,
    rule,
    severity,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    message: "m",
    hint: "h",
    docs: "d",
  });

  it("counts errors and warnings per sector and rule, in sector order, catalogues last", () => {
    const sectors: Record<string, SectorCode | null> = { "agreements/ym/a.md": "YM", "agreements/vm/b.md": "VM", "agreements/vm/c.md": "VM", "goals/2020.md": null };
    const counts = countFindings(
      [
        finding("goals/2020.md", "catalogue", "error"),
        finding("agreements/ym/a.md", "schema", "error"),
        finding("agreements/vm/b.md", "not-updated", "warning"),
        finding("agreements/vm/c.md", "not-updated", "error"),
        finding("agreements/vm/b.md", "late-update", "error"),
        finding("agreements/vm/c.md", "not-updated", "warning"),
      ],
      (file) => sectors[file] ?? null,
    );
    expect(counts).toEqual([
      { sector: "VM", rule: "late-update", errors: 1, warnings: 0 },
      { sector: "VM", rule: "not-updated", errors: 1, warnings: 2 },
      { sector: "YM", rule: "schema", errors: 1, warnings: 0 },
      { sector: null, rule: "catalogue", errors: 1, warnings: 0 },
    ]);
  });
});

describe("daysBetween", () => {
  it("counts calendar days across months, leap days and years", () => {
    expect(daysBetween("2020-04-30", "2020-04-30")).toBe(0);
    expect(daysBetween("2020-05-01", "2020-04-30")).toBe(-1);
    expect(daysBetween("2020-02-28", "2020-03-01")).toBe(2);
    expect(daysBetween("2019-04-30", "2020-04-30")).toBe(366);
  });
});
