import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { lint } from "../../scripts/lint/engine.js";
import type { Language } from "../../scripts/model/types.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const PATH = "agreements/vm/vm-statssekreterare.md";
const SHIPPED = readFileSync(join(REPOSITORY_ROOT, PATH), "utf8");
const GOALS = collectMarkdownFiles(REPOSITORY_ROOT, ["goals"], []).map((path) => ({ path, bytes: readFileSync(join(REPOSITORY_ROOT, path)) }));

/** One mistake as officials make it, put into the shipped Swedish agreement, and where it must be reported. */
interface Case {
  name: string;
  from: string;
  to: string;
  rule: string;
  /** The finding's place: the first occurrence of this text in the changed file, plus `shift` characters. */
  at: string;
  shift?: number;
  expected: Record<Language, RegExp>;
}

const CASES: Case[] = [
  {
    name: "indentation with a no-break space pasted from Word",
    from: "  superior: {",
    to: "\u00a0 superior: {",
    rule: "front-matter-syntax",
    at: "\u00a0 superior",
    expected: {
      fi: /näkymättömällä merkillä \(U\+00A0 NO-BREAK SPACE\)[\s\S]*tavallisilla välilyönneillä/,
      sv: /osynligt tecken \(U\+00A0 NO-BREAK SPACE\)[\s\S]*vanliga mellanslag/,
      en: /invisible character \(U\+00A0 NO-BREAK SPACE\)[\s\S]*ordinary spaces/,
    },
  },
  {
    name: "indentation with a zero width space",
    from: "    section: common\n    common: knowledge",
    to: "    section: common\n\u200b   common: knowledge",
    rule: "front-matter-syntax",
    at: "\u200b",
    expected: { fi: /U\+200B ZERO WIDTH SPACE/, sv: /U\+200B ZERO WIDTH SPACE/, en: /U\+200B ZERO WIDTH SPACE/ },
  },
  {
    name: "a list with - lines inside [ ]",
    from: "    measures:\n      - Gemensam",
    to: "    measures: [\n      - Gemensam",
    rule: "front-matter-syntax",
    at: "- Gemensam",
    expected: {
      fi: /merkeillä - alkavia luettelorivejä merkkien \[ \] tai \{ \} sisällä/,
      sv: /listrader som börjar med - inom \[ \] eller \{ \}/,
      en: /A list written with - lines is inside \[ \] or \{ \} here\./,
    },
  },
  {
    name: "text after the | of a block of text",
    from: "title: Ledningsavtal för statssekreteraren vid finansministeriet",
    to: "title: |Ledningsavtal\n  för statssekreteraren",
    rule: "front-matter-syntax",
    // At the first character that must move to the next line.
    at: "|Ledningsavtal",
    shift: 1,
    expected: {
      fi: /rivin lopussa oleva \| aloittaa/,
      sv: /Tecknet \| i slutet av raden inleder/,
      en: /The \| at the end of this line starts a text/,
    },
  },
  {
    name: "a title cut by # (read as a comment)",
    from: "title: Ledningsavtal för",
    to: "title: Avtal #1 för",
    rule: "comment-in-value",
    at: "#1",
    expected: {
      fi: /kohdan title arvo on vain "Avtal"[\s\S]*Kirjoita koko arvo lainausmerkkeihin: title: "Avtal #1 för statssekreteraren vid finansministeriet"\./,
      sv: /värdet för title är bara "Avtal"[\s\S]*Sätt hela värdet inom citattecken: title: "Avtal #1 för statssekreteraren vid finansministeriet"\./,
      en: /title is only "Avtal"[\s\S]*Put the whole value in double quotes: title: "Avtal #1 för statssekreteraren vid finansministeriet"\./,
    },
  },
  {
    name: "a tab in the indentation",
    from: "  official: {",
    to: "\tofficial: {",
    rule: "front-matter-syntax",
    at: "\tofficial",
    expected: { fi: /sisennetty sarkaimella/, sv: /indragen med tabb/, en: /A tab is used to indent this line\./ },
  },
  {
    name: "a date written the Finnish way",
    from: "agreed: 2020-04-15",
    to: "agreed: 15.4.2020",
    rule: "schema",
    at: "15.4.2020",
    expected: {
      fi: /Kohdan "agreed" arvon on oltava todellinen päivämäärä muodossa VVVV-KK-PP; nyt se on "15\.4\.2020"\./,
      sv: /Värdet för "agreed" ska vara ett verkligt datum skrivet ÅÅÅÅ-MM-DD; nu är det "15\.4\.2020"\./,
      en: /"agreed" must be a real date written YYYY-MM-DD; it is "15\.4\.2020"\./i,
    },
  },
];

