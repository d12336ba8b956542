import type { Nodes, Root } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { compareAgreements } from "../../scripts/changes/compare.js";
import { codeSpan, escapeMarkdownText, fencedBlock, printable } from "../../scripts/output/markdown-escape.js";
import { createAgreementParser } from "../../scripts/changes/parse-version.js";
import { renderDiffJson, renderHistoryJson } from "../../scripts/changes/render-json.js";
import { renderDiffMarkdown, renderHistoryMarkdown } from "../../scripts/changes/render-markdown.js";
import { renderDiffText, renderHistoryText } from "../../scripts/changes/render-text.js";
import type { AgreementDiff, AgreementHistory } from "../../scripts/changes/types.js";
import { agreementText, BODY, GOALS_YAML } from "../helpers/git-repo.js";
import { READER } from "../helpers/reader.js";

const parse = createAgreementParser(READER);
const PATH = "agreements/vm/vm-statssekreterare.md";
const FROM = { ref: "submission-2019", commit: "1".repeat(40) };
const TO = { ref: "submission-2020", commit: "2".repeat(40) };

const before = agreementText({ cycle: 2019, agreed: "2019-04-10", evaluations: "" });
const after = agreementText({
  goals: GOALS_YAML.replace('target: ">= 80 %"', 'target: ">= 85 %"').replace("section: result", "section: leadership"),
  body: BODY.replace("Budgetpropositionen är det viktigaste enskilda målet.", "Budgetpropositionen och tilläggsbudgetarna."),
});

function diffOf(beforeText: string | undefined, afterText: string | undefined, path = PATH): AgreementDiff {
  return {
    from: FROM,
    to: TO,
    agreements: [
      compareAgreements({
        status: beforeText === undefined ? "added" : afterText === undefined ? "removed" : "modified",
        path,
        before: beforeText === undefined ? undefined : parse(path, Buffer.from(beforeText)),
        after: afterText === undefined ? undefined : parse(path, Buffer.from(afterText)),
      }),
    ],
  };
}

