import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../scripts/lint/engine.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const PATH = "agreements/vm/vm-statssekreterare.md";
const shipped = readFileSync(join(REPOSITORY_ROOT, PATH), "utf8");
const catalogue = { path: "goals/2020.md", bytes: readFileSync(join(REPOSITORY_ROOT, "goals/2020.md")) };

/** Applies each edit once, failing loudly when the shipped example no longer holds the text replaced. */
function edited(text: string, edits: [string, string][]): string {
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`the shipped example no longer contains ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

function findingsOf(text: string) {
  const result = lint({ files: [catalogue, { path: PATH, bytes: Buffer.from(text) }], rules: RULES, today: "2020-05-01", pathExists: () => true });
  return result.findings.map(({ rule, line, column }) => ({ rule, line, column }));
}

describe("every finding at once", () => {
  it("reports five different problems of one file in one run, a schema error hiding none of the others", () => {
    const text = edited(shipped, [
      ["agreed: 2020-04-15", "agreed: 2020-04-31"], // schema: no such date
      ["common: mobility", "common: mobilty"], // unknown-common-goal
      ["## Ledning och ledarskap", "## Ledarskapet"], // sections-missing
      ["summary: Målen nåddes till största delen.", "summary: Målen nåddes (131052-308T)."], // personal-identity-code
      ["rating: good", "rating: great"], // schema: not a rating
    ]);
    const findings = findingsOf(text);
    expect(findings).toEqual(expect.arrayContaining([
      { rule: "schema", line: 14, column: 9 },
      { rule: "unknown-common-goal", line: 28, column: 13 },
      expect.objectContaining({ rule: "sections-missing" }),
      expect.objectContaining({ rule: "personal-identity-code", line: 57 }),
      { rule: "schema", line: 56, column: 13 },
    ]));
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(["schema", "unknown-common-goal", "sections-missing", "personal-identity-code"]));
  });

  it("runs the rules on the other goals when one goal has a wrong value, and skips only what is wrong", () => {
    const text = edited(shipped, [
      ["section: common\n    common: knowledge-based-management", "section: commons\n    common: knowledge-based-management"],
      ["common: mobility", "common: mobilty"],
    ]);
    const rules = findingsOf(text).map((finding) => finding.rule).sort();
    // The first goal's section is wrong: the schema says so, and no rule guesses what the goal was meant to be.
    expect(rules).toEqual(["schema", "unknown-common-goal"]);
  });

  it("keeps the waivers that are valid when another one is wrong", () => {
    const text = edited(shipped, [
      ["common: mobility", "common: mobilty"],
      ["---\n# Ledningsavtal", "waivers:\n  - { rule: unknown-common-goal, reason: Agreed in the discussion., until: 2020-12-31 }\n  - { rule: legacy-model, reason: x, until: someday }\n---\n# Ledningsavtal"],
    ]);
    expect(findingsOf(text).map((finding) => finding.rule)).toEqual(["schema"]);
  });

  it("still checks the rest when a whole list item is not a group of keys", () => {
    const text = edited(shipped, [
      ["evaluations:\n  - year: 2019", "evaluations:\n  - just text\n  - year: 2019"],
      ["common: mobility", "common: mobilty"],
      ["bonus: none", "bonus: proposed"],
    ]);
    expect(findingsOf(text).map((finding) => finding.rule).sort()).toEqual(["bonus-not-applicable", "schema", "unknown-common-goal"]);
  });
});
