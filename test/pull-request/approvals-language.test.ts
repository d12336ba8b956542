import { describe, expect, it } from "vitest";
import { toCommitStatus } from "../../scripts/pull-request/approvals/commit-status.js";
import { readAgreementAt } from "../../scripts/pull-request/approvals/read-agreement.js";
import { renderApprovalsMarkdown } from "../../scripts/pull-request/approvals/render-markdown.js";
import { renderApprovalsText } from "../../scripts/pull-request/approvals/render-text.js";
import type { AgreementApproval, ApprovalResult, ConsentState } from "../../scripts/pull-request/approvals/types.js";
import { buildPullRequestSummary } from "../../scripts/pull-request/comment/pull-request-summary.js";
import { READER } from "../helpers/reader.js";
import type { AgreementChange } from "../../scripts/changes/types.js";
import type { Finding } from "../../scripts/lint/finding.js";
import { GITHUB_LIMITS } from "../../scripts/github/types.js";
import type { Language } from "../../scripts/model/types.js";

/**
 * English words of the approval texts and the pull request comment. A Finnish or Swedish output holding
 * one (outside logins, paths, SHAs and code spans) is untranslated text.
 */
const ENGLISH = new Set(
  (
    "the of and to is are has have must needs need approved approve approval approvals waits waiting wait consent parties party both " +
    "changed change changes agreement agreements pull request latest earlier someone else pushed asked official superior previous " +
    "status ready new removed renamed added lint problems problem files file checked finding findings table left out shortened " +
    "everything summary maintainer maintainers rules set other more no not yet by with an it them blocked fix first line opened made " +
    "every counts given again later where severity rule how error errors warning warnings comment author commenting exactly"
  ).split(" "),
);

/** GitHub's own English words, glossed in brackets after ours so officials find them on GitHub's pages. */
const GITHUB_GLOSSES = /\((?:pull request|commit|review)\)/g;

