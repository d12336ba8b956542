import { describe, expect, it } from "vitest";
import { compareAgreements, isEmptyChange } from "../../scripts/changes/compare.js";
import { lineDiff } from "../../scripts/changes/line-diff.js";
import { createAgreementParser } from "../../scripts/changes/parse-version.js";
import type { AgreementChange } from "../../scripts/changes/types.js";
import { agreementText, BODY, EVALUATIONS_YAML, GOALS_YAML, MOBILITY_GOAL_YAML, type AgreementOptions } from "../helpers/git-repo.js";
import { READER } from "../helpers/reader.js";

const parse = createAgreementParser(READER);
const PATH = "agreements/vm/vm-statssekreterare.md";

function compare(before: string | undefined, after: string | undefined, status: AgreementChange["status"] = "modified"): AgreementChange {
  return compareAgreements({
    status,
    path: PATH,
    before: before === undefined ? undefined : parse(PATH, Buffer.from(before)),
    after: after === undefined ? undefined : parse(PATH, Buffer.from(after)),
  });
}

/** The base agreement with one edit: a text replacement in the goals, evaluations, body, or options. */
function edited(options: AgreementOptions & { goalsFrom?: [string, string]; bodyFrom?: [string, string]; evaluationsFrom?: [string, string] }): string {
  const { goalsFrom, bodyFrom, evaluationsFrom, ...rest } = options;
  const replaceOnce = (text: string, edit?: [string, string]) => {
    if (!edit) return text;
    if (!text.includes(edit[0])) throw new Error(`test edit: "${edit[0]}" not found`);
    return text.replace(edit[0], edit[1]);
  };
  return agreementText({
    goals: replaceOnce(GOALS_YAML, goalsFrom),
    evaluations: replaceOnce(EVALUATIONS_YAML, evaluationsFrom),
    body: replaceOnce(BODY, bodyFrom),
    ...rest,
  });
}

const BASE = agreementText();

