import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { fileKind } from "../../scripts/layout/paths.js";
import { lint } from "../../scripts/lint/engine.js";
import { parseFile } from "../../scripts/model/document.js";
import { loadValidators } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { builtAgreements } from "../helpers/agreement.js";
import { REPOSITORY_ROOT, RULE_FIXTURES } from "../helpers/fixtures.js";

const validators = loadValidators(RULES.map((rule) => rule.id));

/** Every folder laid out like a repository: each rule fixture case, the report and CLI fixtures, and the repository itself. */
function repositories(): string[] {
  const cases = readdirSync(RULE_FIXTURES).flatMap((rule) =>
    readdirSync(join(RULE_FIXTURES, rule)).map((name) => join(RULE_FIXTURES, rule, name)).filter((path) => statSync(path).isDirectory()),
  );
  const others = ["cli/errors", "cli/warnings", "report/basic"].map((path) => join(REPOSITORY_ROOT, "test", "fixtures", path)).filter(existsSync);
  return [...cases, ...others, REPOSITORY_ROOT];
}

function lintFolder(directory: string, positioned: boolean) {
  const ownGoals = existsSync(join(directory, "goals"));
  const read = (root: string, paths: string[]) => paths.map((path) => ({ path, bytes: readFileSync(join(root, path)) }));
  const files = [...read(directory, collectMarkdownFiles(directory, existsSync(join(directory, "agreements")) ? ["agreements", ...(ownGoals ? ["goals"] : [])] : ["."], [])), ...builtAgreements(directory), ...(ownGoals ? [] : read(REPOSITORY_ROOT, ["goals/2020.md", "goals/2021.md"].filter((path) => existsSync(join(REPOSITORY_ROOT, path)))))];
  const result = lint({
    files,
    rules: RULES,
    today: "2020-05-01",
    validators,
    withData: true,
    positioned,
    pathExists: (path) => files.some((file) => file.path === path) || existsSync(join(directory, path)) || existsSync(join(REPOSITORY_ROOT, path)),
  });
  return { findings: JSON.stringify(result.findings, null, 1), files: JSON.stringify(result.files), checked: result.filesChecked };
}