function englishIn(text: string): string[] {
  return text
    .replace(/<!--.*?-->/g, " ")
    .replace(GITHUB_GLOSSES, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/@[\w-]+/g, " ")
    .replace(/\S*[/.#<>0-9]\S*/g, " ")
    .replace(/\[[^\]]*\]\([^)]*\)/g, " ")
    .split(/[^\p{L}']+/u)
    .filter((word) => ENGLISH.has(word.toLowerCase()));
}

const HEAD = "c0ffee00".repeat(5);

function agreement(id: string, states: readonly ConsentState[], extra: Partial<AgreementApproval> = {}): AgreementApproval {
  const roles = ["official", "superior"] as const;
  return {
    path: `agreements/vm/${id}.md`,
    change: "modified",
    id,
    parties: states.map((state, index) => ({
      role: roles[index % 2]!,
      login: `party-${index}`,
      name: `Party ${index}`,
      state,
      ...(index >= 2 ? { previous: true as const } : {}),
    })),
    satisfied: states.every((state) => state === "approved" || state === "author" || state === "agreed"),
    ...extra,
  };
}

/** A version whose YAML does not parse: its problem is the lint's, which says it in every language. */
const BROKEN = (() => {
  const version = readAgreementAt("agreements/vm/vm-d.md", Buffer.from("---\nid: vm-d\ncycle: [2020\n---\n# Sopimus\n"), READER.validators());
  if (version.readable) throw new Error("the broken agreement was read");
  return version;
})();

/** Every state, a blocked file, a rename, replaced parties, other files and a rule change awaiting a maintainer. */
const EVERYTHING: ApprovalResult = {
  pullRequest: 7,
  headSha: HEAD,
  author: "party-0",
  satisfied: false,
  agreements: [
    agreement("vm-a", ["approved", "author"]),
    agreement("vm-b", ["agreed", "must-agree"]),
    agreement("vm-c", ["waiting", "stale", "changes-requested", "waiting"], { change: "renamed", previousPath: "agreements/vm/old.md" }),
    agreement("vm-d", [], { change: "added", blocked: { reason: "unreadable-head", why: { key: "file", problem: BROKEN.problem } } }),
    agreement("vm-e", ["approved", "approved", "approved"], { change: "removed" }),
  ],
  otherFiles: ["README.md", "docs/a.md"],
  refusals: [],
  maintainers: { files: ["agreements.config.json", "goals/2020.md", "scripts/x.ts", "package.json"], maintainers: [{ login: "keeper", state: "waiting" }], satisfied: false },
};

/** Every reason an agreement, or the whole pull request, cannot be approved. */
const REFUSED: ApprovalResult = {
  ...EVERYTHING,
  agreements: [
    agreement("vm-f", [], { satisfied: false, blocked: { reason: "unreadable-head", why: { key: "head-missing" } } }),
    agreement("vm-g", [], { change: "removed", satisfied: false, blocked: { reason: "unreadable-base", why: { key: "base-missing" } } }),
    agreement("vm-h", ["waiting", "waiting"], { satisfied: false, blocked: { reason: "unreadable-base", why: { key: "base-unreadable", problem: BROKEN.problem } } }),
    agreement("vm-i", ["waiting", "waiting"], { satisfied: false, blocked: { reason: "unreadable-base", why: { key: "base-unreadable" } } }),
    agreement("vm-j", [], { satisfied: false, blocked: { reason: "missing-login", why: { key: "missing-login" } } }),
    agreement("vm-k", [], { satisfied: false, blocked: { reason: "same-person", why: { key: "same-person", login: "party-0" } } }),
    agreement("vm-l", [], { satisfied: false, blocked: { reason: "unreadable-head", why: { key: "file", problem: { message: "", hint: "", line: 1, column: 1 } } } }),
  ],
  refusals: [
    { key: "too-many-files", listed: 3000, total: 3100 },
    { key: "no-maintainers", files: "agreements.config.json, goals/2020.md, scripts/x.ts, …" },
  ],
};

const ALL_DONE: ApprovalResult = { ...EVERYTHING, satisfied: true, agreements: [agreement("vm-a", ["approved", "author"])], otherFiles: ["README.md"], maintainers: undefined as never };
delete (ALL_DONE as Partial<ApprovalResult>).maintainers;

function finding(severity: Finding["severity"]): Finding {
  return { file: "agreements/vm/vm-a.md", line: 3, column: 1, endLine: 3, endColumn: 4, rule: "schema", severity, message: "Viesti.", hint: "Vihje.", docs: "https://example.invalid/#schema" };
}

/** A changed agreement in the comment's change list: its words are in the comment's language too. */
const CHANGED: AgreementChange = {
  status: "modified",
  path: "agreements/vm/vm-a.md",
  id: "vm-a",
  title: "Johtamissopimus",
  unreadable: [],
  fields: [{ field: "parties.superior.name", before: "Anna", after: "Anders" }],
  goals: [{ kind: "changed", id: "tavoite", title: "Tavoite", details: [{ kind: "meter-changed", name: "Mittari", field: "target", before: "1", after: "2" }] }],
  evaluations: [],
  sections: [{ kind: "added", heading: "Liitteet", lines: 2 }],
};

function comment(result: ApprovalResult, language: Language, limit?: number) {
  return buildPullRequestSummary({
    approvals: result,
    diff: { from: { ref: "main", commit: "1".repeat(40) }, to: { ref: "x", commit: HEAD }, agreements: [CHANGED] },
    lint: { findings: [finding("error"), finding("warning"), { ...finding("error"), file: "agreements/om/other.md" }], filesChecked: 3, changedFiles: ["agreements/vm/vm-a.md"] },
    language,
    ...(limit !== undefined ? { limit, fullReportUrl: "https://github.example/o/r/actions/runs/1" } : {}),
  });
}

function outputs(language: Language): string[] {
  return [EVERYTHING, ALL_DONE, REFUSED, { ...REFUSED, refusals: [] }].flatMap((result) => [
    renderApprovalsText(result, language),
    renderApprovalsMarkdown(result, language),
    toCommitStatus(result, { language }).description,
    comment(result, language).body,
  ]);
}

describe("the approvals and the pull request comment in Finnish, Swedish and English", () => {
  it.each(["fi", "sv"] as const)("%s: no English word is left in the text, the Markdown, the status or the comment", (language) => {
    for (const text of outputs(language)) {
      for (const line of text.split("\n")) expect(englishIn(line), line).toEqual([]);
    }
  });

  it("the check can fail: the English outputs are caught", () => {
    for (const text of outputs("en")) expect(englishIn(text).length, text).toBeGreaterThan(0);
  });

  it("the English text is as before: the library's default without a language", () => {
    expect(renderApprovalsText(EVERYTHING, "en")).toBe(renderApprovalsText(EVERYTHING));
    expect(renderApprovalsMarkdown(EVERYTHING, "en")).toBe(renderApprovalsMarkdown(EVERYTHING));
    expect(toCommitStatus(EVERYTHING, { language: "en" })).toEqual(toCommitStatus(EVERYTHING));
  });

  it("the words, one per language", () => {
    const waiting: ApprovalResult = { ...ALL_DONE, satisfied: false, agreements: [agreement("vm-b", ["approved", "waiting"])], otherFiles: [] };
    expect(toCommitStatus(waiting, { language: "fi" }).description).toBe("vm-b: odottaa: @party-1 (esihenkilö).");
    expect(toCommitStatus(waiting, { language: "sv" }).description).toBe("vm-b: väntar på @party-1 (överordnad).");
    expect(toCommitStatus(waiting, { language: "en" }).description).toBe("vm-b waits for @party-1 (superior).");
    expect(toCommitStatus(ALL_DONE, { language: "fi" }).description).toBe("Muutetulla sopimuksella on kummankin osapuolen suostumus.");
    expect(toCommitStatus(ALL_DONE, { language: "sv" }).description).toBe("Båda parterna har samtyckt till det ändrade avtalet.");
    expect(comment(ALL_DONE, "fi").body).toContain("**1 virhe** ja **1 varoitus** 1 tiedostossa, joita tämä muutosehdotus muuttaa (3 tiedostoa tarkistettu).");
    expect(comment(ALL_DONE, "sv").body).toContain("| agreements/vm/vm-a.md:3:1 | fel | [schema]");
    expect(comment(ALL_DONE, "fi").body).toContain("## Sopimusten muutokset: `main` (`1111111`) → `x` (`c0ffee0`)");
    expect(comment(ALL_DONE, "fi").body).toContain("- esihenkilön nimi: `Anna` → `Anders`");
    expect(comment(ALL_DONE, "sv").body).toContain("  - mätare *Mittari*, målnivå: `1` → `2`");
  });

  it.each(["fi", "sv", "en"] as const)("%s: the status description keeps GitHub's 140 characters, the count of the others whole", (language) => {
    const long = "x".repeat(300);
    const many: ApprovalResult = { ...EVERYTHING, maintainers: undefined as never, agreements: [agreement(long, ["waiting", "stale"]), agreement("vm-z", ["waiting", "waiting"])] };
    delete (many as Partial<ApprovalResult>).maintainers;
    const { description } = toCommitStatus(many, { language });
    expect(Array.from(description).length).toBe(GITHUB_LIMITS.statusDescription);
    expect(description).toMatch({ fi: /…; 1 muu sopimus odottaa\.$/, sv: /…; 1 avtal till väntar\.$/, en: /…; 1 more agreement waits\.$/ }[language]);
  });

  it.each(["fi", "sv"] as const)("%s: a shortened comment says so in the language", (language) => {
    const findings = Array.from({ length: 500 }, () => finding("error"));
    const { body, cut } = buildPullRequestSummary({
      approvals: ALL_DONE,
      diff: { from: { ref: "main", commit: "1".repeat(40) }, to: { ref: "x", commit: HEAD }, agreements: [] },
      lint: { findings, filesChecked: 1, changedFiles: ["agreements/vm/vm-a.md"] },
      language,
      limit: 12_000,
      fullReportUrl: "https://github.example/o/r/actions/runs/1",
    });
    expect(cut.length).toBe(1);
    expect(body).toContain({ fi: "**Tätä kommenttia lyhennettiin**", sv: "**Kommentaren förkortades**" }[language]);
    for (const line of body.split("\n")) expect(englishIn(line), line).toEqual([]);
  });
});
