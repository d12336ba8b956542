import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { baseAgreement, builtAgreements, withChange } from "../helpers/agreement.js";

function caseFolder(changes: string): string {
  const folder = mkdtempSync(join(tmpdir(), "agreements-fixture-changes-"));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, "changes.yaml"), changes);
  return folder;
}

describe("rule fixtures built from the base agreement", () => {
  it("makes each change once, in order", () => {
    const changed = withChange(baseAgreement(), { replace: "cycle: 2020\n", with: "cycle: 2021\n" }, { replace: "cycle: 2021\n", with: "cycle: 2022\n" });
    expect(changed).toContain("cycle: 2022\n");
    expect(changed).not.toContain("cycle: 2020\n");
    expect(changed.length).toBe(baseAgreement().length);
  });

  it("refuses a change whose text is not there or is there twice, so a case never silently stays the base", () => {
    expect(() => withChange(baseAgreement(), { replace: "cycle: 1999", with: "cycle: 2021" })).toThrow(/cannot be made/);
    expect(() => withChange(baseAgreement(), { replace: "section: common", with: "section: result" })).toThrow(/ambiguous/);
    expect(() => withChange(baseAgreement(), { replace: "", with: "x" })).toThrow(/cannot be made/);
  });

  it("builds each listed path from changes.yaml; an empty list is the base itself", () => {
    const folder = caseFolder("agreements/vm/a.md: []\nagreements/um/b.md:\n  - replace: \"ministry: VM\\n\"\n    with: \"ministry: UM\\n\"\n");
    const built = builtAgreements(folder);
    expect(built.map((file) => file.path)).toEqual(["agreements/vm/a.md", "agreements/um/b.md"]);
    expect(built[0]!.bytes.toString("utf8")).toBe(baseAgreement());
    expect(built[1]!.bytes.toString("utf8")).toBe(baseAgreement().replace("ministry: VM\n", "ministry: UM\n"));
  });
});
