import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { lint, type LintResult } from "../../scripts/lint/engine.js";
import { RULES } from "../../scripts/rules/index.js";
import { TO_BE_FILLED } from "../../scripts/rules/to-be-filled.js";
import { ministryHeadAgreementTitle } from "../../scripts/scaffold/wording.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

/** A throwaway repository holding a copy of the shipped goals/ (and no agreements unless a test adds them). */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), "agreements-new-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(REPOSITORY_ROOT, "goals"), join(root, "goals"), { recursive: true });
  return root;
}

async function run(root: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { status: code, stdout, stderr } = await runCli(["new", ...argv], { cwd: root });
  return { code, stdout, stderr };
}

function lintRepository(root: string, today: string): LintResult {
  const paths = collectMarkdownFiles(root, ["agreements", "goals"], []);
  return lint({
    files: paths.map((path) => ({ path, bytes: readFileSync(join(root, path)) })),
    rules: RULES,
    today,
    pathExists: (path) => existsSync(join(root, path)),
  });
}

/** Everything under a folder, so a test can tell that a refusal wrote nothing and a write left no temporary file. */
function listing(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: "utf8" }).sort();
}

/** What a person would write in place of each placeholder; the result must pass every rule. */
function fillIn(text: string): string {
  // Two different people: one login as both parties is a finding of its own (parties-distinct).
  return text
    .replace(`github: to-be-filled # ${TO_BE_FILLED}`, "github: maria-exempel # filled")
    .replace(`github: to-be-filled # ${TO_BE_FILLED}`, "github: anders-exempel # filled")
    .replaceAll("rating: to-be-filled", "rating: good")
    .replaceAll("bonus: to-be-filled", "bonus: none")
    .replaceAll(TO_BE_FILLED, "Exempel");
}

const AN_AGREEMENT = readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md"));

