import { describe, expect, it } from "vitest";
import { DOCUMENT_LABELS } from "../../scripts/document/labels.js";
import { LABELS } from "../../scripts/report/labels.js";

/** Every string a label object holds, functions called with a sample date and count. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String((value as (a: unknown) => unknown)("2020-04-30"))];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

/**
 * The glossary (README, Glossary; the team's GLOSSARY.md): bonus proposal = förslag till resultatpremie /
 * tulospalkkioehdotus; director general (agency head) = generaldirektör / överdirektör, pääjohtaja / ylijohtaja;
 * department head = avdelningschef / osastopäällikkö.
 */
describe("report and document labels use the glossary's words", () => {
  it("sv: förslag till resultatpremie and resultatpremie, never the short forms", () => {
    const sv = [...texts(LABELS.sv), ...texts(DOCUMENT_LABELS.sv)];
    expect(sv.filter((text) => /premieförslag|\bPremie\b/i.test(text))).toEqual([]);
    expect(LABELS.sv.columns.bonusProposals).toBe("Förslag till resultatpremie");
  });

  it("a director-general heads an agency (generaldirektör, pääjohtaja), not a department (avdelningschef, osastopäällikkö)", () => {
    expect(LABELS.sv.kinds["director-general"]).toBe("Generaldirektör eller överdirektör");
    expect(LABELS.fi.kinds["director-general"]).toBe("Pääjohtaja tai ylijohtaja");
    for (const language of ["sv", "fi"] as const) expect(texts(LABELS[language].kinds).join(" ")).not.toMatch(/avdelningschef|osastopäällikkö/i);
  });

  it("dates shown to people are written the local way in fi and sv, ISO in en", () => {
    expect(LABELS.sv.situationOn("2020-04-30")).toBe("Läget den 30.4.2020");
    expect(LABELS.fi.situationOn("2020-04-30")).toBe("Tilanne 30.4.2020");
    expect(LABELS.en.situationOn("2020-04-30")).toBe("Situation on 2020-04-30");
    expect(DOCUMENT_LABELS.sv.briefFacts("2020-04-30")).toBe("Läget den 30.4.2020");
    expect(DOCUMENT_LABELS.fi.briefFacts("2020-04-30")).toBe("Tilanne 30.4.2020");
  });

  it("one day is singular", () => {
    expect(DOCUMENT_LABELS.fi.daysLeft(1)).toBe("1 päivä jäljellä");
    expect(DOCUMENT_LABELS.sv.daysLeft(-1)).toBe("1 dag försenat");
    expect(DOCUMENT_LABELS.en.daysLeft(2)).toBe("2 days left");
  });
});
