import { describe, expect, it } from "vitest";
import { toCommitStatus } from "../../scripts/pull-request/approvals/commit-status.js";
import { blockedProblem } from "../../scripts/pull-request/approvals/describe.js";
import { evaluateApprovals, type ApprovalInput } from "../../scripts/pull-request/approvals/evaluate.js";
import { readAgreementAt, type AgreementAtRef } from "../../scripts/pull-request/approvals/read-agreement.js";
import { renderApprovalsJson } from "../../scripts/pull-request/approvals/render-json.js";
import { renderApprovalsMarkdown } from "../../scripts/pull-request/approvals/render-markdown.js";
import { renderApprovalsText } from "../../scripts/pull-request/approvals/render-text.js";
import type { ConsentState } from "../../scripts/pull-request/approvals/types.js";
import type { PullRequestFile, Review, ReviewState } from "../../scripts/github/types.js";
import { agreementText } from "../helpers/git-repo.js";
import { READER } from "../helpers/reader.js";
import { CLERK, HEAD, OFFICIAL, pullRequest, review, SUPERIOR, VM, withParties } from "../helpers/pull-requests.js";

const EARLIER = "0f0e0d0c".repeat(5);
const PATH = VM;

function agreementAt(path = PATH, parties: { official?: string; superior?: string } = {}, id?: string): AgreementAtRef {
  const text = withParties(parties.official ?? OFFICIAL, parties.superior ?? SUPERIOR, agreementText(id !== undefined ? { id } : {}));
  return readAgreementAt(path, Buffer.from(text), READER.validators());
}

/** By default the pull request's one commit is its author's own, made in GitHub's web editor. */
function input(overrides: Partial<ApprovalInput> = {}): ApprovalInput {
  const pull = overrides.pullRequest ?? pullRequest();
  return {
    pullRequest: pull,
    files: [{ path: PATH, status: "modified" }],
    reviews: [],
    agreementsAtHead: new Map([[PATH, agreementAt()]]),
    commits: [{ sha: pull.headSha, author: pull.author, committer: "web-flow", verified: true }],
    ...overrides,
  };
}

interface Case {
  name: string;
  author?: string;
  reviews: Review[];
  official: ConsentState;
  superior: ConsentState;
}

// Short names for the tables below.
const O = OFFICIAL;
const S = SUPERIOR;

const cases: Case[] = [
  { name: "nobody has reviewed yet", reviews: [], official: "waiting", superior: "waiting" },
  { name: "both parties approve the head commit", reviews: [review(1, O, "APPROVED", 1), review(2, S, "APPROVED", 2)], official: "approved", superior: "approved" },
  { name: "an approval of an earlier commit is stale", reviews: [review(1, O, "APPROVED", 1, EARLIER), review(2, S, "APPROVED", 2)], official: "stale", superior: "approved" },
  { name: "a missing party keeps it waiting", reviews: [review(1, O, "APPROVED", 1)], official: "approved", superior: "waiting" },
  { name: "an approval by a stranger does not count", reviews: [review(1, "kalle-kirjuri", "APPROVED", 1), review(2, "someone-else", "APPROVED", 2)], official: "waiting", superior: "waiting" },
  { name: "the author consents by opening the pull request", author: O, reviews: [review(1, S, "APPROVED", 1)], official: "author", superior: "approved" },
  { name: "changes requested after an approval block", reviews: [review(1, O, "APPROVED", 1), review(2, S, "APPROVED", 2), review(3, S, "CHANGES_REQUESTED", 3)], official: "approved", superior: "changes-requested" },
  { name: "an approval after changes requested counts", reviews: [review(1, S, "CHANGES_REQUESTED", 1), review(2, S, "APPROVED", 2), review(3, O, "APPROVED", 3)], official: "approved", superior: "approved" },
  { name: "changes requested on an earlier commit still block", reviews: [review(1, S, "CHANGES_REQUESTED", 1, EARLIER), review(2, O, "APPROVED", 2)], official: "approved", superior: "changes-requested" },
  { name: "a dismissed review clears the party's standing", reviews: [review(1, O, "APPROVED", 1), review(2, O, "DISMISSED", 2), review(3, S, "APPROVED", 3)], official: "waiting", superior: "approved" },
  { name: "an approval after a dismissal counts", reviews: [review(1, O, "DISMISSED", 1), review(2, O, "APPROVED", 2)], official: "approved", superior: "waiting" },
  { name: "a comment does not change a party's standing", reviews: [review(1, O, "APPROVED", 1), review(2, O, "COMMENTED", 2), review(3, S, "CHANGES_REQUESTED", 3), review(4, S, "COMMENTED", 4)], official: "approved", superior: "changes-requested" },
  { name: "a pending (unsubmitted) review does not count", reviews: [review(1, O, "APPROVED", 1), review(2, O, "PENDING", 2)], official: "approved", superior: "waiting" },
  { name: "logins compare without regard to case", author: "ANDERS-Exempel", reviews: [review(1, "Maria-Exempel", "APPROVED", 1)], official: "approved", superior: "author" },
  {
    name: "the order in time decides, not the order given",
    reviews: [review(3, S, "CHANGES_REQUESTED", 30), review(1, S, "APPROVED", 10), review(2, O, "APPROVED", 20)],
    official: "approved",
    superior: "changes-requested",
  },
  { name: "reviews at the same second are ordered by id", reviews: [review(9, S, "APPROVED", 5), review(8, S, "CHANGES_REQUESTED", 5)], official: "waiting", superior: "approved" },
];

