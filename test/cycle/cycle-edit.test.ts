import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { editAgreement } from "../../scripts/cycle/edit-agreement.js";
import { splitFrontMatter } from "../../scripts/model/front-matter.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const EVALUATION = { year: 2020, date: "2021-03-01" };
const NEW_ENTRY = [
  "  - year: 2020",
  "    date: 2021-03-01 # TO BE FILLED: the date of the management discussion that evaluated 2020",
  "    rating: to-be-filled",
  "    summary: TO BE FILLED",
  "    bonus: to-be-filled",
].join("\n");

function agreement(frontMatter: string, body = "# Avtal\n\nText som inte får ändras.   \n"): string {
  return `---\n${frontMatter}---\n${body}`;
}

/** The lines of `after` that are not in `before`, and the reverse: what a reviewer sees in the diff. */
function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe("editAgreement", () => {
  it("changes the cycle in place, keeping the comment beside it", () => {
    const before = agreement("id: x\ncycle: 2020 # answers goals/2020.md\nagreed: 2020-04-15\n");
    expect(editAgreement(before, { cycle: 2021 })).toBe(agreement("id: x\ncycle: 2021 # answers goals/2020.md\nagreed: 2020-04-15 # TO BE FILLED: the date of the 2021 management discussion\n"));
  });

  it("marks agreed as to be filled in when the cycle changes, keeping a comment beside it", () => {
    const before = agreement("id: x\ncycle: 2020\nagreed: \"2020-04-15\" # the spring discussion\n");
    expect(editAgreement(before, { cycle: 2021 })).toBe(agreement("id: x\ncycle: 2021\nagreed: \"2020-04-15\" # TO BE FILLED: the date of the 2021 management discussion # the spring discussion\n"));
  });

  it("appends the evaluation to a block list, after the last entry and its trailing comment", () => {
    const before = agreement(
      "id: x\ncycle: 2020\nevaluations:\n  - year: 2019\n    date: 2020-03-20\n    summary: |\n      Två rader\n      text.\n    bonus: none # inget 2019\n# Undantag:\nwaivers: []\n",
    );
    const after = editAgreement(before, { cycle: 2021, evaluation: EVALUATION });
    expect(after).toBe(
      agreement(
        `id: x\ncycle: 2021\nevaluations:\n  - year: 2019\n    date: 2020-03-20\n    summary: |\n      Två rader\n      text.\n    bonus: none # inget 2019\n${NEW_ENTRY}\n# Undantag:\nwaivers: []\n`,
      ),
    );
  });

  it("follows the list's own indentation", () => {
    const before = agreement("id: x\ngoals:\n- id: a\nevaluations:\n- { year: 2019, bonus: none }\n");
    const after = editAgreement(before, { evaluation: EVALUATION });
    expect(lineChanges(before, after).added).toEqual(NEW_ENTRY.split("\n").map((line) => line.slice(2)));
  });

  it("turns an empty evaluations: [] into a block list, keeping a comment on the key's line", () => {
    const before = agreement("id: x\ngoals:\n  - id: a\nevaluations: [] # inga ännu\ncycle: 2020\n");
    expect(editAgreement(before, { evaluation: EVALUATION })).toBe(agreement(`id: x\ngoals:\n  - id: a\nevaluations: # inga ännu\n${NEW_ENTRY}\ncycle: 2020\n`));
  });

  it("adds to an inline list inline", () => {
    const before = agreement("id: x\nevaluations: [{ year: 2019, bonus: none }]\n");
    expect(editAgreement(before, { evaluation: EVALUATION })).toBe(
      agreement("id: x\nevaluations: [{ year: 2019, bonus: none }, { year: 2020, date: 2021-03-01, rating: to-be-filled, summary: TO BE FILLED, bonus: to-be-filled }]\n"),
    );
  });

  it("adds a missing evaluations: key before waivers: and the comment lines above it", () => {
    const before = agreement("id: x\ngoals:\n  - id: a\n# Ett undantag tystar en regel.\n# Oftast inga.\nwaivers: []\n");
    expect(editAgreement(before, { evaluation: EVALUATION })).toBe(
      agreement(`id: x\ngoals:\n  - id: a\nevaluations:\n${NEW_ENTRY}\n# Ett undantag tystar en regel.\n# Oftast inga.\nwaivers: []\n`),
    );
  });

  it("adds a missing evaluations: key last when there is no waivers:", () => {
    const before = agreement("id: x\ngoals:\n  - id: a\n");
    expect(editAgreement(before, { evaluation: EVALUATION })).toBe(agreement(`id: x\ngoals:\n  - id: a\nevaluations:\n${NEW_ENTRY}\n`));
  });

  it("keeps CRLF line endings in the lines it adds", () => {
    // The last front matter line is a comment: the shared splitter still keeps a "\r" on that line's value.
    const before = agreement("id: x\ncycle: 2020\nevaluations:\n  - { year: 2019 }\n# slut\n", "# Avtal\n\nText.\n").replace(/\n/g, "\r\n");
    const after = editAgreement(before, { cycle: 2021, evaluation: EVALUATION });
    expect(after).toBe(agreement(`id: x\ncycle: 2021\nevaluations:\n  - { year: 2019 }\n${NEW_ENTRY}\n# slut\n`, "# Avtal\n\nText.\n").replace(/\n/g, "\r\n"));
  });

  it("never touches the body, even one that looks like front matter", () => {
    const body = "# Avtal\n\n```yaml\ncycle: 2020\nevaluations: []\n```\n\n---\ncycle: 2020\n";
    const before = agreement("id: x\ncycle: 2020\n", body);
    const after = editAgreement(before, { cycle: 2021, evaluation: EVALUATION });
    expect(after.endsWith(`---\n${body}`)).toBe(true);
    expect(splitFrontMatter(after).body).toBe(body);
  });

  it("refuses a file whose front matter cannot be read, instead of guessing", () => {
    expect(() => editAgreement("---\nid: [unclosed\n---\n", { cycle: 2021 })).toThrow(/front matter/);
    expect(() => editAgreement("no front matter\n", { cycle: 2021 })).toThrow(/front matter/);
  });

  /** The notes beside the markers, written out per language: they follow the agreement's own `language`. */
  const NOTES: Record<string, [string, string]> = {
    sv: ["datumet för ledningsdiskussionen 2021", "datumet för den ledningsdiskussion där framgången 2020 utvärderades"],
    fi: ["vuoden 2021 johtamiskeskustelun päivämäärä", "sen johtamiskeskustelun päivämäärä, jossa vuoden 2020 onnistumista arvioitiin"],
    en: ["the date of the 2021 management discussion", "the date of the management discussion that evaluated 2020"],
  };

  it.each(["sv", "fi", "en"])("writes the notes in the agreement's language (%s); the marker stays TO BE FILLED", (language) => {
    const before = agreement(`id: x\nlanguage: ${language}\ncycle: 2020\nagreed: 2020-04-15\nministry: VM\n`);
    const after = editAgreement(before, { cycle: 2021, evaluation: EVALUATION });
    expect(after).toContain(`agreed: 2020-04-15 # TO BE FILLED: ${NOTES[language]![0]}\n`);
    expect(after).toContain(`date: 2021-03-01 # TO BE FILLED: ${NOTES[language]![1]}\n`);
  });

  it("keeps the agreed: note on its line when agreed: is the last key and the evaluations are added after it", () => {
    const after = editAgreement(agreement("id: x\nlanguage: en\ncycle: 2020\nagreed: 2020-04-15\n"), { cycle: 2021, evaluation: EVALUATION });
    expect(after).toContain(`agreed: 2020-04-15 # TO BE FILLED: ${NOTES.en![0]}\nevaluations:\n`);
  });

  describe("on every shipped example agreement", () => {
    const directory = join(REPOSITORY_ROOT, "agreements");
    const files = readdirSync(directory, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md") && !name.endsWith("README.md"));

    it.each(files)("%s changes only the cycle line and adds the evaluation's lines", (name) => {
      const before = readFileSync(join(directory, name), "utf8");
      const after = editAgreement(before, { cycle: 2021, evaluation: EVALUATION });
      const [agreedNote, dateNote] = NOTES[/^language: (\w+)/m.exec(before)![1]!]!;
      const beforeLines = before.split("\n");
      const afterLines = after.split("\n");
      // Two lines changed (cycle, and agreed marked to be filled in), five added; every other line identical and in the same order.
      expect(afterLines.length).toBe(beforeLines.length + 5);
      const removed = beforeLines.filter((line) => !afterLines.includes(line));
      const agreed = beforeLines.find((line) => line.startsWith("agreed: "))!;
      expect(removed).toEqual(["cycle: 2020", agreed]);
      expect(afterLines.filter((line) => !beforeLines.includes(line)).map((line) => line.trim())).toEqual([
        "cycle: 2021",
        `${agreed} # TO BE FILLED: ${agreedNote}`,
        "- year: 2020",
        `date: 2021-03-01 # TO BE FILLED: ${dateNote}`,
        "rating: to-be-filled",
        "summary: TO BE FILLED",
        "bonus: to-be-filled",
      ]);
      expect(splitFrontMatter(after).body).toBe(splitFrontMatter(before).body);
    });
  });
});
