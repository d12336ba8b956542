import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectMarkdownFiles } from "../scripts/lint/collect.js";
import { lint } from "../scripts/lint/engine.js";
import type { Language } from "../scripts/model/types.js";
import { RULES } from "../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "./helpers/fixtures.js";

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
