import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../helpers/cli.js";
import type { Finding } from "../../scripts/lint/finding.js";
import { runBin } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const SWEDISH = "agreements/vm/vm-statssekreterare.md";
const FINNISH = "agreements/tem/tem-kansliapaallikko.md";

/** The shipped repository with the same mistyped common goal in a Swedish and a Finnish agreement. */
function repositoryWithTypos(config?: object): string {
  const folder = mkdtempSync(join(tmpdir(), "agreements-lang-"));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  for (const part of ["agreements", "goals"]) cpSync(join(REPOSITORY_ROOT, part), join(folder, part), { recursive: true });
  for (const path of [SWEDISH, FINNISH]) {
    const text = readFileSync(join(folder, path), "utf8");
    expect(text).toContain("common: knowledge-based-management");
    writeFileSync(join(folder, path), text.replace("common: knowledge-based-management", "common: knowledge-based-managment"));
  }
  if (config) writeFileSync(join(folder, "agreements.config.json"), JSON.stringify(config));
  return folder;
}

async function lint(folder: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { status: code, stdout, stderr } = await runCli(["lint", "--today", "2020-05-01", ...args], { cwd: folder });
  return { code, stdout, stderr };
}

describe("lint speaks the reader's language", () => {
  it("by default writes each agreement's findings in its own language, and the totals in the repository's (Finnish)", async () => {
    const { code, stdout } = await lint(repositoryWithTypos(), "--format", "text");
    expect(code).toBe(1);
    expect(stdout).toContain(`${SWEDISH}:`);
    expect(stdout).toMatch(/"knowledge-based-managment" är inte ett gemensamt mål i anvisningen för 2020 \(goals\/2020\.md\)\.\s+unknown-common-goal\n\s+→ Menade du "knowledge-based-management"\?/);
    expect(stdout).toMatch(/"knowledge-based-managment" ei ole vuoden 2020 ohjeen yhteinen tavoite \(goals\/2020\.md\)\.\s+unknown-common-goal\n\s+→ Tarkoititko "knowledge-based-management"\?/);
    expect(stdout).toMatch(/virhe\s+"knowledge-based-managment"/);
    expect(stdout).toMatch(/✖ 2 virhettä ja 0 varoitusta 2 tiedostossa \(\d+ tiedostoa tarkistettu\)\./);
  });

  it("writes the totals in the config's language", async () => {
    const { stdout } = await lint(repositoryWithTypos({ language: "sv" }));
    expect(stdout).toMatch(/✖ 2 fel och 0 varningar i 2 filer \(\d+ filer kontrollerade\)\./);
    expect(stdout).toMatch(/fel\s+"knowledge-based-managment" ei ole/);
  });

  it("--lang writes everything in the one language chosen; json keeps the rule id and carries the text", async () => {
    const folder = repositoryWithTypos({ language: "sv" });
    const [fi, sv, en] = await Promise.all(["fi", "sv", "en"].map(async (language) => JSON.parse((await lint(folder, "--format", "json", "--lang", language)).stdout) as Finding[]));
    const place = ({ file, line, column, rule, severity, docs }: Finding) => ({ file, line, column, rule, severity, docs });
    expect(fi!.map(place)).toEqual(en!.map(place));
    expect(sv!.map(place)).toEqual(en!.map(place));
    expect(fi!.map((finding) => finding.rule)).toEqual(["unknown-common-goal", "unknown-common-goal"]);
    expect(fi!.every((finding) => finding.hint === 'Tarkoititko "knowledge-based-management"?')).toBe(true);
    expect(sv!.every((finding) => finding.hint === 'Menade du "knowledge-based-management"?')).toBe(true);
    expect(en!.every((finding) => finding.hint === 'Did you mean "knowledge-based-management"?')).toBe(true);
  });

  it("writes the job summary and the log's totals line in the chosen language", async () => {
    const folder = repositoryWithTypos();
    const summary = join(folder, "summary.md");
    const { stdout } = await runCli(["lint", "--today", "2020-05-01", "--format", "github", "--lang", "sv"], { cwd: folder, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(stdout).toMatch(/^::error file=agreements\/tem\/tem-kansliapaallikko\.md,.*::"knowledge-based-managment" är inte ett gemensamt mål/m);
    expect(stdout).toMatch(/^agreements: 2 fel och 0 varningar i 2 filer \(\d+ filer kontrollerade\)\. Sammanfattningen av jobbet \(job summary\) listar dem alla\.$/m);
    const written = readFileSync(summary, "utf8");
    expect(written).toContain("## Kontroll av avtalen");
    expect(written).toContain("| Var | Allvarlighet | Regel | Problemet och hur det rättas |");
    expect(written).toMatch(/\| fel \| \[unknown-common-goal\]/);
  });

  it("refuses a language it does not have, on the command line and in the config", async () => {
    const wrong = await lint(repositoryWithTypos(), "--lang", "de");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--lang must be one of fi, sv, en (got "de").');
    const config = await lint(repositoryWithTypos({ language: "svenska" }));
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('"language" must be fi, sv or en (got "svenska").');
  });
});

describe("README's Finnish and Swedish example findings", () => {
  const readme = readFileSync(join(REPOSITORY_ROOT, "README.md"), "utf8");
  const example = (heading: string) => {
    const match = new RegExp(`${heading}\\n\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
    if (!match) throw new Error(`README.md no longer has the example under "${heading}"`);
    return match[1]!;
  };

  it("are what a real run prints, so they cannot go stale", async () => {
    const folder = repositoryWithTypos();
    const lines = (await lint(folder)).stdout.split("\n");
    const at = lines.findIndex((line) => line.startsWith(`${FINNISH}:`));
    expect(example("Havainto näyttää tältä:")).toBe(lines.slice(at, at + 2).join("\n"));
    const swedish = (await lint(folder, "--lang", "sv")).stdout.split("\n");
    const sv = swedish.findIndex((line) => line.startsWith(`${SWEDISH}:`));
    expect(example("Så här ser ett fynd ut \\(med `--lang sv`\\):")).toBe(swedish.slice(sv, sv + 2).join("\n"));
  });
});

describe("worker threads", () => {
  it("write the same findings in each agreement's own language as one thread, run as the real bin", async () => {
    // Worker threads run compiled JavaScript, so this goes through the bin (dist/, built by npm test).
    const folder = repositoryWithTypos();
    const one = await runBin(["lint", "--jobs", "1", "--format", "json", "--today", "2020-05-01"], { cwd: folder, env: {} });
    const two = await runBin(["lint", "--jobs", "2", "--format", "json", "--today", "2020-05-01"], { cwd: folder, env: {} });
    expect(two).toEqual(one);
    const hints = (JSON.parse(one.stdout) as Finding[]).map((finding) => finding.hint);
    expect(hints).toEqual(['Tarkoititko "knowledge-based-management"?', 'Menade du "knowledge-based-management"?']);
  });
});