describe("goals, matched by id", () => {
  it.each<[string, string, AgreementChange["goals"]]>([
    ["added", edited({ goals: GOALS_YAML + MOBILITY_GOAL_YAML }), [{ kind: "added", goal: { id: "rorlighet", section: "common", common: "mobility", title: "Rörlighet inom förvaltningsområdet" } }]],
    [
      "removed",
      edited({ goals: GOALS_YAML.slice(0, GOALS_YAML.indexOf("  - id: budgetberedning")) }),
      [{ kind: "removed", goal: { id: "budgetberedning", section: "result", title: "En hållbar budgetberedning" } }],
    ],
    [
      "retitled",
      edited({ goalsFrom: ["title: En hållbar budgetberedning", "title: En hållbar och öppen budgetberedning"] }),
      [{ kind: "changed", id: "budgetberedning", title: "En hållbar och öppen budgetberedning", details: [{ kind: "retitled", before: "En hållbar budgetberedning", after: "En hållbar och öppen budgetberedning" }] }],
    ],
    [
      "moved between sections",
      edited({ goalsFrom: ["section: result", "section: leadership"] }),
      [{ kind: "changed", id: "budgetberedning", title: "En hållbar budgetberedning", details: [{ kind: "moved", before: "result", after: "leadership" }] }],
    ],
    [
      "given another common goal",
      edited({ goalsFrom: ["common: knowledge-based-management", "common: information-systems"] }),
      [{ kind: "changed", id: "kunskapsledning", title: "Kunskapsbaserad ledning i beredningen", details: [{ kind: "common-goal", before: "knowledge-based-management", after: "information-systems" }] }],
    ],
    [
      "a measure replaced",
      edited({ goalsFrom: ["Gemensam lägesbild för ledningsgruppen varje kvartal", "Gemensam lägesbild varje månad"] }),
      [
        {
          kind: "changed",
          id: "kunskapsledning",
          title: "Kunskapsbaserad ledning i beredningen",
          details: [
            { kind: "measure-removed", text: "Gemensam lägesbild för ledningsgruppen varje kvartal" },
            { kind: "measure-added", text: "Gemensam lägesbild varje månad" },
          ],
        },
      ],
    ],
    [
      "a meter's target and baseline changed",
      edited({ goalsFrom: ['target: ">= 80 %", baseline: "55 % (2019)"', 'target: ">= 85 %", baseline: "60 % (2020)"'] }),
      [
        {
          kind: "changed",
          id: "kunskapsledning",
          title: "Kunskapsbaserad ledning i beredningen",
          details: [
            { kind: "meter-changed", name: "Andel propositioner med konsekvensbedömning", field: "target", before: ">= 80 %", after: ">= 85 %" },
            { kind: "meter-changed", name: "Andel propositioner med konsekvensbedömning", field: "baseline", before: "55 % (2019)", after: "60 % (2020)" },
          ],
        },
      ],
    ],
    [
      "a meter's unit added",
      edited({ goalsFrom: ['target: "ja" }', 'target: "ja", unit: ja/nej }'] }),
      [{ kind: "changed", id: "budgetberedning", title: "En hållbar budgetberedning", details: [{ kind: "meter-changed", name: "Budgetpropositionen överlämnas i tid", field: "unit", after: "ja/nej" }] }],
    ],
    [
      "a meter renamed (one removed, one added)",
      edited({ goalsFrom: ["name: Budgetpropositionen överlämnas i tid", "name: Budgeten i tid"] }),
      [
        {
          kind: "changed",
          id: "budgetberedning",
          title: "En hållbar budgetberedning",
          details: [
            { kind: "meter-removed", meter: { name: "Budgetpropositionen överlämnas i tid", target: "ja" } },
            { kind: "meter-added", meter: { name: "Budgeten i tid", target: "ja" } },
          ],
        },
      ],
    ],
    [
      "criteria changed, added and removed",
      edited({ goalsFrom: ["criteria: { good: i tid, satisfactory: högst en vecka sen }", "criteria: { excellent: före tiden, good: i tid }"] }),
      [
        {
          kind: "changed",
          id: "budgetberedning",
          title: "En hållbar budgetberedning",
          details: [
            { kind: "criterion-changed", level: "excellent", after: "före tiden" },
            { kind: "criterion-changed", level: "satisfactory", before: "högst en vecka sen" },
          ],
        },
      ],
    ],
    ["reordered only (no change)", edited({ goals: GOALS_YAML.split("  - id: budgetberedning").reverse().join("").replace(/^(.*)$/s, (text) => `  - id: budgetberedning${text}`) }), []],
  ])("a goal %s", (_name, after, expected) => {
    const change = compare(BASE, after);
    expect(change.unreadable).toEqual([]);
    expect(change.goals).toEqual(expected);
  });
});

describe("evaluations, matched by year", () => {
  const EVALUATION_2020 = `  - year: 2020
    date: 2021-03-20
    rating: excellent
    summary: Alla mål nåddes.
    bonus: proposed
`;
  it.each<[string, string, string, AgreementChange["evaluations"]]>([
    ["added", BASE, edited({ evaluations: EVALUATIONS_YAML + EVALUATION_2020 }), [{ kind: "added", evaluation: { year: 2020, date: "2021-03-20", rating: "excellent", summary: "Alla mål nåddes.", bonus: "proposed" } }]],
    ["removed", BASE, edited({ evaluations: "" }), [{ kind: "removed", evaluation: { year: 2019, date: "2020-03-20", rating: "good", summary: "Målen nåddes till största delen.", bonus: "none" } }]],
    [
      "changed",
      BASE,
      edited({ evaluationsFrom: ["rating: good\n    summary: Målen nåddes till största delen.", "rating: excellent\n    summary: Alla mål nåddes."] }),
      [{ kind: "changed", year: 2019, changes: [{ field: "rating", before: "good", after: "excellent" }, { field: "summary", before: "Målen nåddes till största delen.", after: "Alla mål nåddes." }] }],
    ],
  ])("an evaluation %s", (_name, before, after, expected) => {
    expect(compare(before, after).evaluations).toEqual(expected);
  });
});