describe("the approval rule", () => {
  it.each(cases)("$name", (testCase) => {
    const result = evaluateApprovals(input({ pullRequest: pullRequest({ author: testCase.author ?? CLERK }), reviews: testCase.reviews }));
    const [agreement] = result.agreements;
    expect(agreement?.parties.map((party) => [party.role, party.login, party.state])).toEqual([
      ["official", O, testCase.official],
      ["superior", S, testCase.superior],
    ]);
    const satisfied = [testCase.official, testCase.superior].every((state) => state === "approved" || state === "author");
    expect(agreement?.satisfied).toBe(satisfied);
    expect(result.satisfied).toBe(satisfied);
  });

  it("reads 300 reviews (several pages) in time order, with the deciding one last", () => {
    const reviews: Review[] = [];
    for (let index = 0; index < 299; index++) {
      const user = [O, S, "someone-else"][index % 3]!;
      const state: ReviewState = index % 3 === 2 ? "CHANGES_REQUESTED" : index % 2 === 0 ? "APPROVED" : "COMMENTED";
      reviews.push({ id: index + 1, user, state, commitId: index % 5 === 0 ? EARLIER : HEAD, submittedAt: new Date(Date.UTC(2020, 4, 1) + index * 60_000).toISOString() });
    }
    reviews.push({ id: 300, user: O, state: "APPROVED", commitId: HEAD, submittedAt: "2020-05-02T00:00:00Z" });
    reviews.push({ id: 301, user: S, state: "APPROVED", commitId: HEAD, submittedAt: "2020-05-02T00:01:00Z" });
    reviews.push({ id: 302, user: S, state: "CHANGES_REQUESTED", commitId: HEAD, submittedAt: "2020-05-02T00:02:00Z" });
    // The API's pages need not come back in time order: the last in time must decide however they arrive.
    const shuffled = [reviews[301]!, ...reviews.slice(0, 150).reverse(), reviews[300]!, ...reviews.slice(150, 300)];
    const result = evaluateApprovals(input({ reviews: shuffled }));
    expect(result.agreements[0]?.parties.map((party) => party.state)).toEqual(["approved", "changes-requested"]);

    const approvedLast = evaluateApprovals(input({ reviews: [...shuffled, { id: 303, user: S, state: "APPROVED", commitId: HEAD, submittedAt: "2020-05-02T00:03:00Z" }] }));
    expect(approvedLast.satisfied).toBe(true);
  });

  it("asks the parties of the version on the head, not anyone else's", () => {
    const head = agreementAt(PATH, { official: "ny-tjansteman", superior: "Ny-Minister" });
    const result = evaluateApprovals(input({ agreementsAtHead: new Map([[PATH, head]]), reviews: [review(1, O, "APPROVED", 1), review(2, "ny-minister", "APPROVED", 2)] }));
    expect(result.agreements[0]?.parties.map((party) => `${party.login}:${party.state}`)).toEqual(["ny-tjansteman:waiting", "Ny-Minister:approved"]);
  });

  // Issue 9: one person as both parties approved their own agreement alone. Now it is refused.
  it("refuses one person named as both parties, in any letter case", () => {
    const head = agreementAt(PATH, { superior: O.toUpperCase() });
    const result = evaluateApprovals(input({ agreementsAtHead: new Map([[PATH, head]]), reviews: [review(1, O, "APPROVED", 1)] }));
    expect(result.agreements[0]).toMatchObject({ satisfied: false, parties: [], blocked: { reason: "same-person" } });
    expect(result.satisfied).toBe(false);
    expect(toCommitStatus(result).state).toBe("failure");
  });
});

