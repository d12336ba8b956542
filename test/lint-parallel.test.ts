import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished, describe, expect, it } from "vitest";
import { compileValidators } from "../scripts/model/validate.js";
import { RULES } from "../scripts/rules/index.js";
import { BIN } from "./helpers/bin.js";
import { REPOSITORY_ROOT } from "./helpers/fixtures.js";

const EXAMPLE = readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md"), "utf8");

/** A repository with enough agreements for the worker threads, some broken, one id used in two shards. */
function makeRepository(count: number): string {
  const root = mkdtempSync(join(tmpdir(), "agreements-parallel-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(REPOSITORY_ROOT, "goals"), join(root, "goals"), { recursive: true });
  mkdirSync(join(root, "agreements", "vm"), { recursive: true });
  for (let index = 0; index < count; index++) {
    const id = index === count - 1 ? "agreement-0" : `agreement-${index}`;
    let text = EXAMPLE.replace("id: vm-statssekreterare", `id: ${id}`);
    if (index % 7 === 3) text = text.replace("common: mobility", "common: mobilty");
    if (index % 11 === 5) text = text.replace("agreed: 2020-04-15", "agreed: 2020-4-15");
    if (index % 13 === 6) text = text.replace("language: sv\n", "language: sv\n  oops: [\n");
    writeFileSync(join(root, "agreements", "vm", `file-${String(index).padStart(4, "0")}.md`), text);
  }
  return root;
}

function lintJson(root: string, jobs: number) {
  const result = spawnSync(process.execPath, [BIN, "lint", "--format", "json", "--today", "2020-05-01", "--jobs", String(jobs)], { cwd: root, encoding: "utf8" });
  return { status: result.status, findings: JSON.parse(result.stdout) as { file: string; rule: string }[] };
}

describe("lint with worker threads", () => {
  it("gives exactly the findings of the single-threaded lint, cross-file rules included", () => {
    const root = makeRepository(450);
    const single = lintJson(root, 1);
    const parallel = lintJson(root, 2);
    expect(single.status).toBe(1);
    expect(parallel).toEqual(single);
    const duplicates = parallel.findings.filter((finding) => finding.rule === "unique-id").map((finding) => finding.file);
    expect(duplicates).toEqual(["agreements/vm/file-0000.md", "agreements/vm/file-0449.md"]);
    for (const rule of ["unknown-common-goal", "schema", "front-matter-syntax"]) {
      expect(parallel.findings.some((finding) => finding.rule === rule)).toBe(true);
    }
  });

  it("rejects --jobs 0", () => {
    const result = spawnSync(process.execPath, [BIN, "lint", "--jobs", "0"], { cwd: REPOSITORY_ROOT, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--jobs must be 1 or more/);
  });
});

describe("precompiled schema validators", () => {
  it("are built for the current rules and report exactly what the runtime-compiled ones do", () => {
    const generated = createRequire(import.meta.url)(join(REPOSITORY_ROOT, "dist", "bin", "validators.generated.cjs"));
    expect(generated.ruleIds).toEqual(RULES.map((rule) => rule.id));
    const compiled = compileValidators(RULES.map((rule) => rule.id));
    const samples = [
      { id: "Bad Id", language: "no", cycle: "2020", model: 2017, waivers: [{ rule: "no-such-rule", reason: "x", until: "2020-02-30" }] },
      { goals: [{ id: "a", section: "common", title: "" }], parties: { official: { name: "A" } } },
    ];
    for (const sample of samples) {
      expect(generated.agreement(sample)).toBe(false);
      compiled.agreement(sample);
      expect(generated.agreement.errors).toEqual(compiled.agreement.errors);
    }
    expect(generated.catalogue({ cycle: 1999 })).toBe(compiled.catalogue({ cycle: 1999 }));
    expect(generated.catalogue.errors).toEqual(compiled.catalogue.errors);
  });
});
