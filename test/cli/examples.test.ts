import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_PATHS } from "../../scripts/layout/paths.js";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { lint } from "../../scripts/lint/engine.js";
import type { Finding } from "../../scripts/lint/finding.js";
import type { AgreementFile } from "../../scripts/model/document.js";
import type { Agreement } from "../../scripts/model/types.js";
import { RULES } from "../../scripts/rules/index.js";
import { headTitle } from "../../scripts/model/ministries.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

/** `agreements lint --format json` on the shipped repository, through the same entry point as the bin. */
async function lintShipped(today: string | undefined): Promise<{ code: number; findings: Finding[]; stderr: string }> {
  const { status: code, stdout, stderr } = await runCli(["lint", "--format", "json", ...(today ? ["--today", today] : [])], { cwd: REPOSITORY_ROOT });
  return { code, findings: JSON.parse(stdout) as Finding[], stderr };
}

/** The shipped agreements as the linter reads them. */
function shippedAgreements(): { path: string; agreement: Agreement; body: string }[] {
  const paths = collectMarkdownFiles(REPOSITORY_ROOT, DEFAULT_PATHS, []);
  const { parsed } = lint({
    files: paths.map((path) => ({ path, bytes: readFileSync(join(REPOSITORY_ROOT, path)) })),
    rules: RULES,
    keepParsed: true,
    today: "2020-05-01",
    pathExists: (path) => existsSync(join(REPOSITORY_ROOT, path)),
  });
  return parsed!
    .filter((file): file is AgreementFile => file.kind === "agreement")
    .map((file) => {
      if (!file.agreement) throw new Error(`${file.path} does not pass the schema: run agreements lint ${file.path}`);
      return { path: file.path, agreement: file.agreement, body: file.body };
    });
}

describe("the shipped example agreements", () => {
  it.each([
    ["the day after the 2020 deadline", "2020-05-01"],
    ["today", undefined],
  ])("lint clean on %s: no errors and no warnings", async (_when, today) => {
    const result = await lintShipped(today);
    expect(result.findings).toEqual([]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  const agreements = shippedAgreements();

  it("cover enough of the state: ministries, languages, models and kinds of official", () => {
    expect(agreements.length).toBeGreaterThanOrEqual(12);
    expect(new Set(agreements.map(({ agreement }) => agreement.ministry)).size).toBeGreaterThanOrEqual(8);
    expect([...new Set(agreements.map(({ agreement }) => agreement.language))]).toEqual(expect.arrayContaining(["sv", "fi"]));
    expect(new Set(agreements.map(({ agreement }) => agreement.model))).toEqual(new Set(["2017", "legacy"]));
    expect(agreements.filter(({ agreement }) => agreement.model === "legacy").length).toBeGreaterThanOrEqual(2);
    const kinds = agreements.map(({ agreement }) => agreement.kind);
    expect(kinds.filter((kind) => kind === "ministry-head").length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((kind) => kind === "agency-head").length).toBeGreaterThanOrEqual(2);
    const commonGoals = new Set(agreements.flatMap(({ agreement }) => agreement.goals.map((goal) => goal.common).filter(Boolean)));
    expect(commonGoals.size).toBeGreaterThanOrEqual(7);
  });

  it.each(agreements.map((entry) => [entry.path, entry] as const))("%s follows the conventions of the examples", (path, { agreement, body }) => {
    expect(path).toBe(`agreements/${agreement.ministry.toLowerCase()}/${agreement.id}.md`);
    expect(agreement.cycle).toBe(2020);
    expect(agreement.agreed >= "2020-02-01" && agreement.agreed <= "2020-04-30").toBe(true);
    expect(agreement.term.start <= agreement.agreed && agreement.agreed <= agreement.term.end).toBe(true);
    expect(agreement.evaluations?.filter((evaluation) => evaluation.year === 2019).map((evaluation) => evaluation.bonus)).toEqual(["none"]);
    for (const goal of agreement.goals) {
      expect(goal.meters?.length, `${goal.id} needs meters`).toBeGreaterThan(0);
      expect(Object.keys(goal.criteria ?? {}).length, `${goal.id} needs criteria`).toBeGreaterThan(0);
      if (goal.section === "common") expect(goal.measures?.length, `${goal.id} needs measures`).toBeGreaterThan(0);
    }
    // The head of UM and VM is the state secretary, elsewhere the permanent secretary; an agency head answers to that head.
    const head = headTitle(agreement.ministry, agreement.language).title;
    if (agreement.kind === "ministry-head") expect(agreement.parties.official.title).toBe(head);
    if (agreement.kind === "agency-head") expect(agreement.parties.superior.title).toBe(head);
    if (agreement.model === "legacy") {
      expect(agreement.waivers).toEqual([expect.objectContaining({ rule: "legacy-model", until: "2029-12-31" })]);
    }
    expect(body).toMatch(/fiktivt exempel|keksitty esimerkki/);
  });
});
