import type { Nodes } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { compareAgreements } from "../../scripts/changes/compare.js";
import { createAgreementParser } from "../../scripts/changes/parse-version.js";
import { READER } from "../helpers/reader.js";
import { renderDiffJson, renderHistoryJson } from "../../scripts/changes/render-json.js";
import { renderDiffMarkdown, renderHistoryMarkdown } from "../../scripts/changes/render-markdown.js";
import { renderDiffText, renderHistoryText } from "../../scripts/changes/render-text.js";
import type { AgreementChange, AgreementDiff, AgreementHistory, FieldChange, GoalDetail, SectionChange } from "../../scripts/changes/types.js";
import { renderBriefHtml } from "../../scripts/brief/html.js";
import { render } from "../../scripts/messages/catalogue.js";
import { changeWords } from "../../scripts/messages/changes.js";
import type { Language } from "../../scripts/model/types.js";
import { agreement } from "../helpers/agreement-data.js";
import { diffCommand } from "../../scripts/commands/diff.js";
import { UsageError } from "../../scripts/errors.js";
import { historyCommand } from "../../scripts/commands/history.js";
import { agreementText, captureIO, createTestRepository, type TestRepository } from "../helpers/git-repo.js";

/**
 * The change list (`agreements diff`, `agreements history`, the pull request comment's changes) in Finnish
 * and Swedish: one row per kind of change, each rendered as text and as Markdown, must hold no English
 * word. The English words are those the English rendering of the same row holds, less the words taken from
 * the file (values, names, paths), so every sentence we write in English is looked for, and a new one
 * needs no list kept by hand.
 */
const PATH = "agreements/vm/vm-statssekreterare.md";
const FROM = { ref: "submission-2019", commit: "1".repeat(40) };
const TO = { ref: "submission-2020", commit: "2".repeat(40) };

/** Words that are the same in English and in Finnish or Swedish: not a sign of a missing translation. */
const SHARED = new Set(["id", "text", "version", "problem", "github"]);

/** Keys of the structure whose strings come from the file or from Git, not from our words. */
const FILE_KEYS = new Set(["path", "previousPath", "id", "title", "common", "name", "text", "target", "baseline", "unit", "heading", "before", "after", "message", "hint", "summary", "rule", "level", "subject", "rating", "bonus", "date"]);

const KNOWN_FIELDS = new Set(Object.keys(changeWords("en").fields));