describe("agreements new", () => {
  const cases = [
    { language: "sv", kind: "ministry-head", ministry: "VM" },
    { language: "fi", kind: "agency-head", ministry: "OKM" },
    { language: "fi", kind: undefined, ministry: "VNK" },
    { language: "en", kind: "director-general", ministry: "TEM" },
    { language: "sv", kind: "other", ministry: "UM" },
  ] as const;

  it.each(cases)("writes an agreement ($language, $kind, $ministry) that fails lint only on its placeholders", async ({ language, kind, ministry }) => {
    const root = repository();
    const argv = ["--ministry", ministry, "--id", "ny-avtal", "--language", language, "--today", "2020-03-10", ...(kind ? ["--kind", kind] : [])];
    const result = await run(root, ...argv);
    const path = `agreements/${ministry.toLowerCase()}/ny-avtal.md`;
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`Created ${path}`);
    // Written atomically: the agreement and nothing else, no temporary file left behind.
    expect(listing(join(root, "agreements"))).toEqual([ministry.toLowerCase(), `${ministry.toLowerCase()}/ny-avtal.md`].sort());

    const text = readFileSync(join(root, path), "utf8");
    expect(text).toMatch(new RegExp(`^---\\nid: ny-avtal\\n`));
    expect(text).toContain(`language: ${language}\nministry: ${ministry}\n`);
    expect(text).toContain("cycle: 2020\n");
    expect(text).toContain("  - year: 2019\n");
    for (const common of ["knowledge-based-management", "hr", "customer-orientation-digitalisation"]) expect(text).toContain(`    common: ${common}\n`);
    for (const today of ["2020-05-01", new Date().toISOString().slice(0, 10)]) {
      const { findings } = lintRepository(root, today);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.filter((finding) => finding.rule !== "to-be-filled")).toEqual([]);
      expect(findings.every((finding) => finding.file === path)).toBe(true);
    }

    // Once every placeholder is filled in, nothing at all is left to report: the structure itself is valid.
    writeFileSync(join(root, path), fillIn(text));
    expect(lintRepository(root, "2020-05-01").findings).toEqual([]);
  });

  it("puts the model's headings in the chosen language, each with a guiding sentence to replace", async () => {
    const root = repository();
    const fi = await run(root, "--ministry", "SM", "--id", "sm-kansliapaallikko", "--language", "fi", "--kind", "ministry-head", "--dry-run");
    expect(fi.code).toBe(0);
    for (const heading of ["Valtionhallinnon yhteiset johtamisen tavoitteet", "Tulostavoitteet", "Johtaminen ja johtajuus", "Henkilökohtainen kehittyminen", "Onnistumisen arviointi"]) {
      expect(fi.stdout).toMatch(new RegExp(`\\n## ${heading}\\n\\n${TO_BE_FILLED}: \\S`));
    }
    expect(fi.stdout).toContain("title: Sisäministeriön kansliapäällikön johtamissopimus\n");
    expect(fi.stdout).toContain("organisation: Sisäministeriö\n");
    expect(fi.stdout).toContain("    title: Kansliapäällikkö\n");
    expect(fi.stdout).toContain("[Ohje johtamissopimusten toteuttamisesta 2020](../../goals/2020.md)");

    const sv = await run(root, "--ministry", "vm", "--id", "vm-statssekreterare", "--language", "sv", "--kind", "agency-head", "--dry-run");
    expect(sv.stdout).toContain("## Utvärdering av framgången\n");
    // The superior of an agency head is the ministry's head, who in VM is the state secretary.
    expect(sv.stdout).toMatch(/ {2}superior:\n {4}name: TO BE FILLED\n {4}title: Statssekreterare\n/);
  });

  it("names the ministry's head correctly in each language", () => {
    expect(ministryHeadAgreementTitle("OM", "sv")).toBe("Ledningsavtal för kanslichefen vid justitieministeriet");
    expect(ministryHeadAgreementTitle("UM", "fi")).toBe("Ulkoministeriön valtiosihteerin johtamissopimus");
    expect(ministryHeadAgreementTitle("VNK", "fi")).toBe("Valtioneuvoston kanslian kansliapäällikön johtamissopimus");
    expect(ministryHeadAgreementTitle("STM", "en")).toBe("Management agreement of the Permanent Secretary of the Ministry of Social Affairs and Health");
  });

  it("--dry-run prints the path and the file and writes nothing", async () => {
    const root = repository();
    const result = await run(root, "--ministry", "YM", "--id", "syke-paajohtaja", "--language", "fi", "--kind", "agency-head", "--dry-run");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Dry run: would write agreements\/ym\/syke-paajohtaja\.md \(nothing was written\)\.\n\n---\nid: syke-paajohtaja\n/);
    expect(result.stdout).toContain("## Onnistumisen arviointi\n");
    expect(existsSync(join(root, "agreements"))).toBe(false);
  });

  it("answers the newest instruction in goals/ unless --cycle names another", async () => {
    const root = repository();
    const next = readFileSync(join(root, "goals", "2020.md"), "utf8").replace(/^cycle: 2020$/m, "cycle: 2021").replace(/^evaluationYear: 2019$/m, "evaluationYear: 2020");
    writeFileSync(join(root, "goals", "2021.md"), next);
    const newest = await run(root, "--ministry", "LVM", "--id", "a", "--language", "sv", "--dry-run");
    expect(newest.stdout).toContain("\ncycle: 2021\n");
    expect(newest.stdout).toContain("  - year: 2020\n");
    // 2020 has the result bonus system again, so the note no longer says there is none.
    // The notes are in the agreement's language (sv here); the values to write stay as they are.
    expect(newest.stdout).toContain("bonus: to-be-filled # none, eller proposed när en resultatpremie föreslås\n");
    const chosen = await run(root, "--ministry", "LVM", "--id", "a", "--language", "sv", "--cycle", "2020", "--dry-run");
    expect(chosen.stdout).toContain("\ncycle: 2020\n");
    expect(chosen.stdout).toContain("bonus: to-be-filled # none: det finns ingen resultatpremie för 2019\n");
    expect(chosen.stdout).toContain(" # TO BE FILLED: ledningsdiskussionens datum\n");
    const english = await run(root, "--ministry", "LVM", "--id", "b", "--language", "en", "--cycle", "2020", "--dry-run");
    expect(english.stdout).toContain("bonus: to-be-filled # none: there is no result bonus for 2019\n");
  });

  it.each(["fi", "sv"] as const)("%s: every note beside a TO BE FILLED marker or a placeholder is in the agreement's language", async (language) => {
    const root = repository();
    const result = await run(root, "--ministry", "LVM", "--id", "a", "--language", language, "--dry-run");
    const notes = result.stdout
      .split("\n")
      .flatMap((line) => (/ # (.*)$/.exec(line) ?? /^# (.*)$/.exec(line) ?? /TO BE FILLED: (.*)$/.exec(line) ?? []).slice(1))
      .filter((note) => note !== undefined);
    expect(notes.length).toBeGreaterThan(8);
    // Values to write (ministry-head, good, none, proposed), ids and the marker may stay; English words may not.
    const english = /\b(?:the|of|or|and|date|day|term|user name|without|when|there|is|no|result bonus|waiver|silences|usually|rule|agreement|management discussion|evaluated)\b/;
    for (const note of notes) expect(note.replace(/TO BE FILLED/g, "").replace(/\(waiver\)/g, "").replace(/\S*-\S*/g, " "), note).not.toMatch(english);
  });

  it("chooses stand-in dates that agree with the instruction's deadline, whatever today is", async () => {
    const root = repository();
    const late = await run(root, "--ministry", "OM", "--id", "a", "--language", "sv", "--today", "2023-08-01", "--dry-run");
    expect(late.stdout).toContain(`agreed: 2020-04-30 # ${TO_BE_FILLED}`);
    const early = await run(root, "--ministry", "OM", "--id", "a", "--language", "sv", "--today", "2019-11-20", "--dry-run");
    expect(early.stdout).toContain(`agreed: 2020-01-01 # ${TO_BE_FILLED}`);
    expect(early.stdout).toContain(`  start: 2020-01-01 # ${TO_BE_FILLED}`);
  });

  it("prints its help", async () => {
    const result = await run(repository(), "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: agreements new --ministry <code> --id <id> --language <sv|fi|en>");
    expect(result.stdout).toContain("--dry-run");
  });

  describe("refuses, with exit 2 and nothing written", () => {
    const refusals: { name: string; argv: string[]; prepare?: (root: string) => void; stderr: RegExp }[] = [
      { name: "a missing flag", argv: ["--ministry", "VM"], stderr: /--id and --language are needed/ },
      { name: "an unknown ministry, with a suggestion", argv: ["--ministry", "VN", "--id", "a", "--language", "fi"], stderr: /"VN" is not a ministry code\. Did you mean VNK \(Prime Minister's Office\)\?/ },
      { name: "an id that is not a slug", argv: ["--ministry", "OM", "--id", "Kanslichef Pääjohtaja", "--language", "sv"], stderr: /cannot be an agreement id.*for example "kanslichef-paajohtaja"/ },
      { name: "an unknown language", argv: ["--ministry", "OM", "--id", "a", "--language", "de"], stderr: /--language must be one of sv, fi, en \(got "de"\)/ },
      { name: "an unknown kind", argv: ["--ministry", "OM", "--id", "a", "--language", "sv", "--kind", "minister"], stderr: /--kind must be one of ministry-head, agency-head, director-general, other/ },
      { name: "a cycle that is not a year", argv: ["--ministry", "OM", "--id", "a", "--language", "sv", "--cycle", "20"], stderr: /--cycle must be a year/ },
      { name: "an unknown flag", argv: ["--ministry", "OM", "--id", "a", "--language", "sv", "--force"], stderr: /--force/ },
      {
        name: "a file that exists",
        argv: ["--ministry", "VM", "--id", "vm-statssekreterare", "--language", "sv"],
        prepare: (root) => {
          mkdirSync(join(root, "agreements", "vm"), { recursive: true });
          writeFileSync(join(root, "agreements", "vm", "vm-statssekreterare.md"), AN_AGREEMENT);
        },
        stderr: /agreements\/vm\/vm-statssekreterare\.md already exists, and an agreement is never overwritten/,
      },
      {
        name: "an id that another ministry's agreement uses",
        argv: ["--ministry", "OM", "--id", "vm-statssekreterare", "--language", "sv"],
        prepare: (root) => {
          mkdirSync(join(root, "agreements", "vm"), { recursive: true });
          writeFileSync(join(root, "agreements", "vm", "vm-statssekreterare.md"), AN_AGREEMENT);
        },
        stderr: /the id "vm-statssekreterare" is already used by agreements\/vm\/vm-statssekreterare\.md/,
      },
      {
        name: "an id that another file names in its front matter",
        argv: ["--ministry", "OM", "--id", "vm-statssekreterare", "--language", "sv"],
        prepare: (root) => {
          mkdirSync(join(root, "agreements", "vm"), { recursive: true });
          writeFileSync(join(root, "agreements", "vm", "copy.md"), AN_AGREEMENT);
        },
        stderr: /is already used by agreements\/vm\/copy\.md/,
      },
      { name: "a cycle without an instruction", argv: ["--ministry", "OM", "--id", "a", "--language", "sv", "--cycle", "2019"], stderr: /there is no instruction for 2019 \(goals\/2019\.md\)\. The instructions in goals\/ are for: 2020\./ },
      {
        name: "no instruction at all",
        argv: ["--ministry", "OM", "--id", "a", "--language", "sv"],
        prepare: (root) => rmSync(join(root, "goals"), { recursive: true }),
        stderr: /there is no yearly instruction in goals\//,
      },
      {
        name: "a broken instruction",
        argv: ["--ministry", "OM", "--id", "a", "--language", "sv"],
        prepare: (root) => writeFileSync(join(root, "goals", "2020.md"), "---\ncycle: 2020\n---\n# Broken\n"),
        stderr: /goals\/2020\.md has problems.*agreements lint goals\/2020\.md/,
      },
    ];

    it.each(refusals)("$name", async ({ argv, prepare, stderr }) => {
      const root = repository();
      prepare?.(root);
      const before = listing(join(root, "agreements"));
      const existing = before.filter((entry) => entry.endsWith(".md")).map((entry) => readFileSync(join(root, "agreements", entry)));
      const result = await run(root, ...argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(stderr);
      expect(result.stderr).toMatch(/^agreements new: /);
      expect(listing(join(root, "agreements"))).toEqual(before);
      before.filter((entry) => entry.endsWith(".md")).forEach((entry, index) => expect(readFileSync(join(root, "agreements", entry))).toEqual(existing[index]));
    });
  });
});
