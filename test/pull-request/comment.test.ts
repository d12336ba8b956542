import { describe, expect, it } from "vitest";
import { evaluateApprovals } from "../../scripts/pull-request/approvals/evaluate.js";
import { readAgreementAt } from "../../scripts/pull-request/approvals/read-agreement.js";
import type { ApprovalResult } from "../../scripts/pull-request/approvals/types.js";
import { compareAgreements } from "../../scripts/changes/compare.js";
import { createAgreementParser } from "../../scripts/changes/parse-version.js";
import type { AgreementDiff } from "../../scripts/changes/types.js";
import { buildStickyComment, COMMENT_LIMIT, type CommentSection } from "../../scripts/pull-request/comment/build.js";
import { findStickyComment, STICKY_MARKER } from "../../scripts/pull-request/comment/marker.js";
import { buildPullRequestSummary } from "../../scripts/pull-request/comment/pull-request-summary.js";
import { approvalsSection, changesSections, lintSection } from "../../scripts/pull-request/comment/sections.js";
import type { IssueComment } from "../../scripts/github/types.js";
import type { Finding } from "../../scripts/lint/finding.js";
import { agreementText, BODY } from "../helpers/git-repo.js";
import { READER } from "../helpers/reader.js";
import { HEAD, OFFICIAL, pullRequest, review, VM } from "../helpers/pull-requests.js";

const parse = createAgreementParser(READER);
const OM = "agreements/om/om-kanslichef.md";

const omBefore = agreementText({ id: "om-kanslichef", ministry: "OM", cycle: 2019 });
const omAfter = agreementText({ id: "om-kanslichef", ministry: "OM" });

function diffOf(vmAfter: string): AgreementDiff {
  const change = (path: string, before: string, after: string) =>
    compareAgreements({ status: "modified", path, before: parse(path, Buffer.from(before)), after: parse(path, Buffer.from(after)) });
  return {
    from: { ref: "main", commit: "1".repeat(40) },
    to: { ref: "cycle/2021", commit: HEAD },
    agreements: [change(OM, omBefore, omAfter), change(VM, agreementText(), vmAfter)],
  };
}

function approvals(): ApprovalResult {
  return evaluateApprovals({
    pullRequest: pullRequest({ headRef: "cycle/2021" }),
    files: [
      { path: VM, status: "modified" },
      { path: OM, status: "modified" },
    ],
    reviews: [review(1, OFFICIAL, "APPROVED", 0)],
    agreementsAtHead: new Map([
      [VM, readAgreementAt(VM, Buffer.from(agreementText()), READER.validators())],
      [OM, readAgreementAt(OM, Buffer.from(omAfter), READER.validators())],
    ]),
  });
}

function finding(file: string, line: number, message: string, severity: Finding["severity"] = "error"): Finding {
  return { file, line, column: 3, endLine: line, endColumn: 9, rule: "schema", severity, message, hint: "Fix it.", docs: "https://example.invalid/README.md#schema" };
}

