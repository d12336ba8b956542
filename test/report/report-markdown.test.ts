import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../scripts/report/markdown.js";
import type { ReportModel } from "../../scripts/report/model.js";
import { fixtureReport } from "../fixtures/report/load-fixture.js";

const model = fixtureReport();
const render = (report: ReportModel, language: "en" | "sv" | "fi" = "en") => {
  const files = renderMarkdown(report, { language });
  expect(files).toHaveLength(1);
  expect(files[0]!.name).toBe("report.md");
  return files[0]!.content;
};

/** The lines of one `## heading` section, up to the next heading. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`## ${heading}`);
  expect(start, `no section "${heading}"`).toBeGreaterThan(-1);
  const end = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== "");
}

describe("markdown report", () => {
  const markdown = render(model);

  it("starts with the title, the date, the instruction and the deadline", () => {
    expect(markdown.split("\n").slice(0, 6)).toEqual([
      "# Management agreements: report for the 2020 cycle",
      "",
      "- Situation on 2020-05-01",
      "- Instruction: Instruction on implementing management agreements 2020 (VM/615/00.00.00/2017 (uppdatering 2020)), goals/2020.md",
      "- Deadline: 2020-04-30 (1 day ago): Updated agreements and the evaluation of success for 2019 are submitted to the Ministry of Finance (johtamissopimukset@\u2060vm.fi)",
      "",
    ]);
  });

  it("renders the update table with aligned numbers and a bold total row", () => {
    const lines = section(markdown, "Update for the 2020 cycle per administrative sector");
    expect(lines[0]).toBe(
      "| Administrative sector | Agreement files | Updated for 2020 | Not updated | Unreadable | Evaluation 2019 present | Evaluation 2019 missing | Agreed after the deadline | To be filled in | Errors | Status |",
    );
    expect(lines[1]).toBe("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    // Every VM agreement is updated, but four errors are left: a sector with errors is never complete.
    expect(lines).toContain("| Ministry of Finance (VM) | 2 | 2 | 0 | 0 | 1 | 1 | 1 | 0 | 4 | Overdue |");
    expect(lines).toContain("| Ministry of Agriculture and Forestry (MMM) | 1 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 1 | Overdue |");
    expect(lines.at(-1)).toBe("| **Total** | **8** | **5** | **1** | **2** | **4** | **2** | **1** | **0** | **15** | **Overdue** |");
    expect(lines).toHaveLength(2 + 12 + 1);
  });

  it("indents sub-goals in the goal matrix and lists the goals nobody uses", () => {
    const matrix = section(markdown, "Agreements choosing each common goal, per administrative sector");
    expect(matrix).toContain("| ↳ Competence development | competence-development | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 2 | 2 |");
    expect(matrix).toContain("| Common HR goals | hr | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 3 |");
    expect(section(markdown, "Common goals that no agreement uses").slice(2)).toEqual([
      "| Renewing the state's employer profile | employer-profile |",
      "| Strengthening competence, renewing processes and services | competence-and-services |",
    ]);
  });

  it("keeps every table row on one line and escapes text from agreements", () => {
    for (const line of markdown.split("\n")) {
      if (line.startsWith("|")) expect(line.endsWith("|"), line).toBe(true);
    }
    expect(markdown).not.toMatch(/<script|<img|<a /i);
    expect(markdown).toContain("&lt;script&gt;window.\\_\\_pwned");
    expect(markdown).toContain("\\[linkki\\](javascript:");
    // Quotes and apostrophes are no markup: they stay readable, in a terminal too.
    expect(markdown).toContain('| Oikeusministeriön kansliapäällikön johtamissopimus, "vanha malli" liite 1 |');
    expect(markdown).toContain("| Prime Minister's Office (VNK) |");
    expect(markdown).not.toMatch(/&#\d+;/);
  });

  it("shows counts of bonus proposals but no person's rating or bonus unless restricted", () => {
    expect(section(markdown, "Evaluations and bonus proposals per year (counts only)")).toContain("| Ministry of Justice (OM) | 2019 | 1 | 1 |");
    expect(markdown).not.toContain("Outi Esimerkki");
    expect(markdown).not.toContain("Restricted");
    const restricted = render(fixtureReport({ restricted: true }));
    expect(restricted).toContain("> **Restricted: this report contains personal data");
    expect(section(restricted, "Ratings and bonus proposals per person")).toContain(
      "| Outi Esimerkki | Kansliapäällikkö | Ministry of Justice (OM) | Oikeusministeriö | agreements/om/om-kansliapaallikko.md | 2019 | excellent | proposed |",
    );
  });

  it("says None. for an empty table", () => {
    expect(section(render(fixtureReport({ cycle: 2019 })), "Common goals that no agreement uses")).toEqual(["None."]);
  });

  it("writes headings, labels and goal titles in the chosen language", () => {
    const finnish = render(model, "fi");
    expect(finnish.split("\n")[0]).toBe("# Johtamissopimukset: raportti kierroksesta 2020");
    expect(finnish).toContain("- Määräaika: 30.4.2020 (1 päivä sitten): Päivitetyt johtamissopimukset");
    // Dates people read are written the local way in Finnish and Swedish; ISO stays in files and data (JSON).
    for (const language of ["fi", "sv"] as const) expect(render(model, language)).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(section(finnish, "Kunkin yhteisen tavoitteen valinneet sopimukset hallinnonaloittain")).toContain(
      "| ↳ Osaamisen kehittäminen | competence-development | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 2 | 2 |",
    );
    const swedish = render(model, "sv");
    expect(section(swedish, "Uppdatering för omgången 2020 per förvaltningsområde")).toContain("| Finansministeriet (VM) | 2 | 2 | 0 | 0 | 1 | 1 | 1 | 0 | 4 | Försenat |");
  });
});