describe("other fields", () => {
  it.each<[string, string, AgreementChange["fields"]]>([
    ["cycle and agreed", edited({ cycle: 2021, agreed: "2021-04-20" }), [{ field: "cycle", before: 2020, after: 2021 }, { field: "agreed", before: "2020-04-15", after: "2021-04-20" }]],
    ["a party", BASE.replace("official: { name: Maria Exempel", "official: { name: Maria Uusi"), [{ field: "parties.official.name", before: "Maria Exempel", after: "Maria Uusi" }]],
    ["the term", BASE.replace("end: 2024-08-31", "end: 2025-08-31"), [{ field: "term.end", before: "2024-08-31", after: "2025-08-31" }]],
    ["the model", BASE.replace('model: "2017"', "model: legacy"), [{ field: "model", before: "2017", after: "legacy" }]],
    ["a key added", BASE.replace("organisation: Finansministeriet\n", "organisation: Finansministeriet\nkind: ministry-head\n"), [{ field: "kind", after: "ministry-head" }]],
    [
      "a waiver added (one line for the whole item)",
      BASE.replace("goals:\n", "waivers:\n  - { rule: legacy-model, reason: Byte av modell 2021, until: 2021-06-30 }\ngoals:\n"),
      [{ field: "waivers", after: "[{rule: legacy-model, reason: Byte av modell 2021, until: 2021-06-30}]" }],
    ],
  ])("%s", (_name, after, expected) => {
    expect(compare(BASE, after).fields).toEqual(expected);
  });

  it("matches waivers by rule", () => {
    const waiver = (until: string) => BASE.replace("goals:\n", `waivers:\n  - { rule: legacy-model, reason: Byte av modell, until: ${until} }\ngoals:\n`);
    expect(compare(waiver("2021-06-30"), waiver("2021-12-31")).fields).toEqual([{ field: "waivers[legacy-model].until", before: "2021-06-30", after: "2021-12-31" }]);
  });
});

describe("sections of the text, matched by heading", () => {
  it.each<[string, string, AgreementChange["sections"]]>([
    [
      "edited, with the changed lines",
      edited({ bodyFrom: ["Budgetpropositionen är det viktigaste enskilda målet.", "Budgetpropositionen och tilläggsbudgetarna är de viktigaste målen."] }),
      [{ kind: "edited", heading: "Resultatmål", diff: { lines: [{ op: "-", text: "Budgetpropositionen är det viktigaste enskilda målet." }, { op: "+", text: "Budgetpropositionen och tilläggsbudgetarna är de viktigaste målen." }], omitted: 0 } }],
    ],
    ["added", edited({ body: `${BODY}\n## Bilagor\n\nInga bilagor.\n` }), [{ kind: "added", heading: "Bilagor", lines: 1 }]],
    ["removed", edited({ bodyFrom: ["## Personlig utveckling\n\nCoachning under året.\n\n", ""] }), [{ kind: "removed", heading: "Personlig utveckling", lines: 1 }]],
    ["renamed (same text)", edited({ bodyFrom: ["## Resultatmål", "## Resultatmålen"] }), [{ kind: "renamed", before: "Resultatmål", after: "Resultatmålen" }]],
    ["text before the first heading", edited({ body: `Inledning.\n\n${BODY}` }), [{ kind: "added", heading: "", lines: 1 }]],
    ["only trailing spaces and line endings (no change)", edited({ body: BODY.replace(/\n/g, "  \r\n") }), []],
  ])("a section %s", (_name, after, expected) => {
    expect(compare(BASE, after).sections).toEqual(expected);
  });

  it("keeps ### headings inside their section", () => {
    const change = compare(BASE, edited({ bodyFrom: ["Coachning under året.", "Coachning under året.\n\n### Detaljer\n\nTvå tillfällen."] }));
    expect(change.sections).toMatchObject([{ kind: "edited", heading: "Personlig utveckling" }]);
  });
});

