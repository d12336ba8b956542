import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCellText, quoteField, renderCsv } from "../../scripts/report/csv.js";
import { fixtureReport } from "../fixtures/report/load-fixture.js";

const model = fixtureReport();
const files = renderCsv(model, { language: "en" });
const file = (name: string) => {
  const found = files.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no ${name}; got ${files.map((candidate) => candidate.name).join(", ")}`);
  return found.content;
};
/** Parsed back the way a strict CSV reader does: the BOM dropped, every record the same width. */
const records = (content: string, delimiter = ","): string[][] => parse(content, { bom: true, delimiter, relax_column_count: false, relax_quotes: false });

describe("CSV report", () => {
  it("writes one file per table", () => {
    expect(files.map((candidate) => candidate.name)).toEqual([
      "update.csv",
      "coverage.csv",
      "goal-matrix.csv",
      "unused-goals.csv",
      "goals.csv",
      "goals-not-ready.csv",
      "evaluations.csv",
      "findings.csv",
      "agreements.csv",
      "unreadable.csv",
    ]);
  });

  it("starts each file with a UTF-8 byte order mark and ends every record with CRLF", () => {
    for (const { name, content } of files) {
      expect(content.startsWith("\uFEFF"), name).toBe(true);
      expect(content.endsWith("\r\n"), name).toBe(true);
      expect(Buffer.from(content, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    // Outside quoted fields, a line break is always CRLF.
    expect(file("update.csv").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("has a header row and the numbers of the model", () => {
    const rows = records(file("update.csv"));
    expect(rows[0]).toEqual([
      "Administrative sector",
      "Agreement files",
      "Updated for 2020",
      "Not updated",
      "Unreadable",
      "Evaluation 2019 present",
      "Evaluation 2019 missing",
      "Agreed after the deadline",
      "To be filled in",
      "Errors",
      "Status",
    ]);
    // Every VM agreement is updated, but four errors are left: a sector with errors is never complete.
    expect(rows).toContainEqual(["Ministry of Finance (VM)", "2", "2", "0", "0", "1", "1", "1", "0", "4", "Overdue"]);
    expect(rows.at(-1)).toEqual(["Total", "8", "5", "1", "2", "4", "2", "1", "0", "15", "Overdue"]);
    expect(rows).toHaveLength(1 + 12 + 1);
  });

  it("gives the goal matrix a column per ministry", () => {
    const rows = records(file("goal-matrix.csv"));
    expect(rows[0]).toEqual(["Goal", "Goal id", "VNK", "UM", "OM", "SM", "PLM", "VM", "OKM", "MMM", "LVM", "TEM", "STM", "YM", "Total", "Total with sub-goals"]);
    expect(rows).toContainEqual(["Common HR goals", "hr", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "3"]);
  });

  it("quotes a field holding a comma, quotes and a line break, and reads it back whole", () => {
    const content = file("agreements.csv");
    expect(content).toContain('"Oikeusministeriön kansliapäällikön johtamissopimus, ""vanha malli""\nliite 1"');
    const om = records(content).find((row) => row[0] === "agreements/om/om-kansliapaallikko.md");
    expect(om?.[2]).toBe('Oikeusministeriön kansliapäällikön johtamissopimus, "vanha malli"\nliite 1');
    expect(om?.[11]).toBe("hr, competence-development");
  });

  it("keeps a cell that looks like a formula from running as one", () => {
    const lvm = records(file("agreements.csv")).find((row) => row[0] === "agreements/lvm/traficom-generaldirektor.md");
    expect(lvm?.[3]).toBe("'=1+2 Transport- och kommunikationsverket");
    expect(lvm?.[11]).toBe("");
  });

  it("leaves a cell empty where a value does not apply", () => {
    const rows = records(file("findings.csv"));
    const total = rows.at(-1)!;
    expect(total[0]).toBe("Total");
    expect(total[1]).toBe("");
  });

  it("can use semicolons, for Excel set to Finnish or Swedish", () => {
    const finnish = renderCsv(model, { language: "fi", csvDelimiter: ";" });
    const update = finnish.find((candidate) => candidate.name === "update.csv")!.content;
    const rows = records(update, ";");
    expect(rows[0]![0]).toBe("Hallinnonala");
    expect(rows).toContainEqual(["Valtiovarainministeriö (VM)", "2", "2", "0", "0", "1", "1", "1", "0", "4", "Myöhässä"]);
    const agreements = records(finnish.find((candidate) => candidate.name === "agreements.csv")!.content, ";");
    expect(agreements.find((row) => row[0] === "agreements/om/om-kansliapaallikko.md")?.[2]).toContain(', "vanha malli"\n');
  });

  it("writes the per-person file only for a restricted report", () => {
    expect(files.some((candidate) => candidate.name === "people.csv")).toBe(false);
    const restricted = renderCsv(fixtureReport({ restricted: true }), { language: "en" });
    const people = records(restricted.find((candidate) => candidate.name === "people.csv")!.content);
    expect(people[0]).toEqual(["Name", "Title of the official", "Administrative sector", "Organisation", "File", "Year", "Rating", "Bonus"]);
    expect(people).toContainEqual(["Outi Esimerkki", "Kansliapäällikkö", "Ministry of Justice (OM)", "Oikeusministeriö", "agreements/om/om-kansliapaallikko.md", "2019", "excellent", "proposed"]);
  });
});

describe("CSV cells", () => {
  it("prefixes text starting with = + - @ tab or carriage return, and leaves numbers alone", () => {
    expect(csvCellText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCellText("+1")).toBe("'+1");
    expect(csvCellText("-1")).toBe("'-1");
    expect(csvCellText("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCellText("\t=1")).toBe("'\t=1");
    expect(csvCellText("\r=1")).toBe("'\r=1");
    expect(csvCellText(-1)).toBe("-1");
    expect(csvCellText(null)).toBe("");
    expect(csvCellText("a=b")).toBe("a=b");
  });

  it("quotes per RFC 4180", () => {
    expect(quoteField("plain", ",")).toBe("plain");
    expect(quoteField("a,b", ",")).toBe('"a,b"');
    expect(quoteField("a,b", ";")).toBe("a,b");
    expect(quoteField("a;b", ";")).toBe('"a;b"');
    expect(quoteField('say "hi"', ",")).toBe('"say ""hi"""');
    expect(quoteField("two\nlines", ",")).toBe('"two\nlines"');
    expect(quoteField("cr\r", ",")).toBe('"cr\r"');
  });
});