/** A value typed in the official's own words, and the value the hint must offer, in every language. */
const MEANT: { name: string; from: string; to: string; rule: string; at: string; value: string }[] = [
  { name: "the Swedish abbreviation FM", from: "ministry: VM", to: "ministry: FM", rule: "schema", at: "FM", value: "VM" },
  { name: "the Swedish abbreviation JM, in lower case", from: "ministry: VM", to: "ministry: jm", rule: "schema", at: "jm", value: "OM" },
  { name: "the Swedish abbreviation SRK", from: "ministry: VM", to: "ministry: SRK", rule: "schema", at: "SRK", value: "VNK" },
  { name: "the English abbreviation MoF", from: "ministry: VM", to: "ministry: MoF", rule: "schema", at: "MoF", value: "VM" },
  { name: "the ministry's Swedish name", from: "ministry: VM", to: "ministry: Finansministeriet", rule: "schema", at: "Finansministeriet", value: "VM" },
  { name: "the ministry's Finnish name", from: "ministry: VM", to: "ministry: sosiaali- ja terveysministeriö", rule: "schema", at: "sosiaali-", value: "STM" },
  { name: "the ministry's English name", from: "ministry: VM", to: "ministry: Ministry of the Environment", rule: "schema", at: "Ministry of", value: "YM" },
  { name: "a rating in Swedish (utmärkt)", from: "rating: good", to: "rating: utmärkt", rule: "schema", at: "utmärkt", value: "excellent" },
  { name: "a rating in Finnish (hyvä)", from: "rating: good", to: "rating: hyvä", rule: "schema", at: "hyvä", value: "good" },
  { name: "a rating in Finnish (tyydyttävä)", from: "rating: good", to: "rating: tyydyttävä", rule: "schema", at: "tyydyttävä", value: "satisfactory" },
  { name: "a rating in Finnish (erinomainen)", from: "rating: good", to: "rating: erinomainen", rule: "schema", at: "erinomainen", value: "excellent" },
  { name: "a rating in Swedish (bra)", from: "rating: good", to: "rating: bra", rule: "schema", at: "bra", value: "good" },
  { name: "no bonus in Swedish (nej)", from: "bonus: none", to: "bonus: nej", rule: "schema", at: "nej", value: "none" },
  { name: "no bonus in Finnish (ei)", from: "bonus: none", to: "bonus: ei", rule: "schema", at: "ei", value: "none" },
  { name: "a common goal id with spaces and capitals", from: "common: knowledge-based-management", to: "common: Knowledge Based Management", rule: "schema", at: "Knowledge Based", value: "knowledge-based-management" },
];

const OFFER: Record<Language, (value: string) => string> = {
  fi: (value) => `Tarkoititko "${value}"?`,
  sv: (value) => `Menade du "${value}"?`,
  en: (value) => `Did you mean "${value}"?`,
};

function findingsOf(text: string, language: Language) {
  const files = [...GOALS, { path: PATH, bytes: new TextEncoder().encode(text) }];
  return lint({ files, rules: RULES, today: "2020-05-01", pathExists: () => true, languages: { chosen: language, repository: "fi" } }).findings;
}