describe("text", () => {
  it("reads as a list of changes per agreement", () => {
    expect(renderDiffText(diffOf(before, after))).toMatchInlineSnapshot(`
      "Changes in agreements from submission-2019 (1111111) to submission-2020 (2222222)
      1 agreement: 1 changed.

      Ledningsavtal för statssekreteraren vid finansministeriet (vm-statssekreterare)
        agreements/vm/vm-statssekreterare.md: changed
        Details:
          cycle (yearly instruction): 2019 → 2020
          agreed on: 2019-04-10 → 2020-04-15
        Goals:
          "Kunskapsbaserad ledning i beredningen" (kunskapsledning)
            meter "Andel propositioner med konsekvensbedömning", target: ">= 80 %" → ">= 85 %"
          "En hållbar budgetberedning" (budgetberedning)
            moved from result goals to management and leadership
        Evaluations:
          2019 added: rating good, bonus none, dated 2020-03-20
        Text:
          Section "Resultatmål" edited:
            - Budgetpropositionen är det viktigaste enskilda målet.
            + Budgetpropositionen och tilläggsbudgetarna.
      "
    `);
  });

  it("says when nothing changed", () => {
    expect(renderDiffText({ from: FROM, to: TO, agreements: [] })).toBe("Changes in agreements from submission-2019 (1111111) to submission-2020 (2222222): no agreement changed.\n");
  });

  it("never prints a control character from a file", () => {
    const hostile = agreementText({ title: '"Avtal \\e[31mröd\\u0007"' });
    const output = renderDiffText(diffOf(agreementText(), hostile));
    expect(output).toContain("\\u001b[31mröd\\u0007");
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

/** Every node of a Markdown tree. */
function nodes(tree: Nodes): Nodes[] {
  return [tree, ...("children" in tree ? (tree.children as Nodes[]).flatMap(nodes) : [])];
}

function markdownTree(markdown: string): Root {
  return remark().parse(markdown);
}

describe("markdown", () => {
  it("has a heading per agreement, bullet lists and old → new values", () => {
    expect(renderDiffMarkdown(diffOf(before, after))).toMatchInlineSnapshot(`
      "## Changes in agreements from \`submission-2019\` (\`1111111\`) to \`submission-2020\` (\`2222222\`)

      1 agreement: 1 changed.

      ### Ledningsavtal för statssekreteraren vid finansministeriet (\`vm-statssekreterare\`)

      \`agreements/vm/vm-statssekreterare.md\`: changed

      **Details**

      - cycle (yearly instruction): \`2019\` → \`2020\`
      - agreed on: \`2019-04-10\` → \`2020-04-15\`

      **Goals**

      - *Kunskapsbaserad ledning i beredningen* (\`kunskapsledning\`)
        - meter *Andel propositioner med konsekvensbedömning*, target: \`>= 80 %\` → \`>= 85 %\`
      - *En hållbar budgetberedning* (\`budgetberedning\`)
        - moved from result goals to management and leadership

      **Evaluations**

      - 2019 added: rating \`good\`, bonus \`none\`, dated \`2020-03-20\`

      **Text**

      - Section *Resultatmål* edited:

        \`\`\`diff
        - Budgetpropositionen är det viktigaste enskilda målet.
        + Budgetpropositionen och tilläggsbudgetarna.
        \`\`\`
      "
    `);
  });

  const HOSTILE_TITLE = '"# Rubrik <script>alert(1)</script> [länk](https://example.invalid) *fet* @maria-exempel &copy; `kod`"';
  const hostileAfter = agreementText({
    title: HOSTILE_TITLE,
    goals: GOALS_YAML.replace('target: ">= 80 %"', 'target: "``` </details> @anders-exempel"').replace("title: En hållbar budgetberedning", 'title: "<img src=x onerror=alert(1)>\\n## Injected"'),
    body: BODY.replace("Coachning under året.", "```\n</details>\n# Injected heading\n@maria-exempel\n````"),
  });

  it("lets no text from a file start a heading, a link, HTML, emphasis or a mention", () => {
    const markdown = renderDiffMarkdown(diffOf(agreementText(), hostileAfter));
    const tree = markdownTree(markdown);
    const all = nodes(tree);
    expect(all.filter((node) => node.type === "html")).toEqual([]);
    expect(all.filter((node) => node.type === "link")).toEqual([]);
    expect(all.filter((node) => node.type === "emphasis" || node.type === "strong").every((node) => node.type === "strong" || !("children" in node) || node.children.every((child) => child.type === "text"))).toBe(true);
    const headings = all.filter((node) => node.type === "heading");
    expect(headings.map((node) => node.depth)).toEqual([2, 3]);
    // The hostile title is the agreement's heading, shown literally.
    expect(markdown).toContain("### \\# Rubrik \\<script\\>alert\\(1\\)\\</script\\> \\[länk\\]\\(https://example\\.invalid\\) \\*fet\\* @\u2060maria\\-exempel &amp;copy; \\`kod\\`");
    // Plain text never holds a bare "@name"; values stay inside code, where GitHub does not mention anyone.
    for (const node of all) if (node.type === "text") expect(node.value).not.toMatch(/@(?!\u2060)\w/);
    const code = all.filter((node) => node.type === "inlineCode").map((node) => (node as { value: string }).value);
    expect(code).toContain("``` </details> @anders-exempel");
    // The section's diff stays inside its own fenced block, however many backticks the text holds.
    const blocks = all.filter((node) => node.type === "code");
    expect(blocks).toHaveLength(1);
    expect((blocks[0] as { value: string }).value).toContain("+ # Injected heading");
    expect((blocks[0] as { value: string }).value).toContain("+ ````");
  });

  it("says when nothing changed", () => {
    expect(renderDiffMarkdown({ from: FROM, to: TO, agreements: [] })).toContain("No agreement changed.");
  });
});

describe("json", () => {
  it("prints the structure itself", () => {
    const diff = diffOf(before, after);
    expect(JSON.parse(renderDiffJson(diff))).toEqual(JSON.parse(JSON.stringify(diff)));
  });
});

describe("history", () => {
  const history: AgreementHistory = {
    target: "vm-statssekreterare",
    path: PATH,
    versions: [
      {
        commit: "3".repeat(40),
        date: "2020-04-16T10:00:00+03:00",
        author: { name: "Maria Exempel", email: "maria@example.invalid" },
        subject: "Merge pull request #12 from vm/update-2020",
        pullRequest: 12,
        tags: ["submission-2020"],
        submittedIn: ["submission-2020"],
        // Only the details: the diff tests above cover every kind of change; this one is about the version's block.
        change: diffOf(before, agreementText({ evaluations: "" })).agreements[0]!,
      },
      {
        commit: "4".repeat(40),
        date: "2019-04-11T09:00:00+03:00",
        author: { name: "Anders Exempel", email: "anders@example.invalid" },
        subject: "Ledningsavtal 2019",
        tags: ["submission-2019", "submission-2020"],
        submittedIn: ["submission-2019"],
        change: diffOf(undefined, before).agreements[0]!,
      },
    ],
  };

  it("text: one block per version, newest first", () => {
    expect(renderHistoryText(history)).toMatchInlineSnapshot(`
      "History of "Ledningsavtal för statssekreteraren vid finansministeriet" (vm-statssekreterare), agreements/vm/vm-statssekreterare.md: 2 versions, newest first.

      2020-04-16  3333333  Maria Exempel  pull request #12
        Merge pull request #12 from vm/update-2020
        Submitted in submission-2020.
        agreements/vm/vm-statssekreterare.md: changed
        Details:
          cycle (yearly instruction): 2019 → 2020
          agreed on: 2019-04-10 → 2020-04-15

      2019-04-11  4444444  Anders Exempel
        Ledningsavtal 2019
        Submitted in submission-2019; also contained in submission-2020.
        agreements/vm/vm-statssekreterare.md: new agreement
        Goals:
          Added "Kunskapsbaserad ledning i beredningen" (kunskapsledning, common management goals, common goal knowledge-based-management)
          Added "En hållbar budgetberedning" (budgetberedning, result goals)
      "
    `);
  });

  it("markdown: one heading per version, with the pull request", () => {
    const markdown = renderHistoryMarkdown(history);
    const headings = nodes(markdownTree(markdown)).filter((node) => node.type === "heading");
    expect(headings.map((node) => node.depth)).toEqual([2, 3, 3]);
    expect(markdown).toContain("### 2020-04-16 · pull request #12 · `3333333`");
    expect(markdown).toContain("Submitted in `submission-2019`; also contained in `submission-2020`.");
  });

  it("json: the structure itself", () => {
    expect(JSON.parse(renderHistoryJson(history))).toEqual(JSON.parse(JSON.stringify(history)));
  });
});

describe("escaping helpers", () => {
  it.each([
    ["plain", "`plain`"],
    ["has `one` tick", "``has `one` tick``"],
    ["`starts with a tick", "`` `starts with a tick ``"],
    ["two\nlines", "`two lines`"],
    ["", "*(empty)*"],
  ])("codeSpan(%j)", (value, expected) => {
    expect(codeSpan(value)).toBe(expected);
  });

  it("shortens long values", () => {
    expect(codeSpan("x".repeat(500))).toMatch(/^`x{199}…`$/);
  });

  it("escapes Markdown punctuation, entities and mentions in text", () => {
    expect(escapeMarkdownText("a *b* [c](d) <e> & @f")).toBe("a \\*b\\* \\[c\\]\\(d\\) \\<e\\> &amp; @\u2060f");
  });

  it("makes a fence longer than any backtick run inside", () => {
    expect(fencedBlock(["+ ````"], "diff", "  ")).toBe("  `````diff\n  + ````\n  `````");
  });

  it("shows control characters as escapes", () => {
    expect(printable("a\u001bb\tc")).toBe("a\\u001bb\tc");
  });
});
