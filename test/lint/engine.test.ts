import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../scripts/lint/engine.js";
import { RULES } from "../../scripts/rules/index.js";
import type { FileRule, RepositoryRule } from "../../scripts/rules/rule.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const read = (path: string) => ({ path, bytes: readFileSync(join(REPOSITORY_ROOT, path)) });
const files = [read("goals/2020.md"), read("agreements/vm/vm-statssekreterare.md"), { path: "agreements/vm/broken.md", bytes: Buffer.from("no front matter\n") }];

describe("lint engine", () => {
  it("turns a rule that throws into one finding per file and still runs every other rule", () => {
    const faulty: FileRule = { id: "faulty", defaultSeverity: "error", description: "A rule with a bug in it, for this test.", appliesTo: ["agreement"], check: () => { throw new Error("boom"); } };
    const faultyAcross: RepositoryRule = { id: "faulty-across", defaultSeverity: "error", description: "A repository rule with a bug, for this test.", appliesTo: ["agreement"], checkRepository: () => { throw new Error("bang"); } };
    const result = lint({ files, rules: [...RULES, faulty, faultyAcross], today: "2020-05-01", pathExists: () => true });
    const byRule = (id: string) => result.findings.filter((finding) => finding.rule === id);
    expect(byRule("faulty").map((finding) => finding.file)).toEqual(["agreements/vm/broken.md", "agreements/vm/vm-statssekreterare.md"]);
    expect(byRule("faulty")[0]!.message).toMatch(/could not run on this file \(boom\)/);
    expect(byRule("faulty-across")).toHaveLength(1);
    expect(byRule("front-matter-syntax").map((finding) => finding.file)).toEqual(["agreements/vm/broken.md"]);
  });

  it("keeps summaries, not parses, unless asked", () => {
    const lean = lint({ files, rules: RULES, today: "2020-05-01", pathExists: () => true });
    expect(lean.parsed).toBeUndefined();
    expect(lean.files.map((file) => [file.path, file.id?.value])).toEqual([
      ["goals/2020.md", undefined],
      ["agreements/vm/vm-statssekreterare.md", "vm-statssekreterare"],
      ["agreements/vm/broken.md", undefined],
    ]);
    expect(lean.files[1]!.agreement).toBeUndefined();
    const full = lint({ files, rules: RULES, today: "2020-05-01", pathExists: () => true, withData: true, keepParsed: true });
    expect(full.parsed).toHaveLength(3);
    expect(full.files[1]!.agreement?.ministry).toBe("VM");
    expect(full.files[1]!.id?.range.start).toEqual({ line: 2, column: 5 });
  });
});
