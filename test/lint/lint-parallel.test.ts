import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { onTestFinished, describe, expect, it } from "vitest";
import { compileValidators } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { BIN } from "../helpers/bin.js";
import { builtAgreements } from "../helpers/agreement.js";
import { examplesCopy, REPOSITORY_ROOT } from "../helpers/fixtures.js";

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

/**
 * Issue 9, item 10: the answer must not depend on the number of threads. A corpus that makes every rule
 * speak (the shipped examples and every rule fixture), waives every rule (in force and expired), and
 * holds every kind of unreadable file and bad YAML; lint and report, --jobs 1 against --jobs 2, byte for byte.
 */
const BAD_FILES: Record<string, string | Uint8Array> = {
  "tab-indent": EXAMPLE.replace("language: sv\n", "language: sv\n\tministry: VM\n"),
  "unclosed-quote": EXAMPLE.replace("language: sv\n", 'title2: "never closed\nlanguage: sv\n'),
  "unclosed-flow": EXAMPLE.replace("language: sv\n", "language: sv\n  oops: [\n"),
  "unclosed-map": EXAMPLE.replace("language: sv\n", "language: { sv\n"),
  "duplicate-key": EXAMPLE.replace("language: sv\n", "language: sv\nlanguage: fi\n"),
  "unknown-alias": EXAMPLE.replace("language: sv\n", "language: *nowhere\n"),
  "looping-alias": EXAMPLE.replace("language: sv\n", "language: sv\nloop: &a [*a]\n"),
  "alias-bomb": EXAMPLE.replace("language: sv\n", `language: sv\n${Array.from({ length: 10 }, (_, index) => `l${index}: &l${index} [${Array(10).fill(index === 0 ? "x" : `*l${index - 1}`).join(", ")}]`).join("\n")}\n`),
  "too-deep": EXAMPLE.replace("language: sv\n", `language: sv\ndeep: ${"[".repeat(40)}${"]".repeat(40)}\n`),
  "too-many-values": EXAMPLE.replace("language: sv\n", `language: sv\nmany: [${Array.from({ length: 10_500 }, (_, index) => index).join(", ")}]\n`),
  "key-is-a-list": EXAMPLE.replace("language: sv\n", "language: sv\n[a, b]: c\n"),
  "unknown-tag": EXAMPLE.replace("language: sv\n", "language: !secret sv\n"),
  "front-matter-is-list": "---\n- id: x\n---\n# x\n",
  "front-matter-is-text": "---\njust text\n---\n# x\n",
  "unterminated": "---\nid: x\ntitle: y\n",
  "no-front-matter": "# Only a heading\n",
  "empty": "",
  "crlf": EXAMPLE.replace(/\n/g, "\r\n").replace("language: sv", "language: [sv"),
  "bom": `\uFEFF${EXAMPLE.replace("cycle: 2020", "cycle: 2020.0")}`,
  "hex-cycle": EXAMPLE.replace("cycle: 2020", "cycle: 0x7e4"),
  "utf16": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EXAMPLE, "utf16le")]),
  "latin1": Buffer.from(EXAMPLE.replace("för", "f\u00f6r"), "latin1"),
  "binary": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
  "too-large": `${EXAMPLE}${"Lorem ipsum dolor sit amet.\n".repeat(5_000)}`,
  "too-many-lines": `${EXAMPLE}${"\n".repeat(5_100)}`,
  "nested-body": `${EXAMPLE}${"> ".repeat(150)}x\n`,
  "schema-errors": EXAMPLE.replace("ministry: VM", "ministry: XX").replace("language: sv", "language: no"),
};

function copyFixtureAgreements(root: string): number {
  let count = 0;
  const base = join(REPOSITORY_ROOT, "test", "fixtures", "rules");
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)]));
  for (const rule of readdirSync(base)) {
    for (const fixture of readdirSync(join(base, rule))) {
      for (const built of builtAgreements(join(base, rule, fixture))) {
        const target = join(root, "agreements", "fixtures", `${rule}--${fixture}`, relative("agreements", built.path));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, built.bytes);
        count++;
      }
      const agreements = join(base, rule, fixture, "agreements");
      if (!existsSync(agreements)) continue;
      for (const file of walk(agreements).filter((path) => path.endsWith(".md"))) {
        const target = join(root, "agreements", "fixtures", `${rule}--${fixture}`, relative(agreements, file));
        mkdirSync(dirname(target), { recursive: true });
        cpSync(file, target);
        count++;
      }
    }
  }
  return count;
}

function makeEveryRuleCorpus(): string {
  const root = examplesCopy("agreements-parallel-rules-");
  // A newer cycle whose deadline has passed (not-updated), and a broken catalogue (catalogue).
  cpSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md"), join(root, "goals", "2021.md"));
  cpSync(join(REPOSITORY_ROOT, "test", "fixtures", "rules", "catalogue", "fail-schema", "goals", "2020.md"), join(root, "goals", "2019.md"));
  expect(copyFixtureAgreements(root)).toBeGreaterThan(50);
  mkdirSync(join(root, "agreements", "waivers"), { recursive: true });
  for (const rule of RULES) {
    for (const [kind, until] of [["in-force", "2030-01-01"], ["expired", "2019-01-01"]] as const) {
      const id = `waiver-${rule.id}-${kind}`;
      const waiver = `waivers:\n  - { rule: ${rule.id}, reason: Agreed in the discussion., until: ${until} }\n`;
      writeFileSync(join(root, "agreements", "waivers", `${id}.md`), EXAMPLE.replace("id: vm-statssekreterare", `id: ${id}`).replace("cycle: 2020\n", `cycle: 2020\n${waiver}`));
    }
  }
  mkdirSync(join(root, "agreements", "broken"), { recursive: true });
  for (const [name, content] of Object.entries(BAD_FILES)) writeFileSync(join(root, "agreements", "broken", `${name}.md`), content);
  return root;
}

function run(root: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the same answer with any number of threads (issue 9, item 10)", () => {
  // With one core, --jobs 2 is capped to one thread and the comparison would compare nothing.
  it.skipIf(availableParallelism() < 2)("lint and report are byte-identical for --jobs 1 and --jobs 2 over every rule, waiver and bad file", () => {
    const root = makeEveryRuleCorpus();
    const lint = (jobs: number) => run(root, ["lint", "--format", "json", "--today", "2021-06-01", "--jobs", String(jobs)]);
    const single = lint(1);
    const parallel = lint(2);
    expect(single.status).toBe(1);
    expect(single.stderr).toBe("");
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.status).toBe(single.status);
    const findings = JSON.parse(single.stdout) as { rule: string; file: string; message: string }[];
    // Every rule speaks somewhere in the corpus, so each one's findings are compared.
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(RULES.map((rule) => rule.id)));
    // A waiver of every rule is valid in every thread (a repository-wide rule's too).
    const waiverFiles = findings.filter((finding) => finding.file.includes("/waivers/") && finding.file.endsWith("-in-force.md"));
    expect(waiverFiles.filter((finding) => finding.rule === "schema")).toEqual([]);
    // Each bad file is reported, once, by the rule that reads it.
    for (const name of Object.keys(BAD_FILES)) {
      expect(findings.some((finding) => finding.file === `agreements/broken/${name}.md`), name).toBe(true);
    }
    for (const format of ["json", "markdown"]) {
      const report = (jobs: number) => run(root, ["report", "--format", format, "--today", "2021-06-01", "--jobs", String(jobs)]);
      const one = report(1);
      expect(one.status, one.stderr).toBe(0);
      expect(report(2).stdout).toBe(one.stdout);
    }
  }, 180_000);
});
