import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, collapse, headingsOutOfOrder, launchTestBrowser, openHtml, pdfInfo, pdfText } from "../helpers/browser.js";
import { createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const PATH = "agreements/um/um-valtiosihteeri.md";
const ORIGINAL = readFileSync(join(REPOSITORY_ROOT, PATH), "utf8");

let browser: Browser;
let directory: string;

beforeAll(async () => {
  browser = await launchTestBrowser();
  directory = mkdtempSync(join(tmpdir(), "agreements-brief-"));
});

afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

async function run(repository: TestRepository, ...argv: string[]) {
  return runCli(argv, { cwd: repository.dir, env: repository.env });
}

/** Last year's submission (tag submission-2019), then this year's changes: a meter target, a new goal, a gap left open. */
async function repositoryWithChanges(): Promise<TestRepository> {
  const repository = await createTestRepository();
  await repository.commit({ message: "Agreement as submitted", files: { "goals/2020.md": readFileSync(join(REPOSITORY_ROOT, "goals/2020.md"), "utf8"), [PATH]: ORIGINAL } });
  await repository.tag("submission-2019", { message: "Submission 2019", date: "2019-04-29" });
  const changed = ORIGINAL.replace('target: "95 %", baseline: "88 % (2019)"', 'target: "97 %", baseline: "88 % (2019)"')
    .replace("term: { start: 2016-09-01, end: 2021-08-31 }", "term: { start: 2016-09-01, end: 2022-08-31 }")
    .replace(
      "  - id: kriisivalmius\n",
      "  - id: osaamisen-kehittaminen\n    section: common\n    common: competence-development\n    title: Uusi osaamistavoite\n    measures: [Koulutussuunnitelma]\n    meters:\n      - { name: Koulutuspäivät, target: \"5\" }\n    criteria: { good: \"5\" }\n  - id: kriisivalmius\n",
    )
    .replace("Valtiosihteeri syventää ranskan kielen taitoaan.", "Valtiosihteeri syventää ranskan kielen taitoaan. TO BE FILLED: toinen kehittymistavoite.");
  await repository.commit({ message: "Changes agreed in the discussion", files: { [PATH]: changed } });
  return repository;
}

describe("agreements brief", () => {
  it("shows the changes since the last submission, meters, the last evaluation, the requirements with days left and the open points", async () => {
    const repository = await repositoryWithChanges();
    const result = await run(repository, "brief", "um-valtiosihteeri", "--today", "2020-04-01", "--out", "out");
    expect(result).toEqual({ status: 0, stdout: "Wrote out/brief-um-valtiosihteeri.html (changes since submission-2019).\n", stderr: "" });
    const html = readFileSync(join(repository.dir, "out", "brief-um-valtiosihteeri.html"), "utf8");
    const opened = await openHtml(browser, directory, "brief.html", html);
    try {
      const { page } = opened;
      expect(await page.locator("html").getAttribute("lang")).toBe("fi");
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Johtamiskeskustelun tausta-aineisto: Ulkoministeriön valtiosihteerin johtamissopimus");
      const changes = collapse(await page.locator("section[aria-labelledby=changes]").innerText());
      expect(changes).toContain("Muutokset versioon submission-2019 nähden");
      expect(changes).toContain("Uusi tavoite: Uusi osaamistavoite");
      expect(changes).toContain("Toteutuneet kierrot suunnitelmaan nähden: tavoitetaso 95 % → 97 %");
      expect(changes).toContain("Muutettu teksti: Henkilökohtainen kehittyminen");
      // A field by its name in the change list's words, not its key (term.end), and its dates the Finnish way.
      expect(changes).toContain("Muutettu tieto: toimikausi päättyy: 31.8.2021 → 31.8.2022");
      expect(changes).not.toContain("term.end");
      const goals = page.getByRole("table", { name: "Tavoitteet ja mittarit" });
      expect((await goals.locator("tbody tr").first().locator("td").allInnerTexts()).map(collapse)).toEqual(["Toteutuneet kierrot suunnitelmaan nähden", "88 % (2019)", "97 %"]);
      // Public: the last evaluation's year and date, not its summary (personal data, as the rating is).
      const lastEvaluation = collapse(await page.locator("section[aria-labelledby=last-evaluation]").innerText());
      expect(lastEvaluation).toContain("2019");
      expect(lastEvaluation).not.toContain("Kierto toteutui lähes suunnitellusti");
      const requirements = collapse(await page.locator("section[aria-labelledby=requirements]").innerText());
      expect(requirements).toContain("Osaamisen kehittäminen (valittu)");
      expect(requirements).toContain("Tietoon perustuvan johtamisen vahvistaminen: tiedon hyödyntäminen osana valmistelua, päätöksentekoa ja johtamista (ei valittu)");
      expect(requirements).toContain("Tulospalkkiojärjestelmä edellyttää");
      expect(requirements).toContain("30.4.2020 29 päivää jäljellä");
      const open = (await page.locator("section[aria-labelledby=open-points] li").allInnerTexts()).map(collapse);
      expect(open.some((item) => /^Rivi \d+, sarake \d+: .*TO BE FILLED/.test(item))).toBe(true);
      // Public: no rating.
      expect(html).not.toContain("tyydyttävä");
      expect(await axeViolations(page)).toEqual([]);
      expect(await headingsOutOfOrder(page)).toEqual([]);
      expect(opened.requests).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 60_000);

  it("prints to a PDF of at most two pages, and compares with --since", async () => {
    const repository = await repositoryWithChanges();
    const result = await run(repository, "brief", PATH, "--since", "HEAD", "--format", "pdf", "--today", "2020-04-01", "--out", "out", "--restricted");
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("Wrote out/restricted-brief-um-valtiosihteeri.pdf (changes since HEAD).\n");
    const pdf = readFileSync(join(repository.dir, "out", "restricted-brief-um-valtiosihteeri.pdf"));
    expect(Number(pdfInfo(pdf).Pages)).toBeLessThanOrEqual(2);
    const text = pdfText(pdf);
    expect(text).toContain("Muutokset versioon HEAD nähden Ei muutoksia.");
    expect(text).toContain("tyydyttävä");
    expect(text.replace(/\s+/g, " ")).toContain("Kierto toteutui lähes suunnitellusti");
  }, 60_000);

  it("says when there is no earlier submission to compare with", async () => {
    const repository = await createTestRepository();
    await repository.commit({ message: "Agreement", files: { "goals/2020.md": readFileSync(join(REPOSITORY_ROOT, "goals/2020.md"), "utf8"), [PATH]: ORIGINAL } });
    const result = await run(repository, "brief", "um-valtiosihteeri", "--today", "2020-04-01", "--out", "out", "--lang", "en");
    expect(result.status).toBe(0);
    const html = readFileSync(join(repository.dir, "out", "brief-um-valtiosihteeri.html"), "utf8");
    expect(html).toContain("No earlier submission (a tag submission-&lt;year&gt;) was found.");
    const missing = await run(repository, "brief", "um-valtiosihteeri", "--since", "no-such-ref", "--out", "out2");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--since: "no-such-ref" names no tag, branch or commit in this repository.');
  });
});
