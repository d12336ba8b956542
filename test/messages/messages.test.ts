import { describe, expect, it } from "vitest";
import { CATALOGUES, LANGUAGES, render, say } from "../../scripts/messages/catalogue.js";
import { localDate } from "../../scripts/messages/format.js";
import { outputWords, totalsLine } from "../../scripts/messages/output.js";
import type { Finding } from "../../scripts/lint/finding.js";
import type { Language } from "../../scripts/model/types.js";
import { RULES } from "../../scripts/rules/index.js";
import { fixtureCases, lintFixture } from "../helpers/fixtures.js";

/**
 * Common English words of our messages. A Finnish or Swedish message holding one of them (outside what
 * comes from the file or must be written in it: quoted values, keys, ids, paths) is untranslated text.
 * Left out: words that are also Finnish or Swedish ("on", "be", "in", "text", "version"), YAML keys
 * ("year", "date", "bonus", "superior", "official", "name", "target") and values ("none", "common", "proposed").
 */
const ENGLISH = new Set(
  (
    "the is are was were of and to must has have not this that with for file files goal goals agreement agreements missing " +
    "section sections write add check which an its use but before after than still value values no there here one each " +
    "every from by it as should please fault tool could run contains code identity personal delete remove rename move folder " +
    "did you mean known cycles waiver expired term ends starts instruction evaluation deadline deadlines management discussion " +
    "link points outside repository does exist leads nowhere placeholder note beside content written real then rule reports " +
    "development measures meters criteria requires required clear because based result results system " +
    "catalogue errors checked against first same user named both people letter case different model old sections heading " +
    "headings language counts begins gives accepted list day days left today last years without only can again if otherwise " +
    "needed exception give reason later earlier included either answers answer updated update said says agreed late " +
    "plan next year's too early held ended since chosen also used usual copied lacks lack problems warning warning error"
  ).split(" "),
);

/**
 * What may stay as it is in any language: quoted values, `key:` tokens, lists of keys or values to write
 * ("…: id, title, language"), ids and paths, the placeholder, inline YAML.
 */
function translatableWords(text: string): string[] {
  return text
    .replace(/TO BE FILLED/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    .replace(/@\S+/g, " ")
    .replace(/:\s+[\w-]+(?:,\s*[\w-]+)+/g, ": ")
    .replace(/\S+:/g, " ")
    .replace(/\S*[-_/.<>()*0-9]\S*/g, " ")
    .split(/[^\p{L}']+/u)
    .filter((word) => word.length > 1);
}

function englishIn(text: string): string[] {
  return translatableWords(text).filter((word) => ENGLISH.has(word.toLowerCase()));
}

/** Every rule's messages are translated. */
const NOT_YET_TRANSLATED = new Set<string>();

const failing = RULES.flatMap((rule) =>
  fixtureCases(rule.id)
    .filter((fixture) => fixture.name.startsWith("fail") && !NOT_YET_TRANSLATED.has(rule.id))
    .map((fixture) => [`${rule.id}/${fixture.name}`, rule.id, fixture] as const),
);

function findingsIn(language: Language, ruleId: string, fixture: (typeof failing)[number][2]): Finding[] {
  return lintFixture(fixture.directory, fixture.expectation.today, { chosen: language, repository: "fi" }).findings.filter((finding) => finding.rule === ruleId);
}

describe("every rule's findings in Finnish, Swedish and English", () => {
  it("covers nearly every rule", () => {
    expect(new Set(failing.map(([, id]) => id)).size).toBe(RULES.length - NOT_YET_TRANSLATED.size);
  });

  it.each(failing)("%s: same findings in every language, no English left in fi and sv, dates written the local way", (_name, ruleId, fixture) => {
    const [fi, sv, en] = (["fi", "sv", "en"] as const).map((language) => findingsIn(language, ruleId, fixture));
    const place = ({ file, line, column, rule, severity }: Finding) => ({ file, line, column, rule, severity });
    expect(fi!.length).toBeGreaterThan(0);
    // The language changes the words only: the rule id, the place and the severity stay.
    expect(fi!.map(place)).toEqual(en!.map(place));
    expect(sv!.map(place)).toEqual(en!.map(place));
    for (const [index, finding] of [...fi!, ...sv!].entries()) {
      const text = `${finding.message} ${finding.hint}`;
      expect(englishIn(text), text).toEqual([]);
      // Only a message about how to write a date in the file may show one written the file's way.
      if (!/VVVV-KK-PP|ÅÅÅÅ-MM-DD/.test(text)) expect(text, "an ISO date shown to a Finnish or Swedish reader").not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(text).not.toBe(`${en![index % en!.length]!.message} ${en![index % en!.length]!.hint}`);
      expect(text).not.toMatch(/undefined|\[object/);
    }
  });
});

describe("the word check itself", () => {
  it("finds English in a half-translated message and lets values from the file through", () => {
    expect(englishIn("Tavoitteella \"goal of the year\" ei ole mittareita; write meters.")).toEqual(["write"]);
    expect(englishIn("Kirjoita kohtaan agreed: päivämäärä, esimerkiksi to-be-filled tai agreements/vm/x.md.")).toEqual([]);
    expect(englishIn(render(say("measures-missing", { goal: "g", common: "c" }), "en").message)).not.toEqual([]);
  });
});

describe("catalogues", () => {
  it("have the same keys in every language (the compiler checks this too)", () => {
    for (const language of LANGUAGES) expect(Object.keys(CATALOGUES[language]).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it("write dates the local way in fi and sv, ISO in en", () => {
    expect(localDate("2020-04-30", "fi")).toBe("30.4.2020");
    expect(localDate("2020-04-05", "sv")).toBe("5.4.2020");
    expect(localDate("2020-04-30", "en")).toBe("2020-04-30");
    const late = say("late-update", { agreed: "2020-05-04", cycle: 2020, deadline: "2020-04-30" });
    expect(render(late, "fi").message).toBe("Tämä versio sovittiin 4.5.2020, vuoden 2020 ohjeen määräajan (30.4.2020) jälkeen.");
    expect(render(late, "sv").message).toBe("Den här versionen avtalades 4.5.2020, efter tidsfristen i anvisningen för 2020 (30.4.2020).");
  });

  it("choose plural forms by the language's rules", () => {
    const days = (language: Language, daysLeft: number) =>
      render(say("not-updated.upcoming", { cycle: 2019, newer: 2020, deadline: "2020-04-30", daysLeft }), language).message;
    expect(days("fi", 1)).toContain("(1 päivä jäljellä)");
    expect(days("fi", 5)).toContain("(5 päivää jäljellä)");
    expect(days("sv", 1)).toContain("(1 dag kvar)");
    expect(days("sv", 5)).toContain("(5 dagar kvar)");
    expect(days("en", 1)).toContain("(1 day left)");
    expect(days("sv", 0)).toContain("(i dag är sista dagen)");
  });

  it("write the totals line in each language", () => {
    const counts = { errors: 2, warnings: 1, files: 1, checked: 5 };
    expect(totalsLine(outputWords("en"), counts)).toBe("2 errors and 1 warning in 1 file (5 files checked).");
    expect(totalsLine(outputWords("fi"), counts)).toBe("2 virhettä ja 1 varoitus 1 tiedostossa (5 tiedostoa tarkistettu).");
    expect(totalsLine(outputWords("sv"), counts)).toBe("2 fel och 1 varning i 1 fil (5 filer kontrollerade).");
    expect(totalsLine(outputWords("sv"), { errors: 1, warnings: 0, files: 1, checked: 1 })).toBe("1 fel och 0 varningar i 1 fil (1 fil kontrollerad).");
  });
});