describe("the sticky comment", () => {
  it("starts with the marker, then approvals, the changes of each agreement, and the lint summary", () => {
    const vmAfter = agreementText({ body: BODY.replace("Coachning under året.", "Coachning två gånger om året.") });
    const { body, cut } = buildPullRequestSummary({
      approvals: approvals(),
      diff: diffOf(vmAfter),
      lint: { findings: [finding(VM, 12, "A problem."), finding("agreements/other.md", 4, "Elsewhere.")], filesChecked: 14, changedFiles: [VM, OM] },
    });
    expect(cut).toEqual([]);
    expect(body.startsWith(`${STICKY_MARKER}\n## Approval by both parties\n`)).toBe(true);
    const headings = body.split("\n").filter((line) => line.startsWith("## ") || line.startsWith("### "));
    expect(headings).toEqual([
      "## Approval by both parties",
      "## Changes in agreements from `main` (`1111111`) to `cycle/2021` (`c0ffee0`)",
      "### Ledningsavtal för statssekreteraren vid finansministeriet (`om-kanslichef`)",
      "### Ledningsavtal för statssekreteraren vid finansministeriet (`vm-statssekreterare`)",
      "## Lint",
    ]);
    expect(body).toContain("**1 error** and **0 warnings** in 1 file this pull request changes (14 files checked).");
    expect(body).toContain("1 more finding in files this pull request does not change");
    expect(body).not.toContain("Elsewhere.");
    expect(body).toContain("Coachning två gånger om året.");
    expect(body.endsWith("\n")).toBe(true);
  });

  it("splits the diff into one section per agreement, in the diff's order", () => {
    const sections = changesSections(diffOf(agreementText({ body: BODY.replace("Coachning", "Handledning") })));
    expect(sections.map((section) => section.label)).toEqual(["the heading of the changes", `the changes in \`${OM}\``, `the changes in \`${VM}\``]);
    expect(sections[0]?.head).toMatch(/^## Changes in agreements from `main`/);
    expect(sections[1]?.head).toMatch(/^### /);
    expect(sections[2]?.head).toContain("Handledning");
  });

  it("stays under the limit when one agreement's diff is 70,000 characters, and says what was cut", () => {
    const huge = "Lång text ".repeat(7_000);
    const diff = diffOf(agreementText({ body: BODY.replace("Coachning under året.", huge) }));
    const { body, cut } = buildPullRequestSummary({
      approvals: approvals(),
      diff,
      lint: { findings: [finding(VM, 12, "A problem.")], filesChecked: 14, changedFiles: [VM, OM] },
      fullReportUrl: "https://github.example/o/r/actions/runs/42",
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${STICKY_MARKER}\n## Approval by both parties`)).toBe(true);
    expect(cut).toEqual([{ label: `the changes in \`${VM}\``, description: `the changes in \`${VM}\``, whole: true, itemsCut: 0, itemsTotal: 0 }]);
    // The other agreement's changes and the lint summary after the long diff still fit, and are kept.
    expect(body).toContain("(`om-kanslichef`)");
    expect(body).toContain("## Lint");
    expect(body).toContain("| agreements/vm/vm-statssekreterare.md:12:3 | error |");
    expect(body).not.toContain("Lång text Lång text");
    expect(body.trimEnd().split("\n").slice(-3)).toEqual([
      `✂️ **This comment was shortened** to stay within GitHub's limit on a comment's length. Left out: the changes in \`${VM}\`.`,
      "",
      "Everything is in [the summary of the workflow run](https://github.example/o/r/actions/runs/42).",
    ]);
  });

  it("cuts table rows from the end, keeps the approvals, and counts what it left out", () => {
    const findings = Array.from({ length: 2_000 }, (_, index) => finding(VM, index + 1, `Problem number ${index + 1} in this file, described at some length.`));
    const { body, cut } = buildPullRequestSummary({
      approvals: approvals(),
      diff: diffOf(agreementText()),
      lint: { findings, filesChecked: 2, changedFiles: [VM] },
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain("**2000 errors**");
    expect(body).toContain("Problem number 1 in this file");
    const shown = body.split("\n").filter((line) => line.startsWith(`| ${VM}:`)).length;
    expect(shown).toBeGreaterThan(100);
    expect(body).toContain(`Problem number ${shown} in this file`);
    expect(body).not.toContain(`Problem number ${shown + 1} in this file`);
    expect(cut).toEqual([{ label: "the lint table", description: `${2_000 - shown} of 2000 findings in the lint table`, whole: false, itemsCut: 2_000 - shown, itemsTotal: 2_000 }]);
    expect(body).toContain("| **om-kanslichef**");
    expect(body).toContain("Everything is in the summary of the workflow run that wrote this comment");
  });

  it("never lets text from an agreement carry the marker or open an HTML comment", () => {
    const hostile = agreementText({ body: BODY.replace("Coachning under året.", `${STICKY_MARKER}\n<!-- hidden --> <script>alert(1)</script> @anders-exempel`) });
    const { body } = buildPullRequestSummary({
      approvals: approvals(),
      diff: diffOf(hostile),
      lint: { findings: [finding(VM, 2, `${STICKY_MARKER} | <b>bold</b> @maria-exempel`)], filesChecked: 1, changedFiles: [VM] },
    });
    // The diff quotes the changed line as it is (in a code block): the hostile text reaches the sections.
    expect(changesSections(diffOf(hostile)).some((section) => section.head.includes(STICKY_MARKER))).toBe(true);
    expect(body.indexOf(STICKY_MARKER)).toBe(0);
    expect(body.lastIndexOf(STICKY_MARKER)).toBe(0);
    expect(body.slice(STICKY_MARKER.length)).not.toContain("<!--");
    expect(body).not.toContain("<b>");
    expect(body).toContain("&#124; &#60;b&#62;bold&#60;/b&#62; @\u2060maria-exempel");
    // The comment is found by its start, however much of the marker's text it quotes further down.
    const comments: IssueComment[] = [{ id: 5, user: "github-actions[bot]", body }];
    expect(findStickyComment(comments, STICKY_MARKER).comment?.id).toBe(5);
    const quoting: IssueComment = { id: 3, user: "someone", body: `Look: ${STICKY_MARKER}` };
    expect(findStickyComment([quoting], STICKY_MARKER)).toEqual({ duplicates: [] });
  });

  it("escapes every cell of a blocked agreement's row", () => {
    const broken = readAgreementAt(VM, Buffer.from(agreementText().replace("title: Ledningsavtal", "title: [Ledningsavtal |")), READER.validators());
    const result = evaluateApprovals({ ...approvalsInput(), agreementsAtHead: new Map([[VM, broken]]) });
    const section = approvalsSection(result);
    expect(section.items?.[0]).toMatch(/^\| \*\*vm-statssekreterare\*\*<br>agreements\/vm\/vm-statssekreterare.md \(changed\) \| — \| — \| ⛔ is blocked: fix the file first \(line 3: The &#91; that starts here/);
  });
});

function approvalsInput() {
  return {
    pullRequest: pullRequest(),
    files: [{ path: VM, status: "modified" as const }],
    reviews: [],
  };
}

describe("buildStickyComment", () => {
  const section = (label: string, head: string, extra: Partial<CommentSection> = {}): CommentSection => ({ label, head, ...extra });

  it("keeps sections in order and whole when they fit", () => {
    const { body } = buildStickyComment({ marker: STICKY_MARKER, sections: [section("a", "## A"), section("b", "## B", { itemsHead: "| x |\n| --- |", items: ["| 1 |", "| 2 |"], foot: "Foot." })] });
    expect(body).toBe(`${STICKY_MARKER}\n## A\n\n## B\n\n| x |\n| --- |\n| 1 |\n| 2 |\n\nFoot.\n`);
  });

  it("cuts a later section whole when its head does not fit, and keeps a section marked keep", () => {
    const { body, cut } = buildStickyComment({
      marker: STICKY_MARKER,
      limit: 3_000,
      sections: [section("the approvals", "## Approvals", { keep: true }), section("the big one", `## Big\n\n${"x".repeat(5_000)}`), section("the small one", "## Small")],
    });
    expect(body.length).toBeLessThanOrEqual(3_000);
    expect(body).toContain("## Approvals\n\n## Small");
    expect(cut.map((part) => part.description)).toEqual(["the big one"]);
  });

  it("lists at most what fits in the note and counts the rest", () => {
    const sections = Array.from({ length: 400 }, (_, index) => section(`the changes in \`agreements/x/agreement-with-a-long-name-${index}.md\``, `### ${index}\n\n${"y".repeat(300)}`));
    const { body, cut } = buildStickyComment({ marker: STICKY_MARKER, limit: 5_000, sections });
    expect(body.length).toBeLessThanOrEqual(5_000);
    expect(cut.length).toBeGreaterThan(380);
    expect(body).toMatch(/; and \d+ more\.\n\nEverything is in the summary/);
  });

  it("does not link a report address that could break out of the link", () => {
    const { body } = buildStickyComment({ marker: STICKY_MARKER, limit: 2_100, fullReportUrl: "https://x.example/a)b", sections: [section("a", "x".repeat(3_000))] });
    expect(body).not.toContain("x.example");
  });

  it("refuses a marker that is not one hidden HTML comment", () => {
    expect(() => buildStickyComment({ marker: "agreements summary", sections: [] })).toThrow(/one HTML comment/);
    expect(() => buildStickyComment({ marker: "<!-- a -- b -->", sections: [] })).toThrow(/one HTML comment/);
  });
});

describe("findStickyComment", () => {
  const ours = (id: number, user = "github-actions[bot]"): IssueComment => ({ id, user, body: `${STICKY_MARKER}\n## Approval by both parties\n` });

  it("picks the oldest of ours and reports the rest as duplicates", () => {
    const other: IssueComment = { id: 1, user: "maria-exempel", body: "Looks good." };
    expect(findStickyComment([ours(30), other, ours(12), ours(20)], STICKY_MARKER)).toEqual({ comment: ours(12), duplicates: [ours(20), ours(30)] });
  });

  it("finds nothing when no comment starts with the marker", () => {
    expect(findStickyComment([{ id: 1, user: "a", body: `Quoted:\n${STICKY_MARKER}` }], STICKY_MARKER)).toEqual({ duplicates: [] });
  });

  it("with an author, counts only that account's comments (case-insensitively)", () => {
    const impostor = ours(2, "maria-exempel");
    expect(findStickyComment([impostor, ours(9, "GitHub-Actions[bot]")], STICKY_MARKER, { author: "github-actions[bot]" })).toEqual({ comment: ours(9, "GitHub-Actions[bot]"), duplicates: [] });
  });

  it("reads a body that begins with a byte order mark", () => {
    expect(findStickyComment([{ id: 4, user: "a", body: `\uFEFF${STICKY_MARKER}\nx` }], STICKY_MARKER).comment?.id).toBe(4);
  });
});

describe("lintSection", () => {
  it("says so when the changed files have no problems", () => {
    expect(lintSection({ findings: [], filesChecked: 3, changedFiles: [VM] })).toEqual({
      label: "the lint table",
      head: "## Lint\n\n✅ No problems in the files this pull request changes (3 files checked).",
      itemsHead: "| Where | Severity | Rule | Problem and how to fix it |\n| --- | --- | --- | --- |",
      items: [],
      itemNoun: ["finding", "findings"],
    });
  });
});