describe("the fast path", () => {
  it("gives byte-identical findings and summaries to the positioned path over every fixture", () => {
    const folders = repositories();
    expect(folders.length).toBeGreaterThan(50);
    let withFindings = 0;
    for (const folder of folders) {
      const fast = lintFolder(folder, false);
      const positioned = lintFolder(folder, true);
      expect(fast, folder).toEqual(positioned);
      if (fast.findings !== "[]") withFindings++;
    }
    // Not a comparison of empty lists: most fixtures exist to produce findings.
    expect(withFindings).toBeGreaterThan(folders.length / 2);
  });

  it("parses every fixture, example and catalogue to the same model either way (what history and diff compare)", () => {
    const onDisk = collectMarkdownFiles(REPOSITORY_ROOT, ["agreements", "goals", "test/fixtures"], []).map((path) => ({ path, bytes: readFileSync(join(REPOSITORY_ROOT, path)) }));
    const built = repositories().flatMap((folder) => builtAgreements(folder).map((file) => ({ path: join(relative(REPOSITORY_ROOT, folder), file.path), bytes: file.bytes })));
    expect(onDisk.length + built.length).toBeGreaterThan(100);
    for (const { path, bytes } of [...onDisk, ...built]) {
      const kind = fileKind(path.replace(/^test\/fixtures\/.*?\/(?=agreements\/|goals\/)/, ""));
      const fast = parseFile(path, bytes, kind, validators, { fast: true });
      const positioned = parseFile(path, bytes, kind, validators);
      const model = (file: typeof fast) => ({ ...file, frontMatter: file.frontMatter?.data, source: file.source.text });
      expect(model(fast), path).toStrictEqual(model(positioned));
    }
  });

  it("points a finding in a fast-read file at the exact place, from the positioned parse made only then", () => {
    const text = readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md"), "utf8");
    const broken = text.replace("common: mobility", "common: mobilty");
    expect(broken).not.toBe(text);
    const files = [
      { path: "agreements/vm/vm-statssekreterare.md", bytes: Buffer.from(broken) },
      { path: "goals/2020.md", bytes: readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md")) },
    ];
    const run = (positioned: boolean) => lint({ files, rules: RULES, today: "2020-05-01", validators, positioned, keepParsed: true, pathExists: () => true });
    const fast = run(false);
    const finding = fast.findings.find((each) => each.rule === "unknown-common-goal");
    expect(finding).toBeDefined();
    const line = broken.split("\n")[finding!.line - 1]!;
    expect(line.slice(finding!.column - 1, finding!.endColumn - 1)).toBe("mobilty");
    expect(fast.findings).toEqual(run(true).findings);
    // Read once: the fast reading, whose positioned parse was made when the rule reported.
    expect(fast.parsed?.find((file) => file.kind === "agreement")?.frontMatter?.fast).toEqual({ positioned: true, yaml: expect.any(String) });
  });

  it("reads a file whose only finding is in the body without any positioned parse", () => {
    const text = readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md"), "utf8");
    const files = [
      { path: "agreements/vm/vm-statssekreterare.md", bytes: Buffer.from(`${text}\nSe [bilagan](bilaga-saknas.md).\n`) },
      { path: "goals/2020.md", bytes: readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md")) },
    ];
    const run = (positioned: boolean) => lint({ files, rules: RULES, today: "2020-05-01", validators, positioned, keepParsed: true, pathExists: (path) => existsSync(join(REPOSITORY_ROOT, path)) });
    const fast = run(false);
    expect(fast.findings.map((finding) => finding.rule)).toEqual(["broken-link"]);
    expect(fast.findings).toEqual(run(true).findings);
    const agreement = fast.parsed?.find((file) => file.kind === "agreement");
    expect(agreement?.frontMatter?.fast).toEqual({ positioned: false, yaml: expect.any(String) });
    expect(Object.getOwnPropertyDescriptor(agreement, "bodyTree")?.get).toBeDefined();
  });

  it("reads a clean file without the positioned parse", () => {
    const files = [
      { path: "agreements/vm/vm-statssekreterare.md", bytes: readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md")) },
      { path: "goals/2020.md", bytes: readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md")) },
    ];
    const result = lint({ files, rules: RULES, today: "2020-05-01", validators, keepParsed: true, pathExists: () => true });
    expect(result.findings.filter((finding) => finding.file.startsWith("agreements/"))).toEqual([]);
    expect(result.parsed?.find((file) => file.kind === "agreement")?.frontMatter?.fast).toEqual({ positioned: false, yaml: expect.any(String) });
    // The catalogue too: its positioned parse was a tenth of a one-file lint.
    expect(result.findings).toEqual([]);
    expect(result.parsed?.find((file) => file.kind === "catalogue")?.frontMatter?.fast).toEqual({ positioned: false, yaml: expect.any(String) });
  });

  it("points a finding in a fast-read catalogue at the exact place", () => {
    const text = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
    const broken = text.replace("reference: VM/615/00.00.00/2017 (uppdatering 2020)", "reference: VM/615/00.00.00/2017 (uppdatering 2020) #tillägg");
    expect(broken).not.toBe(text);
    const files = [
      { path: "agreements/vm/vm-statssekreterare.md", bytes: readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md")) },
      { path: "goals/2020.md", bytes: Buffer.from(broken) },
    ];
    const run = (positioned: boolean) => lint({ files, rules: RULES, today: "2020-05-01", validators, positioned, keepParsed: true, pathExists: () => true });
    const fast = run(false);
    const finding = fast.findings.find((each) => each.rule === "comment-in-value");
    expect(finding?.file).toBe("goals/2020.md");
    expect(broken.split("\n")[finding!.line - 1]!.slice(finding!.column - 1)).toBe("#tillägg");
    expect(fast.findings).toEqual(run(true).findings);
    expect(fast.parsed?.find((file) => file.kind === "catalogue")?.frontMatter?.fast).toEqual({ positioned: true, yaml: expect.any(String) });
  });
});