describe("versions that cannot be read", () => {
  const broken = BASE.replace("cycle: 2020", "cycle: [2020");
  it("reports the finding of the unreadable side and compares no front matter", () => {
    const change = compare(BASE, broken.replace("Avtalet är ett fiktivt exempel.", "Avtalet är ändrat."));
    expect(change.unreadable).toEqual([expect.objectContaining({ side: "after", rule: "front-matter-syntax", line: expect.any(Number), column: expect.any(Number) })]);
    expect(change.unreadable[0]!.line).toBeGreaterThan(1);
    expect(change.fields).toEqual([]);
    expect(change.goals).toEqual([]);
    // The text is still compared: it is readable on both sides.
    expect(change.sections).toMatchObject([{ kind: "edited", heading: "Ledningsavtal" }]);
    expect(change.id).toBe("vm-statssekreterare");
  });

  it("names the schema problem with its position", () => {
    const change = compare(BASE.replace("agreed: 2020-04-15", "agreed: 2020-13-45"), BASE);
    const lines = BASE.split("\n");
    expect(change.unreadable).toEqual([
      expect.objectContaining({ side: "before", rule: "schema", line: lines.findIndex((text) => text.startsWith("agreed:")) + 1, column: 9, more: 0 }),
    ]);
  });

  it("copes with bytes that are not text", () => {
    const change = compareAgreements({ status: "modified", path: PATH, before: parse(PATH, Buffer.from([0, 1, 2, 255])), after: parse(PATH, Buffer.from(BASE)) });
    expect(change.unreadable).toMatchObject([{ side: "before", rule: "front-matter-syntax", line: 1, column: 1 }]);
    expect(change.sections).toEqual([]);
  });
});

describe("files added, removed and unchanged in content", () => {
  it("lists an added agreement's goals and evaluations", () => {
    const change = compare(undefined, BASE, "added");
    expect(change.goals.map((goal) => goal.kind)).toEqual(["added", "added"]);
    expect(change.evaluations.map((item) => item.kind)).toEqual(["added"]);
    expect(change.fields).toEqual([]);
    expect(change.title).toBe("Ledningsavtal för statssekreteraren vid finansministeriet");
  });

  it("lists a removed agreement's goals", () => {
    expect(compare(BASE, undefined, "removed").goals.map((goal) => goal.kind)).toEqual(["removed", "removed"]);
  });

  it("sees a change of YAML layout only as no change in content", () => {
    const change = compare(BASE, BASE.replace("term: { start: 2019-09-01, end: 2024-08-31 }", "term:\n  start: 2019-09-01\n  end: 2024-08-31"));
    expect(isEmptyChange(change)).toBe(true);
  });

  it("keeps both copies of a repeated goal id", () => {
    const twice = edited({ goals: GOALS_YAML + GOALS_YAML.slice(0, GOALS_YAML.indexOf("  - id: budgetberedning")).replace("Kunskapsbaserad", "Andra") });
    const change = compare(BASE, twice);
    expect(change.goals).toMatchObject([{ kind: "added", goal: { id: "kunskapsledning", title: "Andra ledning i beredningen" } }]);
  });
});

describe("lineDiff", () => {
  it.each<[string, string[], string[], string[]]>([
    ["a changed line", ["a", "b", "c"], ["a", "B", "c"], ["-b", "+B"]],
    ["an inserted line", ["a", "c"], ["a", "b", "c"], ["+b"]],
    ["a deleted line", ["a", "b", "c"], ["a", "c"], ["-b"]],
    ["two separate changes", ["a", "b", "c", "d", "e"], ["a", "B", "c", "d", "E"], ["-b", "+B", "-e", "+E"]],
    ["everything new", [], ["x", "y"], ["+x", "+y"]],
  ])("%s", (_name, before, after, expected) => {
    const diff = lineDiff(before, after);
    expect(diff.lines.map((line) => `${line.op}${line.text}`)).toEqual(expected);
    expect(diff.omitted).toBe(0);
  });

  it("cuts a long diff and says how many lines were left out", () => {
    const diff = lineDiff(["a"], Array.from({ length: 20 }, (_, index) => `line ${index}`), 8);
    expect(diff.lines).toHaveLength(8);
    expect(diff.omitted).toBe(13);
  });

  it("falls back to removed-then-added for a huge rewrite", () => {
    const before = Array.from({ length: 1000 }, (_, index) => `old ${index}`);
    const after = Array.from({ length: 1000 }, (_, index) => `new ${index}`);
    const diff = lineDiff(before, after, 3);
    expect(diff.lines.map((line) => line.op)).toEqual(["-", "-", "-"]);
    expect(diff.omitted).toBe(1997);
  });
});