describe("which files need consent", () => {
  it("asks the parties of a removed agreement's last version", () => {
    const files: PullRequestFile[] = [{ path: PATH, status: "removed" }];
    const base = new Map([[PATH, agreementAt()]]);
    const waiting = evaluateApprovals(input({ files, agreementsAtHead: new Map(), agreementsAtBase: base, reviews: [review(1, O, "APPROVED", 1)] }));
    expect(waiting.agreements).toMatchObject([{ path: PATH, change: "removed", id: "vm-statssekreterare", satisfied: false }]);
    expect(renderApprovalsText(waiting)).toContain("vm-statssekreterare waits for @anders-exempel (superior).");

    const done = evaluateApprovals(input({ files, agreementsAtHead: new Map(), agreementsAtBase: base, reviews: [review(1, O, "APPROVED", 1), review(2, S, "APPROVED", 2)] }));
    expect(done.satisfied).toBe(true);
  });

  it("blocks a removed agreement whose last version is unknown", () => {
    const result = evaluateApprovals(input({ files: [{ path: PATH, status: "removed" }], agreementsAtHead: new Map() }));
    expect(result.agreements[0]).toMatchObject({ change: "removed", satisfied: false, parties: [], blocked: { reason: "unreadable-base" } });
    expect(toCommitStatus(result).state).toBe("failure");
  });

  it("treats an agreement moved out of agreements/ as removed", () => {
    const files: PullRequestFile[] = [{ path: "archive/vm-statssekreterare.md", status: "renamed", previousPath: PATH }];
    const result = evaluateApprovals(input({ files, agreementsAtHead: new Map(), agreementsAtBase: new Map([[PATH, agreementAt()]]) }));
    expect(result.agreements).toMatchObject([{ path: PATH, change: "removed", id: "vm-statssekreterare" }]);
    expect(result.otherFiles).toEqual(["archive/vm-statssekreterare.md"]);
  });

  it("reads a renamed agreement at its new path and keeps the old one", () => {
    const renamed = "agreements/vm/statssekreterare.md";
    const result = evaluateApprovals(input({ files: [{ path: renamed, status: "renamed", previousPath: PATH }], agreementsAtHead: new Map([[renamed, agreementAt(renamed)]]) }));
    expect(result.agreements).toMatchObject([{ path: renamed, previousPath: PATH, change: "renamed", id: "vm-statssekreterare" }]);
  });

  it("blocks an agreement whose front matter is broken: fix the file first", () => {
    const broken = agreementText().replace("cycle: 2020", "cycle: [2020");
    const head = readAgreementAt(PATH, Buffer.from(broken), READER.validators());
    expect(head.readable).toBe(false);
    const result = evaluateApprovals(input({ agreementsAtHead: new Map([[PATH, head]]), reviews: [review(1, O, "APPROVED", 1), review(2, S, "APPROVED", 2)] }));
    const [agreement] = result.agreements;
    expect(agreement).toMatchObject({ id: "vm-statssekreterare", satisfied: false, parties: [], blocked: { reason: "unreadable-head" } });
    const line = broken.split("\n").findIndex((text) => text.startsWith("cycle: [2020")) + 1;
    expect(blockedProblem(agreement!.blocked!)).toMatchObject({ line, column: 8 });
    expect(renderApprovalsText(result)).toContain(`vm-statssekreterare is blocked: fix the file first (line ${line}: The [ that starts here has no matching ]`);
    expect(toCommitStatus(result)).toMatchObject({ state: "failure", context: "agreements/approvals" });
  });

  it("blocks an agreement that fails the schema, pointing at the problem", () => {
    const text = agreementText().replace("github: anders-exempel", "github: '@anders'");
    const head = readAgreementAt(PATH, Buffer.from(text), READER.validators());
    const line = text.split("\n").findIndex((row) => row.includes("'@anders'")) + 1;
    expect(head).toMatchObject({ readable: false, id: "vm-statssekreterare", problem: { line } });
    const result = evaluateApprovals(input({ agreementsAtHead: new Map([[PATH, head]]) }));
    expect(blockedProblem(result.agreements[0]!.blocked!).message).toContain("GitHub user name");
  });

  it("needs no party's consent for files that are not agreements", () => {
    const files: PullRequestFile[] = [
      { path: "README.md", status: "modified" },
      { path: "agreements/README.md", status: "modified" },
      { path: "docs/guide.md", status: "added" },
      { path: "agreements/vm/old.md", status: "unchanged" },
    ];
    const result = evaluateApprovals(input({ files, agreementsAtHead: new Map() }));
    expect(result).toMatchObject({ satisfied: true, agreements: [], otherFiles: ["README.md", "agreements/README.md", "docs/guide.md"] });
    expect(renderApprovalsText(result)).toBe(
      "Pull request #7 (latest commit c0ffee0): No agreement changed, so no party's consent is needed.\n\n3 other changed files are not agreements: no party's consent is needed for them.\n",
    );
    expect(toCommitStatus(result)).toEqual({ state: "success", context: "agreements/approvals", description: "No agreement changed, so no party's consent is needed." });
  });
});

