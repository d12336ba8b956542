import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectReleaseFiles } from "../../scripts/release/collect.js";
import { launchTestBrowser, pdfText } from "../helpers/browser.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";
import { READER } from "../helpers/reader.js";

/**
 * Release notes are Markdown on GitHub: a title or an organisation name must not notify anyone (@name),
 * become a link (a bare address GitHub would link), or hide its direction (a right-to-left override).
 * They are escaped as the pull request comment escapes them, by the same function.
 */

const GOALS = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
const HOSTILE = "@finansministeriet/admins @maria-exempel https://evil.example/login www.evil.example HTTP://EVIL.EXAMPLE \u202eexe.pdf";

describe("release notes from hostile titles and organisation names", () => {
  it("mention no one, link nowhere and show direction controls escaped, in the notes and in the report's files", async () => {
    const repository = await createTestRepository();
    const text = agreementText({ title: `"Avtal ${HOSTILE}"` })
      .replace("organisation: Finansministeriet", `organisation: "Finansministeriet ${HOSTILE}"`)
      .replace("title: Kunskapsbaserad ledning i beredningen", `title: "Mål ${HOSTILE}"`)
      // Without criteria the goal is listed, with its title and its agreement's, under bonus readiness.
      .replace(`    criteria: { excellent: ">= 90 %", good: ">= 80 %", satisfactory: ">= 70 %" }\n`, "");
    await repository.commit({ message: "Agreements", files: { "goals/2020.md": GOALS, "agreements/vm/vm-statssekreterare.md": text } });
    const browser = await launchTestBrowser();
    let collected;
    try {
      collected = await collectReleaseFiles({ root: repository.dir, reader: READER, year: 2020, tag: "submission-2020", commit: "0".repeat(40), date: "2020-04-30", browser });
    } finally {
      await browser.close();
    }
    const { notes, files } = collected;
    const markdown = notes;
    // The hostile text is there (so the test tests something), but harmless.
    expect(markdown).toContain("evil");
    expect(markdown).not.toMatch(/@(?!\u2060)/);
    expect(markdown).not.toMatch(/https?:\/\/evil|www\.evil/i);
    expect(markdown).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(markdown).toContain("\\u202e");
    // Every other file of the release (each agreement's page, the report's page and CSV tables, the manifest) shows the override escaped too.
    for (const file of files.filter((candidate) => !candidate.name.endsWith(".pdf"))) {
      expect(Buffer.from(file.bytes).toString("utf8"), file.name).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
    // The agreement's PDF is attached too, and carries the hostile title.
    expect(pdfText(files.find((file) => file.name === "vm-statssekreterare.pdf")!.bytes)).toContain("evil");
  }, 120_000);
});