function placeOf(text: string, needle: string, shift = 0): { line: number; column: number } {
  const offset = text.indexOf(needle) + shift;
  expect(offset, `"${needle}" is in the changed file`).toBeGreaterThanOrEqual(shift);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe("what officials type, found in their language at the right place", () => {
  it.each(CASES.flatMap((entry) => (["fi", "sv", "en"] as const).map((language) => [entry.name, language, entry] as const)))(
    "%s (%s)",
    (_name, language, entry) => {
      expect(SHIPPED).toContain(entry.from);
      const text = SHIPPED.replace(entry.from, entry.to);
      const findings = findingsOf(text, language).filter((finding) => finding.rule === entry.rule);
      expect(findings.length, JSON.stringify(findingsOf(text, "en"))).toBeGreaterThan(0);
      const [finding] = findings;
      expect({ rule: finding!.rule, line: finding!.line, column: finding!.column }).toEqual({ rule: entry.rule, ...placeOf(text, entry.at, entry.shift) });
      expect(`${finding!.message} ${finding!.hint}`).toMatch(entry.expected[language]);
    },
  );
});

describe("a # that YAML does not read as a comment is no cut value", () => {
  it.each([
    ["inside a quoted value in a flow map", 'baseline: "55 % (2019)"', 'baseline: "} #1 (2019)"'],
    ["inside a block text", "summary: Målen nåddes till största delen.", "summary: |\n      Målen nåddes #1 till största delen."],
  ])("%s", (_name, from, to) => {
    expect(SHIPPED).toContain(from);
    const findings = findingsOf(SHIPPED.replace(from, to), "en");
    expect(findings.filter((finding) => finding.rule === "comment-in-value")).toEqual([]);
  });
});

describe("values typed in the official's own words: the hint offers the value to write", () => {
  it.each(MEANT.flatMap((entry) => (["fi", "sv", "en"] as const).map((language) => [entry.name, language, entry] as const)))("%s (%s)", (_name, language, entry) => {
    expect(SHIPPED).toContain(entry.from);
    const text = SHIPPED.replace(entry.from, entry.to);
    const findings = findingsOf(text, language).filter((finding) => finding.rule === entry.rule);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect({ rule: finding!.rule, line: finding!.line, column: finding!.column }).toEqual({ rule: entry.rule, ...placeOf(text, entry.to.slice(entry.to.indexOf(":") + 2)) });
    expect(finding!.hint).toBe(OFFER[language](entry.value));
  });

  it.each(["fi", "sv", "en"] as const)("never offers to-be-filled as a choice (%s)", (language) => {
    const text = SHIPPED.replace("rating: good", "rating: jättebra ja hieno");
    const [finding] = findingsOf(text, language).filter((each) => each.rule === "schema");
    expect(finding!.message).toContain("excellent, good, satisfactory, poor");
    expect(`${finding!.message} ${finding!.hint}`).not.toContain("to-be-filled");
  });

  it.each([
    ["15.4.2020", "2020-04-15"],
    ["15.4.20", "2020-04-15"],
    ["1.12.2019", "2019-12-01"],
  ])("a date written %s: the hint gives %s", (typed, iso) => {
    const text = SHIPPED.replace("agreed: 2020-04-15", `agreed: ${typed}`);
    for (const [language, hint] of [["fi", `Kirjoita ${iso}.`], ["sv", `Skriv ${iso}.`], ["en", `Write ${iso}.`]] as const) {
      const [finding] = findingsOf(text, language).filter((each) => each.rule === "schema");
      expect({ line: finding!.line, column: finding!.column, hint: finding!.hint }).toEqual({ ...placeOf(text, typed), hint });
    }
  });

  it("does not make a date of what is not one (31.2.2020)", () => {
    const text = SHIPPED.replace("agreed: 2020-04-15", "agreed: 31.2.2020");
    const [finding] = findingsOf(text, "en").filter((each) => each.rule === "schema");
    expect(finding!.hint).toBe("Write the date as year-month-day with leading zeros, for example 2020-04-30.");
  });
});

describe("headings: in the other language, or misspelt", () => {
  const FINNISH_HEADINGS: [string, string][] = [
    ["## Statsförvaltningens gemensamma mål för ledningen", "## Valtionhallinnon yhteiset johtamisen tavoitteet"],
    ["## Resultatmål", "## Tulostavoitteet"],
    ["## Ledning och ledarskap", "## Johtaminen ja johtajuus"],
    ["## Personlig utveckling", "## Henkilökohtainen kehittyminen"],
    ["## Utvärdering av framgången", "## Onnistumisen arviointi"],
  ];

  it.each([
    ["fi", "Otsikot ovat suomeksi, mutta sopimuksessa on language: sv.", "Kirjoita language: fi tai käännä otsikot ruotsiksi."],
    ["sv", "Rubrikerna är på finska, men avtalet anger language: sv.", "Skriv language: fi, eller översätt rubrikerna till svenska."],
    ["en", "The headings are in Finnish, but the agreement says language: sv.", "Set language: fi, or translate the headings into Swedish."],
  ] as const)("a Swedish agreement with Finnish headings (%s): one finding saying so, at the first heading", (language, message, hint) => {
    const text = FINNISH_HEADINGS.reduce((changed, [from, to]) => (expect(changed).toContain(from), changed.replace(from, to)), SHIPPED);
    const findings = findingsOf(text, language).filter((finding) => finding.rule === "sections-missing");
    expect(findings.map(({ line, column, message, hint }) => ({ line, column, message, hint }))).toEqual([{ ...placeOf(text, "\n# ", 1), message, hint }]);
  });

  it.each([
    ["fi", 'Otsikko "Resultatmäl" ei ole sopimusmallin minkään osion nimi.', 'Tarkoititko "Resultatmål"? Kirjoita otsikoksi "## Resultatmål".'],
    ["sv", 'Rubriken "Resultatmäl" är inte namnet på något avsnitt i avtalsmodellen.', 'Menade du "Resultatmål"? Skriv rubriken som "## Resultatmål".'],
    ["en", 'The heading "Resultatmäl" is not the name of a section of the agreement model.', 'Did you mean "Resultatmål"? Write the heading as "## Resultatmål".'],
  ] as const)("a misspelt heading (%s): pointed at that heading, with the closest accepted one", (language, message, hint) => {
    const text = SHIPPED.replace("## Resultatmål", "## Resultatmäl");
    const findings = findingsOf(text, language).filter((finding) => finding.rule === "sections-missing");
    expect(findings.map(({ line, column, message, hint }) => ({ line, column, message, hint }))).toEqual([{ ...placeOf(text, "## Resultatmäl"), message, hint }]);
  });
});
