import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBin, runCli } from "../helpers/cli.js";
import { FIXTURE_TODAY, fixtureReport, REPORT_FIXTURE } from "../fixtures/report/load-fixture.js";
import { createTestRepository } from "../helpers/git-repo.js";

const scratch = mkdtempSync(join(tmpdir(), "agreements-report-command-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(argv: string[], cwd = REPORT_FIXTURE): Promise<{ code: number; stdout: string; stderr: string }> {
  const { status: code, stdout, stderr } = await runCli(argv, { cwd });
  return { code, stdout, stderr };
}

const report = (...flags: string[]) => run(["report", "--today", FIXTURE_TODAY, ...flags]);

describe("agreements report", () => {
  it("prints Markdown by default, in the repository's language (Finnish when the config names none), exit 0 even with lint findings", async () => {
    const { code, stdout, stderr } = await report();
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("# Johtamissopimukset: raportti kierroksesta 2020");
    expect((await report("--lang", "en")).stdout.split("\n")[0]).toBe("# Management agreements: report for the 2020 cycle");
  });

  it("prints the model with --format json: the same model the library builds", async () => {
    const { code, stdout } = await report("--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(fixtureReport());
  });

  it("reports on the cycle asked for", async () => {
    const { code, stdout } = await report("--format", "json", "--cycle", "2019");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ cycle: 2019, catalogue: { path: "goals/2019.md" } });
  });

  it("prints one HTML page in the chosen language", async () => {
    const { code, stdout } = await report("--format", "html", "--lang", "sv");
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(stdout).toContain("<h1>Ledningsavtal: rapport för omgången 2020</h1>");
  });

  it("needs --out for CSV, with a clear exit-2 message", async () => {
    const { code, stdout, stderr } = await report("--format", "csv");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("--format csv writes one file per table: give a folder for them with --out");
  });

  it("writes one CSV file per table into --out, creating the folder, and replaces them on the next run", async () => {
    const out = join(scratch, "csv", "nested");
    const first = await report("--format", "csv", "--out", out, "--lang", "en");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      `Wrote 10 files to ${out}: update.csv, coverage.csv, goal-matrix.csv, unused-goals.csv, goals.csv, goals-not-ready.csv, evaluations.csv, findings.csv, agreements.csv, unreadable.csv\n`,
    );
    writeFileSync(join(out, "update.csv"), "old");
    writeFileSync(join(out, "notes.txt"), "someone else's file");
    const second = await report("--format", "csv", "--out", out, "--csv-delimiter", "semicolon", "--lang", "en");
    expect(second.code).toBe(0);
    expect(readFileSync(join(out, "update.csv"), "utf8")).toMatch(/^\uFEFFAdministrative sector;Agreement files;/);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("someone else's file");
    expect(readdirSync(out).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("names restricted outputs apart, and writes names and ratings only into them", async () => {
    const out = join(scratch, "restricted");
    const { code, stdout } = await report("--format", "html", "--restricted", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote 1 file to ${out}: restricted-report.html\n`);
    expect(readFileSync(join(out, "restricted-report.html"), "utf8")).toContain("Outi Esimerkki");
    await report("--format", "html", "--out", out);
    expect(readFileSync(join(out, "report.html"), "utf8")).not.toContain("Outi Esimerkki");
  });

  it("writes relative to the repository and says where", async () => {
    const repository = join(scratch, "repository");
    cpSync(REPORT_FIXTURE, repository, { recursive: true });
    const { code, stdout } = await run(["report", "--today", FIXTURE_TODAY, "--format", "json", "--out", "reports"], repository);
    expect(code).toBe(0);
    expect(stdout).toBe("Wrote 1 file to reports: report.json\n");
    expect(JSON.parse(readFileSync(join(repository, "reports", "report.json"), "utf8")).cycle).toBe(2020);
  });

  it.each([
    [["--format", "pdf"], '--format must be one of markdown, html, csv, json (got "pdf").'],
    [["--lang", "de"], '--lang must be one of fi, sv, en (got "de").'],
    [["--cycle", "20x"], '--cycle must be a year such as 2020 (got "20x").'],
    [["--cycle", "2021"], "there is no goal catalogue for 2021 (goals/2021.md). Catalogues exist for: 2019, 2020."],
    [["--today", "2020-02-30"], "--today must be a real date"],
    [["--csv-delimiter", "tab"], '--csv-delimiter must be one of comma, semicolon (got "tab").'],
    [["--jobs", "0"], "--jobs must be 1 or more."],
    [["agreements/vm"], "Unexpected argument 'agreements/vm'"],
  ])("refuses %j with exit 2", async (flags, message) => {
    const { code, stdout, stderr } = await report(...flags);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });

  it("refuses an --out that is a file", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "x");
    const { code, stderr } = await report("--out", file);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out must name a folder, but ${file} is a file.`);
  });

  it("says so when the catalogue asked for cannot be read, or there is none", async () => {
    const repository = join(scratch, "broken-catalogue");
    cpSync(REPORT_FIXTURE, repository, { recursive: true });
    writeFileSync(join(repository, "goals", "2021.md"), "---\ncycle: [2021\n---\n");
    const broken = await run(["report", "--today", FIXTURE_TODAY, "--cycle", "2021"], repository);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('goals/2021.md could not be read, so there is no report for 2021. Run "agreements lint goals/2021.md" to see what is wrong.');
    // Without --cycle, the newest readable catalogue is used.
    const fallback = await run(["report", "--today", FIXTURE_TODAY, "--format", "json"], repository);
    expect(fallback.code).toBe(0);
    expect(JSON.parse(fallback.stdout).cycle).toBe(2020);

    const empty = join(scratch, "no-goals");
    mkdirSync(join(empty, "agreements"), { recursive: true });
    const none = await run(["report"], empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("there is no readable goal catalogue (goals/<year>.md)");
  });

  it("explains its options in --help", async () => {
    const { code, stdout } = await run(["report", "--help"]);
    expect(code).toBe(0);
    for (const option of ["--cycle", "--at", "--format", "--out", "--lang", "--today", "--restricted", "--csv-delimiter", "--config", "--jobs"]) expect(stdout).toContain(option);
    expect(stdout).toContain("Report files of the same name in it are replaced");
  });

  // Worker threads load the compiled worker from dist/, so the parallel path is tested through the real bin.
  it.each([["1"], ["2"], ["3"]])("runs as the real bin with --jobs %s, to the same model", async (jobs) => {
    const { status, stdout } = await runBin(["report", "--today", FIXTURE_TODAY, "--format", "json", "--restricted", "--jobs", jobs], { cwd: REPORT_FIXTURE, env: process.env });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(fixtureReport({ restricted: true }));
  });
});

describe("agreements report --at", () => {
  it("reports on the files of a tag, not on the working folder, and refuses an unknown ref", async () => {
    const repository = await createTestRepository();
    const files = Object.fromEntries(
      listFiles(REPORT_FIXTURE).map((path) => [path, readFileSync(join(REPORT_FIXTURE, path))] as const),
    );
    await repository.commit({ files, message: "Agreements as submitted" });
    await repository.tag("submission-2020", { message: "Submission 2020" });
    // After the tag, one agreement is deleted from the working folder (not even committed).
    rmSync(join(repository.dir, "agreements/vm/vm-statssekreterare.md"));

    const at = async (...flags: string[]) => JSON.parse((await run(["report", "--today", FIXTURE_TODAY, "--format", "json", ...flags], repository.dir)).stdout);
    const tagged = await at("--at", "submission-2020");
    const now = await at();
    expect(tagged.total).toEqual(fixtureReport().total);
    expect(now.total.agreements).toBe(tagged.total.agreements - 1);

    const unknown = await run(["report", "--at", "submission-1999"], repository.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--at: "submission-1999" names no tag, branch or commit/);
  });
  it("is dated by the tag, or by the commit, unless --today is given", async () => {
    const repository = await createTestRepository();
    const files = Object.fromEntries(listFiles(REPORT_FIXTURE).map((path) => [path, readFileSync(join(REPORT_FIXTURE, path))] as const));
    await repository.commit({ files, message: "Agreements as agreed", date: "2020-04-20" });
    await repository.tag("submission-2020", { message: "Submission 2020", date: "2020-05-04T10:00:00+03:00" });
    await repository.run(["branch", "spring"]);
    await repository.commit({ message: "Later", files: { "agreements/README.md": "Avtalen.\n" }, date: "2020-09-01" });
    const dated = async (...flags: string[]) => {
      const result = await run(["report", "--format", "json", ...flags], repository.dir);
      expect(result.stderr).toBe("");
      return (JSON.parse(result.stdout) as { today: string; deadline: { daysLeft: number } }).today;
    };
    expect(await dated("--at", "submission-2020")).toBe("2020-05-04");
    expect(await dated("--at", "spring")).toBe("2020-04-20");
    expect(await dated("--at", "HEAD")).toBe("2020-09-01");
    expect(await dated("--at", "submission-2020", "--today", "2020-04-01")).toBe("2020-04-01");
  });
});

function listFiles(root: string, folder = ""): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(root, join(folder, entry.name)) : [join(folder, entry.name).split("\\").join("/")],
  );
}
