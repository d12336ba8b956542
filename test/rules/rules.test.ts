import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../scripts/rules/index.js";
import { fixtureCases, lintFixture, REPOSITORY_ROOT } from "../helpers/fixtures.js";

const readme = readFileSync(join(REPOSITORY_ROOT, "README.md"), "utf8");

describe.each(RULES.map((rule) => [rule.id, rule] as const))("rule %s", (id, rule) => {
  const cases = fixtureCases(id);

  it("has a failing and a passing fixture", () => {
    expect(cases.some((fixture) => fixture.name.startsWith("fail"))).toBe(true);
    expect(cases.some((fixture) => fixture.name.startsWith("pass"))).toBe(true);
  });

  it("is documented in README with a bad and a good example", () => {
    const section = readme.split(/^### /m).find((part) => part.startsWith(`${id}\n`));
    expect(section, `README.md needs a section "### ${id}"`).toBeDefined();
    expect(section).toMatch(/Bad:/);
    expect(section).toMatch(/Good:/);
    expect(rule.description.length).toBeGreaterThan(20);
  });

  it.each(cases.map((fixture) => [fixture.name, fixture] as const))("fixture %s gives exactly the expected findings", (_name, fixture) => {
    const result = lintFixture(fixture.directory, fixture.expectation.today);
    const found = result.findings.filter((finding) => finding.rule === id);
    expect(found.map(({ file, line, column }) => ({ file, line, column }))).toEqual(fixture.expectation.findings);
    if (fixture.name.startsWith("fail")) expect(found.length).toBeGreaterThan(0);
    for (const finding of found) {
      const text = result.parsed!.find((file) => file.path === finding.file)!.source.text;
      const lines = text.split("\n");
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.line).toBeLessThanOrEqual(lines.length);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeLessThanOrEqual(lines[finding.line - 1]!.length + 1);
      expect(finding.message).not.toBe("");
      expect(finding.hint).not.toBe("");
    }
  });
});
