import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { FormatOptions } from "../../../scripts/lint/formats/formatter.js";
import { FINGERPRINT_KEY, formatSarif, pascalCase } from "../../../scripts/lint/formats/sarif.js";
import { DOCS_BASE, type Finding } from "../../../scripts/lint/finding.js";
import { finding } from "../../helpers/findings.js";
import { RULES } from "../../../scripts/rules/index.js";
import { lintFixture, REPOSITORY_ROOT } from "../../helpers/fixtures.js";

// Both are CommonJS with a default export; under NodeNext their type is the module namespace.
const Ajv = ajvDraft04.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv>) => void;

/** The official SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif. */
const require = createRequire(import.meta.url);
const schemaPath = join(require.resolve("@microsoft/jest-sarif/package.json"), "..", "lib", "schemas", "sarif-2.1.0-rtm.5.json");
// The schema's "language" pattern has a stray "]", which is valid only without the regular expressions' u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);

const options: FormatOptions = { filesChecked: 3, color: false, rules: RULES, toolVersion: "1.2.3" };


interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, any>[] } };
    columnKind: string;
    results: SarifResult[];
  }[];
}

function render(findings: readonly Finding[]): SarifLog {
  const text = formatSarif(findings, options);
  const log = JSON.parse(text) as SarifLog;
  expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  return log;
}

/** Findings of several rules from a real lint run (schema and syntax errors), plus a warning of another rule. */
function realFindings(): Finding[] {
  const linted = lintFixture(join(REPOSITORY_ROOT, "test", "fixtures", "cli", "errors"), "2020-05-01").findings;
  return [...linted, finding({ rule: "legacy-model", severity: "warning", file: "agreements/sm/legacy.md", line: 7, column: 8, endLine: 7, endColumn: 16 })];
}

describe("formatSarif", () => {
  it("validates against the official SARIF 2.1.0 schema with findings of several rules", () => {
    const findings = realFindings();
    expect(new Set(findings.map((item) => item.rule)).size).toBeGreaterThanOrEqual(3);
    const log = render(findings);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toHaveLength(findings.length);
  });

  it("validates with zero findings and still describes every rule", () => {
    const log = render([]);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(RULES.length);
  });

  it("fails the schema check for a broken log, so the validation above can fail", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it("describes the tool and each rule with GitHub's help fields", () => {
    const { driver } = render([]).runs[0]!.tool;
    expect(driver.name).toBe("agreements");
    expect(driver.version).toBe("1.2.3");
    expect(driver.informationUri).toMatch(/^https:\/\//);
    RULES.forEach((rule, index) => {
      const described = driver.rules[index]!;
      expect(described.id).toBe(rule.id);
      expect(described.name).toBe(pascalCase(rule.id));
      expect(described.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(described.shortDescription.text).toBe(rule.description);
      expect(described.fullDescription.text).toBe(rule.description);
      expect(described.help.text).toContain(rule.description);
      expect(described.help.text).toContain(DOCS_BASE + rule.id);
      expect(described.help.markdown).toContain(`](${DOCS_BASE + rule.id})`);
      expect(described.helpUri).toBe(DOCS_BASE + rule.id);
      expect(described.defaultConfiguration.level).toBe(rule.defaultSeverity);
    });
    expect(pascalCase("front-matter-syntax")).toBe("FrontMatterSyntax");
  });

  it("writes each result with rule, level, message and hint, a repository-relative location and a region", () => {
    const warning = finding({ rule: "legacy-model", severity: "warning", line: 7, column: 8, endLine: 9, endColumn: 2 });
    const [result] = render([warning]).runs[0]!.results;
    expect(result).toMatchObject({
      ruleId: "legacy-model",
      ruleIndex: RULES.findIndex((rule) => rule.id === "legacy-model"),
      level: "warning",
      message: { text: "Something is wrong. Fix it like this." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "agreements/vm/a.md", uriBaseId: "%SRCROOT%" },
            region: { startLine: 7, startColumn: 8, endLine: 9, endColumn: 2 },
          },
        },
      ],
    });
    expect(render([]).runs[0]!.columnKind).toBe("utf16CodeUnits");
  });

  it("widens an empty range to one column, so the region is never empty", () => {
    const [result] = render([finding({ rule: "schema", line: 1, column: 1, endLine: 1, endColumn: 1 })]).runs[0]!.results;
    expect(result!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
  });

  it("percent-encodes file names that are not plain URI characters", () => {
    const [result] = render([finding({ rule: "schema", file: "agreements/okm/kansliapäällikkö 2020.md" })]).runs[0]!.results;
    expect(result!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("agreements/okm/kansliap%C3%A4%C3%A4llikk%C3%B6%202020.md");
  });

  it("fingerprints a finding by rule, file and message, not by its line, and tells identical ones apart", () => {
    const fingerprint = (findings: Finding[]) => render(findings).runs[0]!.results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]);
    const [original] = fingerprint([finding({ rule: "schema", line: 3 })]);
    const [moved] = fingerprint([finding({ rule: "schema", line: 30, endLine: 30 })]);
    const [otherMessage] = fingerprint([finding({ rule: "schema", message: "Something else." })]);
    const [otherFile] = fingerprint([finding({ rule: "schema", file: "agreements/vm/b.md" })]);
    const [otherRule] = fingerprint([finding({ rule: "term-dates" })]);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect(moved).toBe(original);
    expect(new Set([original, otherMessage, otherFile, otherRule]).size).toBe(4);
    const twins = fingerprint([finding({ rule: "schema", line: 3 }), finding({ rule: "schema", line: 8, endLine: 8 })]);
    expect(twins[0]).toBe(original);
    expect(twins[1]).not.toBe(twins[0]);
  });

  it("meets GitHub code scanning's ingestion rules", () => {
    const log = render(realFindings());
    const [run] = log.runs;
    // Limits from "SARIF support for code scanning": at most 20 runs, 25,000 results and rules per run.
    expect(log.runs.length).toBeLessThanOrEqual(20);
    expect(run!.tool.driver.rules.length).toBeLessThanOrEqual(25_000);
    const ruleIds = run!.tool.driver.rules.map((rule) => rule.id);
    for (const result of run!.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(["error", "warning", "note"]).toContain(result.level);
      expect(result.message.text.trim()).not.toBe("");
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      // Relative to the checkout: no scheme, no leading slash, no backslashes.
      expect(artifactLocation.uri).not.toMatch(/^[a-z]+:|^\/|\\/i);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(region.endLine! > region.startLine! || region.endColumn! > region.startColumn!).toBe(true);
      expect(Object.keys(result.partialFingerprints)).toEqual([FINGERPRINT_KEY]);
    }
  });
});