describe("output", () => {
  const second = "agreements/om/om-kanslichef.md";
  const result = evaluateApprovals(
    input({
      pullRequest: pullRequest({ author: S }),
      files: [
        { path: PATH, status: "modified" },
        { path: second, status: "added" },
        { path: "README.md", status: "modified" },
      ],
      agreementsAtHead: new Map([
        [PATH, agreementAt()],
        [second, agreementAt(second, { official: "olli-virkamies", superior: "Outi-Ministeri" }, "om-kanslichef")],
      ]),
      reviews: [review(1, O, "APPROVED", 1), review(2, "olli-virkamies", "APPROVED", 2, EARLIER), review(3, "outi-ministeri", "CHANGES_REQUESTED", 3)],
    }),
  );

  it("text says whom each agreement waits for", () => {
    expect(renderApprovalsText(result)).toMatchInlineSnapshot(`
      "Pull request #7 (latest commit c0ffee0): 1 of 2 changed agreements has the consent of both parties.

      ✖ om-kanslichef (agreements/om/om-kanslichef.md, added)
          official  @olli-virkamies  approved an earlier commit and must approve again
          superior  @Outi-Ministeri  asked for changes
          → om-kanslichef: @Outi-Ministeri (superior) asked for changes; waits for @olli-virkamies (official; approved an earlier commit).
      ✔ vm-statssekreterare (agreements/vm/vm-statssekreterare.md, changed)
          official  @maria-exempel   approved the latest commit
          superior  @anders-exempel  opened the pull request and made every commit in it, which counts as consent

      1 other changed file is not an agreement: no party's consent is needed for it.
      "
    `);
  });

  it("JSON keeps every key, in a stable order", () => {
    const json = JSON.parse(renderApprovalsJson(result)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["version", "pullRequest", "headSha", "author", "satisfied", "agreements", "otherFiles", "refusals", "maintainers"]);
    expect(json).toEqual({
      version: 1,
      pullRequest: 7,
      headSha: HEAD,
      author: S,
      satisfied: false,
      agreements: [
        {
          path: second,
          previousPath: null,
          change: "added",
          id: "om-kanslichef",
          satisfied: false,
          parties: [
            { role: "official", login: "olli-virkamies", name: "Maria Exempel", state: "stale", reviewCommit: EARLIER },
            { role: "superior", login: "Outi-Ministeri", name: "Anders Exempel", state: "changes-requested", reviewCommit: HEAD },
          ],
          blocked: null,
          summary: "om-kanslichef: @Outi-Ministeri (superior) asked for changes; waits for @olli-virkamies (official; approved an earlier commit)",
        },
        {
          path: PATH,
          previousPath: null,
          change: "modified",
          id: "vm-statssekreterare",
          satisfied: true,
          parties: [
            { role: "official", login: O, name: "Maria Exempel", state: "approved", reviewCommit: HEAD },
            { role: "superior", login: S, name: "Anders Exempel", state: "author", reviewCommit: null },
          ],
          blocked: null,
          summary: "vm-statssekreterare has the consent of both parties",
        },
      ],
      otherFiles: ["README.md"],
      refusals: [],
      maintainers: null,
    });
  });

  it("Markdown is a table that mentions nobody", () => {
    const markdown = renderApprovalsMarkdown(result);
    expect(markdown).toMatchInlineSnapshot(`
      "## Approval by both parties

      ❌ 1 of 2 changed agreements has the consent of both parties.

      Each changed agreement needs the consent of both parties named in it: an approving review of the latest commit (\`c0ffee0\`); the author's consent is having opened the pull request and made every commit in it, or, once someone else pushed, a comment \`/agree\` with the latest commit's SHA. An approval given before a later push must be given again.

      | Agreement | Official | Superior | Status |
      | --- | --- | --- | --- |
      | **om-kanslichef**<br>agreements/om/om-kanslichef.md (new) | \`@olli-virkamies\`<br>🔄 approved an earlier commit | \`@Outi-Ministeri\`<br>❌ asked for changes | ⏳ \`@Outi-Ministeri\` (superior) asked for changes; waits for \`@olli-virkamies\` (official; approved an earlier commit) |
      | **vm-statssekreterare**<br>agreements/vm/vm-statssekreterare.md (changed) | \`@maria-exempel\`<br>✅ approved | \`@anders-exempel\`<br>✅ opened the pull request | ✅ ready |

      1 other changed file is not an agreement: no party's consent is needed for it.
      "
    `);
    // Every "@" is inside inline code: GitHub notifies nobody, however often the comment is edited.
    const outsideCode = markdown.replace(/`[^`\n]*`/g, "");
    expect(outsideCode).not.toContain("@");
  });

  it("the commit status names the first agreement waiting, within 140 characters", () => {
    expect(toCommitStatus(result)).toEqual({
      state: "failure",
      context: "agreements/approvals",
      description: "om-kanslichef: @Outi-Ministeri (superior) asked for changes; waits for @olli-virkamies (official; approved an earlier commit).",
    });
    const waiting = evaluateApprovals(input({ reviews: [review(1, O, "APPROVED", 1)] }));
    expect(toCommitStatus(waiting, { targetUrl: "https://github.example/run/1" })).toEqual({
      state: "pending",
      context: "agreements/approvals",
      description: "vm-statssekreterare waits for @anders-exempel (superior).",
      targetUrl: "https://github.example/run/1",
    });
    const done = evaluateApprovals(input({ reviews: [review(1, O, "APPROVED", 1), review(2, S, "APPROVED", 2)] }));
    expect(toCommitStatus(done)).toMatchObject({ state: "success", description: "The changed agreement has the consent of both parties." });
  });

  it("cuts a long description to 140 characters, counting characters, and keeps the count of the others", () => {
    const long = "agreements/vm/" + "🙂".repeat(80) + "-" + "x".repeat(100) + ".md";
    const paths = [long, "agreements/zz/other.md", "agreements/zz/third.md"];
    const result = evaluateApprovals(input({ files: paths.map((path) => ({ path, status: "added" as const })), agreementsAtHead: new Map() }));
    const status = toCommitStatus(result);
    expect(Array.from(status.description).length).toBeLessThanOrEqual(140);
    expect(status.description.length).toBeGreaterThan(140); // UTF-16 units: the emoji count once each, as GitHub counts them
    expect(status.description).toMatch(/…; 2 more agreements wait\.$/);
  });
});

describe("parties rewritten by the pull request (the previous parties must consent too)", () => {
  const N_O = "ny-tjansteman";
  const N_S = "ny-minister";

  interface RewriteCase {
    name: string;
    head: { official?: string; superior?: string };
    /** The base version's parties; "unreadable" for a broken base file; absent: no base version given. */
    base?: { official?: string; superior?: string } | "unreadable";
    file?: PullRequestFile;
    author?: string;
    reviews: Review[];
    /** role, login, state, and "previous" for a party only the base names. */
    parties: [string, string, ConsentState, ("previous" | undefined)?][];
    satisfied: boolean;
  }

  const cases: RewriteCase[] = [
    {
      name: "new parties approving their own appointment is not enough",
      head: { official: N_O, superior: N_S },
      base: {},
      reviews: [review(1, N_O, "APPROVED", 1), review(2, N_S, "APPROVED", 2)],
      parties: [["official", N_O, "approved"], ["superior", N_S, "approved"], ["official", O, "waiting", "previous"], ["superior", S, "waiting", "previous"]],
      satisfied: false,
    },
    {
      name: "with the previous parties' approval too, it is satisfied",
      head: { official: N_O, superior: N_S },
      base: {},
      reviews: [review(1, N_O, "APPROVED", 1), review(2, N_S, "APPROVED", 2), review(3, O, "APPROVED", 3), review(4, S, "APPROVED", 4)],
      parties: [["official", N_O, "approved"], ["superior", N_S, "approved"], ["official", O, "approved", "previous"], ["superior", S, "approved", "previous"]],
      satisfied: true,
    },
    {
      name: "only the replaced party is asked besides the two named now",
      head: { superior: N_S },
      base: {},
      reviews: [review(1, O, "APPROVED", 1), review(2, N_S, "APPROVED", 2)],
      parties: [["official", O, "approved"], ["superior", N_S, "approved"], ["superior", S, "waiting", "previous"]],
      satisfied: false,
    },
    {
      name: "a previous party's stale approval must be given again",
      head: { superior: N_S },
      base: {},
      reviews: [review(1, O, "APPROVED", 1), review(2, N_S, "APPROVED", 2), review(3, S, "APPROVED", 3, EARLIER)],
      parties: [["official", O, "approved"], ["superior", N_S, "approved"], ["superior", S, "stale", "previous"]],
      satisfied: false,
    },
    {
      name: "a previous party who asked for changes blocks",
      head: { superior: N_S },
      base: {},
      reviews: [review(1, O, "APPROVED", 1), review(2, N_S, "APPROVED", 2), review(3, S, "CHANGES_REQUESTED", 3)],
      parties: [["official", O, "approved"], ["superior", N_S, "approved"], ["superior", S, "changes-requested", "previous"]],
      satisfied: false,
    },
    {
      name: "a previous party who opened the pull request consents by it",
      head: { superior: N_S },
      base: {},
      author: S,
      reviews: [review(1, O, "APPROVED", 1), review(2, N_S, "APPROVED", 2)],
      parties: [["official", O, "approved"], ["superior", N_S, "approved"], ["superior", S, "author", "previous"]],
      satisfied: true,
    },
    {
      name: "parties who swap roles are still both named: nobody more is asked",
      head: { official: S, superior: O },
      base: {},
      reviews: [review(1, O, "APPROVED", 1), review(2, S, "APPROVED", 2)],
      parties: [["official", S, "approved"], ["superior", O, "approved"]],
      satisfied: true,
    },
    {
      name: "a login written in other letter case is the same person",
      head: { official: "Maria-Exempel" },
      base: {},
      reviews: [review(1, O, "APPROVED", 1), review(2, S, "APPROVED", 2)],
      parties: [["official", "Maria-Exempel", "approved"], ["superior", S, "approved"]],
      satisfied: true,
    },
    {
      name: "a renamed agreement is compared with the base version at its old path",
      head: { official: N_O },
      base: {},
      file: { path: "agreements/vm/statssekreterare.md", status: "renamed", previousPath: PATH },
      reviews: [review(1, N_O, "APPROVED", 1), review(2, S, "APPROVED", 2)],
      parties: [["official", N_O, "approved"], ["superior", S, "approved"], ["official", O, "waiting", "previous"]],
      satisfied: false,
    },
    {
      // Issue 9: a broken base version used to drop the previous parties. Now nobody may replace them.
      name: "a base version whose YAML cannot be read at all blocks the change (fail closed)",
      head: { official: N_O },
      base: "unreadable",
      reviews: [review(1, N_O, "APPROVED", 1), review(2, S, "APPROVED", 2)],
      parties: [["official", N_O, "approved"], ["superior", S, "approved"]],
      satisfied: false,
    },
    {
      name: "a new agreement has no previous parties, even if the base has a file at its path",
      head: { official: N_O },
      base: {},
      file: { path: PATH, status: "added" },
      reviews: [review(1, N_O, "APPROVED", 1), review(2, S, "APPROVED", 2)],
      parties: [["official", N_O, "approved"], ["superior", S, "approved"]],
      satisfied: true,
    },
    {
      name: "without a base version (not given), only the head's parties are known",
      head: { official: N_O, superior: N_S },
      reviews: [review(1, N_O, "APPROVED", 1), review(2, N_S, "APPROVED", 2)],
      parties: [["official", N_O, "approved"], ["superior", N_S, "approved"]],
      satisfied: true,
    },
  ];

  function evaluate(testCase: RewriteCase) {
    const file = testCase.file ?? { path: PATH, status: "modified" as const };
    const basePath = file.previousPath ?? PATH;
    const base =
      testCase.base === undefined
        ? undefined
        : testCase.base === "unreadable"
          ? new Map([[basePath, readAgreementAt(basePath, Buffer.from(agreementText().replace("cycle: 2020", "cycle: [2020")), READER.validators())]])
          : new Map([[basePath, agreementAt(basePath, testCase.base)]]);
    return evaluateApprovals(
      input({
        pullRequest: pullRequest({ author: testCase.author ?? CLERK }),
        files: [file],
        reviews: testCase.reviews,
        agreementsAtHead: new Map([[file.path, agreementAt(file.path, testCase.head)]]),
        ...(base ? { agreementsAtBase: base } : {}),
      }),
    );
  }

  it.each(cases)("$name", (testCase) => {
    const result = evaluate(testCase);
    const [agreement] = result.agreements;
    expect(agreement?.parties.map((party) => [party.role, party.login, party.state, ...(party.previous ? ["previous"] : [])])).toEqual(testCase.parties);
    expect(agreement?.satisfied).toBe(testCase.satisfied);
    expect(result.satisfied).toBe(testCase.satisfied);
  });

  it("says in plain words that the previous parties must also approve, in every output", () => {
    const result = evaluate(cases[0]!);
    const sentence = "the parties named in the agreement were changed: the previous parties must also approve";
    expect(renderApprovalsText(result)).toMatchInlineSnapshot(`
      "Pull request #7 (latest commit c0ffee0): 0 of 1 changed agreement have the consent of both parties.

      ✖ vm-statssekreterare (agreements/vm/vm-statssekreterare.md, changed)
          official           @ny-tjansteman   approved the latest commit
          superior           @ny-minister     approved the latest commit
          previous official  @maria-exempel   has not approved yet
          previous superior  @anders-exempel  has not approved yet
          → vm-statssekreterare waits for @maria-exempel (previous official) and @anders-exempel (previous superior); the parties named in the agreement were changed: the previous parties must also approve.
      "
    `);
    const json = JSON.parse(renderApprovalsJson(result)) as { agreements: { summary: string }[] };
    expect(json.agreements[0]?.summary).toContain(sentence);
    const markdown = renderApprovalsMarkdown(result);
    expect(markdown).toContain("previous: `@maria-exempel`<br>⏳ not approved yet");
    expect(markdown).toContain(sentence);
    const status = toCommitStatus(result);
    expect(status.state).toBe("pending");
    expect(status.description).toMatch(/^vm-statssekreterare waits for @maria-exempel \(previous official\) and @anders-exempel \(previous superior\)/);
    expect(Array.from(status.description).length).toBeLessThanOrEqual(140);

    const done = evaluate(cases[1]!);
    expect(renderApprovalsText(done)).toContain("✔ vm-statssekreterare");
    expect(toCommitStatus(done).state).toBe("success");
  });
});