function fileWords(value: unknown, key = ""): string[] {
  // A front-matter key the change list has no name for is shown as written.
  if (key === "field" && typeof value === "string") return KNOWN_FIELDS.has(value) || value.startsWith("waivers[") ? [] : words(value);
  if (typeof value === "string") return FILE_KEYS.has(key) ? words(value) : [];
  if (typeof value === "boolean" || value === null) return FILE_KEYS.has(key) ? [String(value)] : [];
  if (Array.isArray(value)) return value.flatMap((item) => fileWords(item, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([name, item]) => fileWords(item, name));
  return [];
}

function words(text: string): string[] {
  return text.split(/[^\p{L}']+/u).filter((word) => word.length > 1).map((word) => word.toLowerCase());
}

/**
 * Our own words in an output: without what comes from the file (quoted in text, inline code or emphasis in
 * Markdown, changed lines of a section), paths, ids and dates, and the command `agreements lint` it names.
 */
function ownWords(output: string, format: "text" | "markdown"): string[] {
  let text = output.replace(/agreements lint/g, " ");
  if (format === "markdown") {
    text = text
      .replace(/^\s*```diff\n[\s\S]*?^\s*```$/gm, " ")
      .replace(/`[^`\n]*`/g, " ")
      .replace(/(?<![*\w])\*(?!\*)(?:\\.|[^*\\\n])+\*(?!\*)/g, " ");
  } else {
    text = text
      .split("\n")
      .filter((line) => !/^\s+[-+] /.test(line))
      .join("\n")
      .replace(/"(?:\\.|[^"\\])*"/g, " ");
  }
  return words(text.replace(/\S*[/.0-9_]\S*/g, " ").replace(/\S+-\S+/g, " "));
}

const base = (over: Partial<AgreementChange>): AgreementChange => ({
  status: "modified",
  path: PATH,
  id: "vm-statssekreterare",
  title: "Ledningsavtal för statssekreteraren",
  unreadable: [],
  fields: [],
  goals: [],
  evaluations: [],
  sections: [],
  ...over,
});

/** Every kind of goal detail; the type makes a new kind a compile error here until it has a row. */
const GOAL_DETAILS: { [K in GoalDetail["kind"]]: Extract<GoalDetail, { kind: K }>[] } = {
  retitled: [{ kind: "retitled", before: "Budjettivalmistelu", after: "Kestävä budjettivalmistelu" }],
  moved: [{ kind: "moved", before: "result", after: "leadership" }],
  "common-goal": [
    { kind: "common-goal", before: "mobility", after: "competence-development" },
    { kind: "common-goal", after: "mobility" },
    { kind: "common-goal", before: "mobility" },
  ],
  "measure-added": [{ kind: "measure-added", text: "Yhteinen tilannekuva johtoryhmälle" }],
  "measure-removed": [{ kind: "measure-removed", text: "Neljännesvuosikatsaus" }],
  "meter-added": [
    { kind: "meter-added", meter: { name: "Vaikutusarvioiden osuus", target: ">= 80 %", baseline: "55 %", unit: "%" } },
    { kind: "meter-added", meter: { name: "Koulutuspäivät", target: "5" } },
  ],
  "meter-removed": [{ kind: "meter-removed", meter: { name: "Koulutuspäivät", target: "5" } }],
  "meter-changed": [
    { kind: "meter-changed", name: "Vaikutusarvioiden osuus", field: "target", before: ">= 80 %", after: ">= 85 %" },
    { kind: "meter-changed", name: "Vaikutusarvioiden osuus", field: "baseline", after: "55 %" },
    { kind: "meter-changed", name: "Vaikutusarvioiden osuus", field: "unit", before: "%" },
  ],
  "criterion-changed": [
    { kind: "criterion-changed", level: "excellent", before: ">= 90 %", after: ">= 95 %" },
    { kind: "criterion-changed", level: "good", after: ">= 80 %" },
    { kind: "criterion-changed", level: "satisfactory", before: ">= 70 %" },
    { kind: "criterion-changed", level: "poor", before: "< 70 %", after: "< 60 %" },
    { kind: "criterion-changed", level: "erinomainen", after: "kaikki" },
  ],
};

const FIELDS: FieldChange[] = [
  ...Object.keys(changeWords("en").fields).map((field) => ({ field, before: field === "cycle" ? 2019 : "Vanha", after: field === "cycle" ? 2020 : "Uusi" })),
  { field: "agreed", before: "2019-04-10", after: "2020-04-15" },
  { field: "term.end", before: "2024-08-31", after: "2025-08-31" },
  { field: "term.start", after: "2019-09-01" },
  { field: "organisation", before: "Valtiovarainministeriö" },
  { field: "waivers[personal-identity-code].until", before: "2020-06-30", after: "2020-12-31" },
  { field: "waivers[personal-identity-code].reason", after: "Henkilötunnus poistetaan kesäkuussa" },
  { field: "waivers[broken-link]", after: "{rule: broken-link, reason: Linkki korjataan}" },
  { field: "kieli", before: "sv", after: "fi" },
  { field: "model", before: null, after: true },
];

const SECTIONS: SectionChange[] = [
  { kind: "added", heading: "Liitteet", lines: 1 },
  { kind: "added", heading: "Liitteet (2)", lines: 3 },
  { kind: "removed", heading: "Vanha osio", lines: 2 },
  { kind: "removed", heading: "", lines: 1 },
  { kind: "renamed", before: "Tulostavoite", after: "Tulostavoitteet" },
  { kind: "edited", heading: "Henkilökohtainen kehittyminen", diff: { lines: [{ op: "-", text: "Valmennus vuoden aikana." }, { op: "+", text: "Valmennus ja mentorointi vuoden aikana." }], omitted: 0 } },
  { kind: "edited", heading: "", diff: { lines: [{ op: "+", text: "Johdanto." }], omitted: 1 } },
  { kind: "edited", heading: "Tulostavoitteet", diff: { lines: [{ op: "-", text: "Yksi." }], omitted: 4 } },
];

const parse = createAgreementParser(READER);

/** A version whose front matter cannot be read: its problem is a message key, said in the reader's language. */
function unreadableChange(): AgreementChange {
  const broken = agreementText().replace("cycle: 2020", "cycle: [2020");
  return compareAgreements({ status: "modified", path: PATH, before: parse(PATH, Buffer.from(agreementText())), after: parse(PATH, Buffer.from(broken)) });
}

const ROWS: [string, AgreementChange][] = [
  ["a new agreement", base({ status: "added" })],
  ["a removed agreement", base({ status: "removed" })],
  ["a renamed file, unchanged", base({ status: "renamed", previousPath: "agreements/vm/vanha.md" })],
  ["a moved file, changed", base({ status: "renamed", previousPath: "agreements/om/vanha.md", fields: [{ field: "ministry", before: "OM", after: "VM" }] })],
  ["a change of layout only", base({})],
  ["a file without a title", base({ title: undefined, id: undefined, status: "added" })],
  ["an unreadable version", unreadableChange()],
  ["an unreadable older version with more problems", base({ unreadable: [{ side: "before", rule: "schema", line: 3, column: 7, message: "Tiedostossa on virhe.", hint: "Korjaa se.", more: 2 }] })],
  ["an unreadable newer version with one more problem", base({ unreadable: [{ side: "after", rule: "front-matter-syntax", line: 9, column: 1, message: "Tiedostossa on virhe.", hint: "Korjaa se.", more: 1 }] })],
  ...FIELDS.map((field): [string, AgreementChange] => [`the field ${field.field}${field.before === undefined ? " added" : field.after === undefined ? " removed" : ""}`, base({ fields: [field] })]),
  ["a goal added, with a common goal", base({ goals: [{ kind: "added", goal: { id: "osaaminen", section: "common", common: "competence-development", title: "Osaamisen kehittäminen" } }] })],
  ...(["common", "result", "leadership", "development"] as const).map((section): [string, AgreementChange] => [
    `a goal removed from ${section}`,
    base({ goals: [{ kind: "removed", goal: { id: "tavoite", section, title: "Tavoite" } }] }),
  ]),
  ...Object.values(GOAL_DETAILS)
    .flat()
    .map((detail, index): [string, AgreementChange] => [`goal detail ${index + 1}: ${detail.kind}`, base({ goals: [{ kind: "changed", id: "budjetti", title: "Budjettivalmistelu", details: [detail] }] })]),
  ["an evaluation added", base({ evaluations: [{ kind: "added", evaluation: { year: 2019, date: "2020-03-20", rating: "good", summary: "Tavoitteet saavutettiin.", bonus: "none" } }] })],
  ["an evaluation removed", base({ evaluations: [{ kind: "removed", evaluation: { year: 2018, date: "2019-03-20", rating: "satisfactory", summary: "Osittain.", bonus: "none" } }] })],
  [
    "an evaluation changed in every field",
    base({
      evaluations: [
        {
          kind: "changed",
          year: 2019,
          changes: [
            { field: "date", before: "2020-03-20", after: "2020-03-27" },
            { field: "rating", before: "good", after: "excellent" },
            { field: "summary", after: "Tavoitteet ylitettiin." },
            { field: "bonus", before: "none", after: "proposed" },
          ],
        },
      ],
    }),
  ],
  ...SECTIONS.map((section, index): [string, AgreementChange] => [`section ${index + 1}: ${section.kind}`, base({ sections: [section] })]),
];

function diffOf(...agreements: AgreementChange[]): AgreementDiff {
  return { from: FROM, to: TO, agreements };
}

function historyOf(change: AgreementChange): AgreementHistory {
  return {
    target: "vm-statssekreterare",
    path: PATH,
    versions: [
      { commit: "3".repeat(40), date: "2020-04-16T10:00:00+03:00", author: { name: "Maria Exempel", email: "m@example.invalid" }, subject: "Sopimus 2020", pullRequest: 12, tags: ["submission-2020"], submittedIn: ["submission-2020"], change },
      { commit: "4".repeat(40), date: "2019-04-11T09:00:00+03:00", author: { name: "Anders Exempel", email: "a@example.invalid" }, subject: "Sopimus 2019", tags: ["submission-2019", "submission-2020"], submittedIn: ["submission-2019"], change },
      { commit: "5".repeat(40), date: "2018-04-11T09:00:00+03:00", author: { name: "Anders Exempel", email: "a@example.invalid" }, subject: "Sopimus 2018", tags: ["submission-2019"], submittedIn: [], change },
    ],
  };
}

/** The diff of the row and its history, as text and as Markdown. */
function outputs(change: AgreementChange, language: Language): { format: "text" | "markdown"; output: string }[] {
  const diff = diffOf(change);
  return [
    { format: "text", output: renderDiffText(diff, language) },
    { format: "markdown", output: renderDiffMarkdown(diff, language) },
    { format: "text", output: renderHistoryText(historyOf(change), language) },
    { format: "markdown", output: renderHistoryMarkdown(historyOf(change), language) },
  ];
}

/** The English words of the row's English rendering that are ours (not taken from the file). */
function englishOf(change: AgreementChange): Set<string> {
  const fromFile = new Set([...fileWords(change), ...fileWords(historyOf(change)), "maria", "exempel", "anders", "sopimus"]);
  return new Set(outputs(change, "en").flatMap(({ format, output }) => ownWords(output, format)).filter((word) => !fromFile.has(word) && !SHARED.has(word)));
}

describe("the change list in Finnish and Swedish", () => {
  it.each(ROWS.flatMap(([name, change]) => (["fi", "sv"] as const).map((language) => [language, name, change] as const)))(
    "%s: %s — no English word left, dates the local way",
    (language, _name, change) => {
      const english = englishOf(change);
      expect(english.size, "the English rendering holds words of ours to look for").toBeGreaterThan(0);
      for (const { format, output } of outputs(change, language)) {
        for (const line of output.split("\n")) {
          expect(
            ownWords(line, format).filter((word) => english.has(word)),
            line,
          ).toEqual([]);
          expect(line, "an ISO date shown to a Finnish or Swedish reader").not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
          expect(line).not.toMatch(/undefined|\[object/);
        }
      }
    },
  );

  it("the check can fail: the English words are found in the English rendering, and in a half-translated line", () => {
    const english = englishOf(base({ goals: [{ kind: "changed", id: "budjetti", title: "Budjettivalmistelu", details: GOAL_DETAILS["meter-added"] }] }));
    expect([...english]).toEqual(expect.arrayContaining(["meter", "added", "target", "baseline", "unit", "changes", "agreement", "from", "to", "history", "newest", "submitted"]));
    expect(ownWords('    mittari lisätty: "Koulutuspäivät", target "5"', "text").filter((word) => english.has(word))).toEqual(["target"]);
    expect(ownWords("- mittari lisätty: *Koulutuspäivät*, target `5`", "markdown").filter((word) => english.has(word))).toEqual(["target"]);
  });

  it("every status in the summary line, and an empty diff, in each language", () => {
    const all = diffOf(base({ status: "added" }), base({ status: "removed" }), base({ status: "renamed", previousPath: "agreements/vm/x.md" }), base({ fields: [{ field: "cycle", before: 2019, after: 2020 }] }));
    expect(renderDiffText(all, "fi")).toContain("4 sopimusta: 1 uusi, 1 poistettu, 1 nimetty uudelleen tai siirretty, 1 muutettu.");
    expect(renderDiffText(all, "sv")).toContain("4 avtal: 1 nytt, 1 borttaget, 1 nytt namn eller flyttat, 1 ändrat.");
    expect(renderDiffText(all, "en")).toContain("4 agreements: 1 new, 1 removed, 1 renamed or moved, 1 changed.");
    expect(renderDiffText(diffOf(), "fi")).toBe("Sopimusten muutokset: submission-2019 (1111111) → submission-2020 (2222222): yhtään sopimusta ei muutettu.\n");
    expect(renderDiffMarkdown(diffOf(), "sv")).toContain("Inget avtal ändrades.");
  });

  it("the glossary's words: mittari, tavoitetaso, kehittämistoimenpide; mätare, målnivå, utvecklingsåtgärd", () => {
    const change = base({ goals: [{ kind: "changed", id: "budjetti", title: "Budjettivalmistelu", details: Object.values(GOAL_DETAILS).flat() }] });
    const fi = renderDiffText(diffOf(change), "fi");
    expect(fi).toContain('mittari lisätty: "Vaikutusarvioiden osuus", tavoitetaso ">= 80 %", lähtötaso "55 %", yksikkö %');
    expect(fi).toContain('kehittämistoimenpide lisätty: "Yhteinen tilannekuva johtoryhmälle"');
    expect(fi).toContain("siirretty toiseen osioon: tulostavoitteet → johtaminen ja johtajuus");
    expect(fi).toContain('kriteeri (tyydyttävä): poistettu (oli ">= 70 %")');
    const sv = renderDiffMarkdown(diffOf(change), "sv");
    expect(sv).toContain("mätare tillagd: *Vaikutusarvioiden osuus*, målnivå `>= 80 %`, utgångsnivå `55 %`, enhet `%`");
    expect(sv).toContain("utvecklingsåtgärd tillagd: `Yhteinen tilannekuva johtoryhmälle`");
    expect(sv).toContain("kriterium (utmärkt): `>= 90 %` → `>= 95 %`");
    // A level the file names that is none of the four is shown as written.
    expect(sv).toContain("kriterium (`erinomainen`): tillagt `kaikki`");
  });

  it("ratings and bonus values in words; a value that is no word of ours (even an object's own key) as written", () => {
    const evaluations: AgreementChange["evaluations"] = [
      { kind: "added", evaluation: { year: 2019, date: "2020-03-20", rating: "good", summary: "x", bonus: "none" } },
      { kind: "changed", year: 2020, changes: [{ field: "rating", before: "satisfactory", after: "excellent" }, { field: "bonus", before: "proposed", after: "not-granted" }] },
      { kind: "removed", evaluation: { year: 2018, date: "2019-03-20", rating: "constructor" as never, summary: "x", bonus: "__proto__" as never } },
    ];
    const fi = renderDiffText(diffOf(base({ evaluations })), "fi");
    expect(fi).toContain("Vuoden 2019 arviointi lisätty: arvio hyvä, tulospalkkio ei tulospalkkiota, päivätty 20.3.2020");
    expect(fi).toContain("arvio: tyydyttävä → erinomainen");
    expect(fi).toContain("tulospalkkio: ehdotettu → ei myönnetty");
    expect(fi).toContain("Vuoden 2018 arviointi poistettu: arvio constructor, tulospalkkio __proto__, päivätty 20.3.2019");
    const sv = renderDiffMarkdown(diffOf(base({ evaluations })), "sv");
    expect(sv).toContain("Utvärderingen för 2019 tillagd: bedömning god, resultatpremie ingen resultatpremie, daterad `20.3.2020`");
    expect(sv).toContain("bedömning `constructor`, resultatpremie `__proto__`");
    // English shows the values as they are written: they are English words already.
    expect(renderDiffText(diffOf(base({ evaluations })), "en")).toContain("2019 added: rating good, bonus none, dated 2020-03-20");
  });

  it("field names and dates: the field's name in the language, its dates as 30.4.2020", () => {
    const change = base({ fields: FIELDS });
    const fi = renderDiffText(diffOf(change), "fi");
    expect(fi).toContain("toimikausi päättyy: 31.8.2024 → 31.8.2025");
    expect(fi).toContain("sovittu (johtamiskeskustelun päivä): 10.4.2019 → 15.4.2020");
    expect(fi).toContain("poikkeus tarkistukseen personal-identity-code: voimassa asti: 30.6.2020 → 31.12.2020");
    expect(fi).toContain("esihenkilön nimi: Vanha → Uusi");
    const sv = renderDiffText(diffOf(change), "sv");
    expect(sv).toContain("mandatperioden slutar: 31.8.2024 → 31.8.2025");
    expect(sv).toContain("den överordnades namn: Vanha → Uusi");
    // A key the change list does not know is shown as written in the file.
    expect(sv).toContain("kieli: sv → fi");
  });

  it("a reading problem in the reader's language, in text, Markdown and JSON; JSON keeps its keys", () => {
    const change = unreadableChange();
    const problem = change.unreadable[0]!;
    expect(problem.text).toBeDefined();
    for (const language of ["fi", "sv"] as const) {
      const said = render(problem.text!, language);
      expect(said.message).not.toBe(problem.message);
      expect(renderDiffText(diffOf(change), language)).toContain(JSON.stringify(said.message.slice(0, 40)).slice(0, -1));
      const json = JSON.parse(renderDiffJson(diffOf(change), language)) as AgreementDiff;
      expect(json.agreements[0]!.unreadable[0]).toEqual({ side: "after", rule: problem.rule, line: problem.line, column: problem.column, message: said.message, hint: said.hint, more: problem.more });
      const english = JSON.parse(renderDiffJson(diffOf(change), "en")) as AgreementDiff;
      expect(Object.keys(json.agreements[0]!.unreadable[0]!)).toEqual(Object.keys(english.agreements[0]!.unreadable[0]!));
      expect(english.agreements[0]!.unreadable[0]!.message).toBe(problem.message);
      const history = JSON.parse(renderHistoryJson(historyOf(change), language)) as AgreementHistory;
      expect(history.versions[0]!.change.unreadable[0]!.message).toBe(said.message);
    }
  });

  it("a history in each language: the date the local way, the pull request and the submissions in words", () => {
    const change = base({ fields: [{ field: "cycle", before: 2019, after: 2020 }] });
    const fi = renderHistoryText(historyOf(change), "fi");
    expect(fi).toContain("Sopimuksen \"Ledningsavtal för statssekreteraren\" (vm-statssekreterare) historia, agreements/vm/vm-statssekreterare.md: 3 versiota, uusin ensin.");
    expect(fi).toContain("16.4.2020  3333333  Maria Exempel  muutosehdotus #12");
    expect(fi).toContain("Toimitettu valtiovarainministeriöön: submission-2019; mukana myös: submission-2020.");
    expect(fi).toContain("Mukana: submission-2019.");
    const sv = renderHistoryMarkdown(historyOf(change), "sv");
    expect(sv).toContain("### 16.4.2020 · ändringsförslag #12 · `3333333`");
    expect(sv).toContain("Inlämnat till finansministeriet: `submission-2019`; finns också i `submission-2020`.");
  });
});

describe("hostile field names", () => {
  function nodes(tree: Nodes): Nodes[] {
    return [tree, ...("children" in tree ? (tree.children as Nodes[]).flatMap(nodes) : [])];
  }

  // The schema closes the front matter's keys, but a name taken from the file is still never our own text:
  // a key or a waiver's rule is a value, in inline code in the comment, whatever the language.
  it.each(["fi", "sv", "en"] as const)("%s: a key and a waiver's rule from the file can neither mention, link nor add HTML", (language) => {
    const change = base({
      fields: [
        { field: "@everyone <img src=x onerror=alert(1)>", before: "a", after: "b" },
        { field: "waivers[[klick](https://evil.example)].until", before: "2020-01-01", after: "2020-02-01" },
        { field: "waivers[@everyone].__proto__", after: "x" },
      ],
    });
    const markdown = renderDiffMarkdown(diffOf(change), language);
    const tree = remark().parse(markdown);
    expect(nodes(tree).filter((node) => node.type === "link" || node.type === "html" || node.type === "image")).toEqual([]);
    const plain = nodes(tree).flatMap((node) => (node.type === "text" ? [node.value] : []));
    expect(plain.join(" ")).not.toMatch(/@everyone|evil\.example|<img/);
    const code = nodes(tree).flatMap((node) => (node.type === "inlineCode" ? [node.value] : []));
    expect(code).toEqual(expect.arrayContaining(["@everyone <img src=x onerror=alert(1)>", "[klick](https://evil.example)", "@everyone"]));
  });
});

describe("the brief's changes use the change list's names", () => {
  const change = base({
    fields: [{ field: "term.end", before: "2024-08-31", after: "2025-08-31" }, { field: "parties.superior.name", before: "Anders", after: "Anna" }],
    evaluations: [{ kind: "changed", year: 2020, changes: [{ field: "rating", before: "satisfactory", after: "excellent" }, { field: "date", before: "2021-03-01", after: "2021-03-08" }] }],
  });
  const brief = (language: Language) =>
    renderBriefHtml({ agreement: agreement(), source: "", change, since: "submission-2020", findings: [], today: "2021-04-01", language, restricted: true });

  it.each([
    ["fi", ["Muutettu tieto: toimikausi päättyy: 31.8.2024 → 31.8.2025", "Muutettu tieto: esihenkilön nimi: Anders → Anna", "arvio tyydyttävä → erinomainen", "päivä 1.3.2021 → 8.3.2021"]],
    ["sv", ["Ändrad uppgift: mandatperioden slutar: 31.8.2024 → 31.8.2025", "Ändrad uppgift: den överordnades namn: Anders → Anna", "bedömning nöjaktig → utmärkt", "datum 1.3.2021 → 8.3.2021"]],
  ] as const)("%s: field names in words, not keys; ratings in words; dates the local way", (language, expected) => {
    const html = brief(language);
    for (const text of expected) expect(html).toContain(text);
    expect(html).not.toMatch(/term\.end|parties\.superior|rating |2024-08-31/);
  });
});

describe("agreements diff and history: --lang, else the config's language, else Finnish", () => {
  async function repository(config?: object): Promise<TestRepository> {
    const repo = await createTestRepository();
    await repo.commit({ files: { [PATH]: agreementText({ cycle: 2019, agreed: "2019-04-10" }), ...(config ? { "agreements.config.json": JSON.stringify(config) } : {}) }, message: "2019" });
    await repo.tag("submission-2019", { message: "2019" });
    await repo.commit({ files: { [PATH]: agreementText() }, message: "2020" });
    return repo;
  }

  async function run(repo: TestRepository, command: typeof diffCommand, ...argv: string[]): Promise<string> {
    const output = captureIO(repo.dir, repo.env);
    expect(await command.run(argv, output.io)).toBe(0);
    return output.stdout();
  }

  it("writes Finnish without a config, the config's language with one, and what --lang says over both", async () => {
    const plain = await repository();
    expect(await run(plain, diffCommand, "submission-2019", "main")).toContain("sovittu (johtamiskeskustelun päivä): 10.4.2019 → 15.4.2020");
    expect(await run(plain, historyCommand, "vm-statssekreterare")).toMatch(/^Sopimuksen "Ledningsavtal/);
    const swedish = await repository({ language: "sv" });
    expect(await run(swedish, diffCommand, "submission-2019", "main", "--format", "markdown")).toContain("- avtalat (ledningsdiskussionens datum): `10.4.2019` → `15.4.2020`");
    expect(await run(swedish, historyCommand, "vm-statssekreterare")).toMatch(/^Historik för "Ledningsavtal/);
    expect(await run(swedish, diffCommand, "submission-2019", "main", "--lang", "en")).toContain("agreed on: 2019-04-10 → 2020-04-15");
    expect(await run(swedish, historyCommand, "vm-statssekreterare", "--lang", "fi")).toContain("versiota, uusin ensin.");
  });

  it("refuses an unknown --lang before touching Git, naming the choices", async () => {
    const plain = await repository();
    const output = captureIO(plain.dir, plain.env);
    const error = await diffCommand.run(["submission-2019", "main", "--lang", "de"], output.io).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/--lang.*fi.*sv.*en/);
  });
});
