import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCyclePlan } from "../../scripts/cycle/format-plan.js";
import { buildCyclePlan, type CyclePlan } from "../../scripts/cycle/plan.js";
import { parseFile, type AgreementFile } from "../../scripts/model/document.js";
import type { Catalogue } from "../../scripts/model/types.js";
import { loadValidators } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, EVALUATIONS_YAML } from "../helpers/git-repo.js";

const validators = loadValidators(RULES.map((rule) => rule.id));
const CATALOGUE_PATH = "goals/2021.md";
const catalogue2021 = (() => {
  const file = parseFile(CATALOGUE_PATH, readFileSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md")), "catalogue", validators);
  if (file.kind !== "catalogue" || !file.catalogue) throw new Error("the 2021 fixture catalogue must be valid");
  return file.catalogue;
})();

function agreementFile(path: string, text: string | Uint8Array) {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  return { file: parseFile(path, bytes, "agreement", validators) as AgreementFile, bytes };
}

function plan(files: { path: string; text: string | Uint8Array }[], options: { today?: string; catalogue?: Catalogue } = {}): CyclePlan {
  return buildCyclePlan({
    year: 2021,
    catalogue: { path: CATALOGUE_PATH, catalogue: options.catalogue ?? catalogue2021 },
    agreements: files.map(({ path, text }) => agreementFile(path, text)),
    today: options.today ?? "2021-03-01",
  });
}

const PATH = "agreements/vm/a.md";

describe("buildCyclePlan", () => {
  it("sets the cycle and adds the evaluation of the catalogue's evaluation year", () => {
    const [entry] = plan([{ path: PATH, text: agreementText() }]).agreements;
    expect(entry!.changes).toEqual([
      { kind: "set-cycle", from: 2020, to: 2021 },
      { kind: "add-evaluation", year: 2020, date: "2021-03-01" },
    ]);
  });

  it("is idempotent: a plan made from its own result changes nothing", () => {
    const first = plan([{ path: PATH, text: agreementText() }]).agreements[0]!;
    const second = plan([{ path: PATH, text: first.after! }]).agreements[0]!;
    expect(second.changes).toEqual([]);
    expect(second.after).toBeUndefined();
    expect(formatCyclePlan(plan([{ path: PATH, text: first.after! }]))).toContain(`${PATH}\n  nothing to change: already rolled forward`);
  });

  it("never adds an evaluation the agreement already has, even on an older cycle", () => {
    const text = agreementText({ evaluations: `${EVALUATIONS_YAML}  - { year: 2020, date: 2021-02-01, rating: good, summary: Bra., bonus: proposed }\n` });
    expect(plan([{ path: PATH, text }]).agreements[0]!.changes).toEqual([{ kind: "set-cycle", from: 2020, to: 2021 }]);
  });

  it("leaves an agreement on a later cycle as it is, and says so", () => {
    const entry = plan([{ path: PATH, text: agreementText({ cycle: 2022 }) }]).agreements[0]!;
    expect(entry.changes).toEqual([]);
    expect(entry.notes).toEqual(["it already answers a later cycle (2022), so it was left as it is"]);
  });

  it("adds no evaluation for a year before the official's term began", () => {
    const text = agreementText().replace("term: { start: 2019-09-01, end: 2024-08-31 }", "term: { start: 2021-01-15, end: 2025-12-31 }").replace("agreed: 2020-04-15", "agreed: 2021-01-20");
    const entry = plan([{ path: PATH, text }]).agreements[0]!;
    expect(entry.changes).toEqual([{ kind: "set-cycle", from: 2020, to: 2021 }]);
    expect(entry.notes).toEqual(["no evaluation of 2020 is added: the term began on 2021-01-15"]);
  });

  it("dates the new evaluation within the term, where term-dates accepts it", () => {
    const ended = agreementText().replace("end: 2024-08-31", "end: 2020-06-30");
    const entry = plan([{ path: PATH, text: ended }], { today: "2022-05-05" }).agreements[0]!;
    expect(entry.changes).toContainEqual({ kind: "add-evaluation", year: 2020, date: "2021-06-30" });
    expect(entry.notes).toEqual(["its term ended on 2020-06-30: check whether it should be renewed (a new agreement) rather than rolled forward"]);
  });

  it("reports a goal whose catalogue goal is gone, with a similar one if there is, and keeps it", () => {
    const renamed: Catalogue = {
      ...catalogue2021,
      goals: catalogue2021.goals.map((goal) => (goal.id === "knowledge-based-management" ? { ...goal, id: "knowledge-based-managing" } : goal)),
    };
    const entry = plan([{ path: PATH, text: agreementText() }], { catalogue: renamed }).agreements[0]!;
    expect(entry.goneGoals).toEqual([
      { goal: "kunskapsledning", title: "Kunskapsbaserad ledning i beredningen", common: "knowledge-based-management", similar: "knowledge-based-managing" },
    ]);
    expect(Buffer.from(entry.after!).toString()).toContain("common: knowledge-based-management");
  });

  it("accepts a narrower goal (a child in the catalogue's tree) as still there", () => {
    const text = agreementText().replace("common: knowledge-based-management", "common: information-systems");
    expect(plan([{ path: PATH, text }]).agreements[0]!.goneGoals).toEqual([]);
  });

  it("lists unreadable agreements for a manual fix and changes nothing in them", () => {
    const result = plan([
      { path: "agreements/om/b.md", text: "---\nid: [\n---\n" },
      { path: "agreements/om/c.md", text: agreementText({ ministry: "XX" }) },
    ]);
    expect(result.agreements).toEqual([]);
    expect(result.manualFixes.map((fix) => fix.path)).toEqual(["agreements/om/b.md", "agreements/om/c.md"]);
    expect(result.manualFixes[0]!.reason).toMatch(/^its front matter cannot be read; run "agreements lint agreements\/om\/b.md"/);
    expect(result.manualFixes[1]!.reason).toMatch(/^its front matter does not pass the schema/);
  });

  it("keeps a byte order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(agreementText())]);
    const after = plan([{ path: PATH, text: bytes }]).agreements[0]!.after!;
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(after.subarray(3)).toString()).toContain("\ncycle: 2021\n");
  });
});
