import { describe, expect, it } from "vitest";
import { remindWords } from "../../scripts/messages/remind.js";
import type { Language } from "../../scripts/model/types.js";
import { buildReleaseNotes } from "../../scripts/release/notes.js";
import { escapeMarkdownText } from "../../scripts/output/markdown-escape.js";
import { closingComment, reminderBody, reminderTitle } from "../../scripts/remind/issue-text.js";
import { buildReminderPlan } from "../../scripts/remind/plan.js";
import { agreement, CATALOGUE_2021_PATH, loadCatalogue2021 } from "../helpers/agreement-data.js";
import type { AgreementStanding } from "../../scripts/remind/pending.js";

/** English words of the reminder. A Finnish or Swedish reminder holding one (outside paths, logins and code) is untranslated. */
const ENGLISH = new Set(
  (
    "the of and to is are has have every agreement agreements updated update instruction deadline management due by not yet " +
    "passed for each ticked below hold discussion pull request set add evaluation review goals against both parties approve box " +
    "once default branch this issue kept up date closed edits replaced next run more listed full list it cannot read see " +
    "what fix still answers missing filled in its that parts marked so reminder"
  ).split(" "),
);

function englishIn(text: string): string[] {
  return text
    .replace(/<!--.*?-->/g, " ")
    .replace(/\((?:pull request|issue)\)/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/@[\w-]+/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/\S*[/.#0-9]\S*/g, " ")
    .split(/[^\p{L}']+/u)
    .filter((word) => ENGLISH.has(word.toLowerCase()));
}

function standings(language: Language): AgreementStanding[] {
  const words = remindWords(language);
  return [
    { path: "agreements/vm/a.md", sector: "VM", title: "Avtal A", logins: ["maria-exempel"], missing: [words.oldCycle(2019), words.evaluationMissing(2019)] },
    { path: "agreements/om/b.md", sector: "OM", logins: [], missing: [words.unreadable("agreements/om/b.md")] },
    { path: "agreements/om/c.md", sector: "OM", title: "Avtal C", logins: ["x"], missing: [words.evaluationUnfilled(2019), words.agreedDate(2020), words.toBeFilled] },
    { path: "agreements/sm/d.md", sector: "SM", title: "Avtal D", logins: ["y"], missing: [] },
  ];
}

/** The deadline's title as the catalogue writes it in each language (the plan picks the issue's). */
const DEADLINE_TITLES: Readonly<Record<Language, string>> = {
  en: "Updated agreements and the evaluation to the Ministry of Finance",
  fi: "Päivitetyt sopimukset ja arviointi valtiovarainministeriöön",
  sv: "De uppdaterade avtalen och utvärderingen till finansministeriet",
};

function texts(language: Language): string[] {
  const base = { cycle: 2020, cataloguePath: "goals/2020.md", deadline: "2020-04-30", deadlineTitle: DEADLINE_TITLES[language], evaluationYear: 2019, language };
  return [
    reminderTitle(2020, "2020-04-30", language),
    reminderBody({ ...base, overdue: false, standings: standings(language) }),
    reminderBody({ ...base, overdue: true, standings: standings(language) }),
    reminderBody({ ...base, overdue: false, standings: standings(language).slice(3) }),
    closingComment(2020, 4, language),
  ];
}

describe("the reminder issue in Finnish, Swedish and English", () => {
  it.each(["fi", "sv"] as const)("%s: no English left, dates the local way, the deadline's title in the language", (language) => {
    for (const text of texts(language)) {
      for (const line of text.split("\n")) expect(englishIn(line), line).toEqual([]);
      expect(text).not.toContain("2020-04-30");
      expect(text).not.toContain("Ministry of Finance");
    }
    expect(texts(language).join("\n")).toContain("30.4.2020");
    expect(texts(language)[1]).toContain(`**30.4.2020**: ${DEADLINE_TITLES[language]}.`);
  });

  it.each(["fi", "sv", "en"] as const)("%s: the plan takes the deadline's title from the catalogue in the issue's language", (language) => {
    const catalogue = loadCatalogue2021();
    const behind = agreement({ cycle: 2020 });
    const plan = buildReminderPlan({
      cycle: 2021,
      catalogue: { path: CATALOGUE_2021_PATH, catalogue },
      today: "2021-04-10",
      agreements: [{ path: "agreements/vm/vm-statssekreterare.md", kind: "agreement", waived: [], agreement: behind, data: behind }],
      openIssues: [],
      language,
    });
    const deadline = catalogue.deadlines.find((candidate) => candidate.id === catalogue.updateDeadline)!;
    expect(plan.action.kind).toBe("create");
    const body = plan.action.kind === "create" ? plan.action.body : "";
    expect(body).toContain(escapeMarkdownText(deadline.title[language]));
    for (const other of (["fi", "sv", "en"] as const).filter((candidate) => candidate !== language)) expect(body).not.toContain(escapeMarkdownText(deadline.title[other]));
  });

  it("the check can fail: the English reminder is caught, and keeps its ISO date and the deadline's title", () => {
    for (const text of texts("en")) expect(englishIn(text).length, text).toBeGreaterThan(0);
    expect(texts("en")[1]).toContain("**2020-04-30**: Updated agreements and the evaluation to the Ministry of Finance.");
  });

  it("sector headings are the report's own names in the language", () => {
    expect(texts("fi")[1]).toContain("### Valtiovarainministeriö (VM)");
    expect(texts("sv")[1]).toMatch(/### .*[Ff]inansministeriet/);
  });
});

describe("the release notes in Finnish, Swedish and English", () => {
  const notes = (language: Language, limit?: number) =>
    buildReleaseNotes(
      { tag: "submission-2020", year: 2020, reportMarkdown: `## Raportti\n\n| a |\n\n## Toinen\n\n${"teksti ".repeat(400)}\n`, assetNames: ["a.pdf", "b.pdf", "report.html", "x.csv", "manifest.json"], language },
      limit,
    );
  const RELEASE_ENGLISH = /\b(?:the|yearly|submission of|management agreements|Ministry of Finance|files|Attached|below|report as|web page|charts|spreadsheet|hash|longer)\b/;

  it.each(["fi", "sv"] as const)("%s: no English left, also when the report is cut", (language) => {
    for (const text of [notes(language), notes(language, 1_500)]) {
      const words = text.replace(/`[^`]*`/g, " ").replace(/\(HTML\)/g, " ").replace(/^##.*$/gm, " ");
      expect(words).not.toMatch(RELEASE_ENGLISH);
    }
    // Cut: the second section does not fit, and the note of where it continues is in the language.
    expect(notes(language, 1_500)).not.toContain("## Toinen");
    expect(notes(language, 1_500)).toContain({ fi: "_Raportti on pidempi", sv: "_Rapporten är längre" }[language]);
    expect(notes(language)).toContain({ fi: "valtiovarainministeriöön", sv: "finansministeriet" }[language]);
  });

  it("the check can fail: the English notes are caught", () => {
    expect(notes("en")).toMatch(RELEASE_ENGLISH);
    expect(notes("en")).toBe(notes(undefined as never));
  });
});
