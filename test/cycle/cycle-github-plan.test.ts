import { describe, expect, it } from "vitest";
import { pullRequestBody } from "../../scripts/cycle/pull-request-body.js";
import { formatCyclePullRequests } from "../../scripts/cycle/github-format-plan.js";
import { agreementBranch, buildCyclePullRequests, type CycleAgreement, type CyclePullRequestsInput, type ExistingPullRequest, type PlannedPullRequest } from "../../scripts/cycle/github-plan.js";
import type { Agreement, Language } from "../../scripts/model/types.js";
import { agreement as baseAgreement, CATALOGUE_2021_PATH as CATALOGUE_PATH, loadCatalogue2021 } from "../helpers/agreement-data.js";

const catalogue2021 = loadCatalogue2021();

/** As rolled forward: the title of the fixture's agreement, and its evaluation of 2020 still to fill in. */
function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return baseAgreement({
    title: "Ledningsavtal för statssekreteraren vid finansministeriet",
    agreed: "2020-04-15",
    evaluations: [{ year: 2020, date: "2021-03-01", rating: "to-be-filled", summary: "TO BE FILLED", bonus: "to-be-filled" }],
    ...overrides,
  });
}

const TO_FILL = [
  { line: 52, message: "The rating of the evaluation of 2020 is still to-be-filled." },
  { line: 53, message: "The placeholder TO BE FILLED is still in summary: this text must still be written." },
];

const VM: CycleAgreement = { path: "agreements/vm/vm-statssekreterare.md", agreement: agreement(), toFill: TO_FILL, changed: true };

function input(overrides: Partial<CyclePullRequestsInput> = {}): CyclePullRequestsInput {
  return { year: 2021, catalogue: { path: CATALOGUE_PATH, catalogue: catalogue2021 }, agreements: [VM], existingOpen: [], baseBranch: "main", ...overrides };
}

function openPull(overrides: Partial<ExistingPullRequest> = {}): ExistingPullRequest {
  return {
    number: 12,
    title: "Ledningsavtal 2021: vm-statssekreterare",
    body: "",
    state: "open",
    merged: false,
    draft: false,
    headSha: "a".repeat(40),
    headRef: "cycle/2021/vm-statssekreterare",
    baseRef: "main",
    author: "hr-person",
    fromFork: false,
    htmlUrl: "https://github.com/o/r/pull/12",
    ...overrides,
  };
}

/** The first planned pull request, carried out: what GitHub would list afterwards. */
function carriedOut(plan: PlannedPullRequest, overrides: Partial<ExistingPullRequest> = {}): ExistingPullRequest {
  return openPull({ title: plan.title, body: plan.body, labels: plan.labels, requestedReviewers: plan.reviewers, ...overrides });
}

describe("buildCyclePullRequests", () => {
  it("plans one pull request per agreement from its own branch, titled in the agreement's language", () => {
    const agreements = (["sv", "fi", "en"] as Language[]).map((language, index): CycleAgreement => ({
      path: `agreements/om/a-${index}.md`,
      agreement: agreement({ id: `om-${language}`, language, ministry: "OM" }),
      toFill: [],
      changed: true,
    }));
    const plans = buildCyclePullRequests(input({ agreements }));
    expect(plans.map(({ branch, base, title, labels, reviewers, action }) => ({ branch, base, title, labels, reviewers, action }))).toEqual([
      { branch: "cycle/2021/om-sv", base: "main", title: "Ledningsavtal 2021: om-sv", labels: ["cycle-2021", "OM"], reviewers: ["maria-exempel", "anders-exempel"], action: { kind: "create" } },
      { branch: "cycle/2021/om-fi", base: "main", title: "Johtamissopimus 2021: om-fi", labels: ["cycle-2021", "OM"], reviewers: ["maria-exempel", "anders-exempel"], action: { kind: "create" } },
      { branch: "cycle/2021/om-en", base: "main", title: "Management agreement 2021: om-en", labels: ["cycle-2021", "OM"], reviewers: ["maria-exempel", "anders-exempel"], action: { kind: "create" } },
    ]);
    expect(agreementBranch(2021, "vm-statssekreterare")).toBe("cycle/2021/vm-statssekreterare");
  });

  it.each<{ name: string; existing: (plan: PlannedPullRequest) => ExistingPullRequest[]; agreement?: Partial<CycleAgreement>; author?: string; expected: PlannedPullRequest["action"]; reviewers?: string[]; notes?: string[] }>([
    { name: "no open pull request: create", existing: () => [], expected: { kind: "create" } },
    { name: "the same run carried out: nothing left", existing: (plan) => [carriedOut(plan)], expected: { kind: "keep", number: 12 } },
    {
      name: "ticked boxes in the body are the parties' progress, not a difference",
      existing: (plan) => [carriedOut(plan, { body: plan.body.replace("- [ ] ", "- [x] ").replace(/\n/g, "\r\n") })],
      expected: { kind: "keep", number: 12 },
    },
    {
      name: "another title and body: updated, never a second pull request",
      existing: (plan) => [carriedOut(plan, { title: "Old title", body: "Old body" })],
      expected: { kind: "update", number: 12, changes: ["title", "body"], addLabels: [], requestReviewers: [] },
    },
    {
      name: "a run interrupted after opening it: the labels and reviewers are added",
      existing: (plan) => [carriedOut(plan, { labels: ["cycle-2021"], requestedReviewers: [] })],
      expected: { kind: "update", number: 12, changes: [], addLabels: ["VM"], requestReviewers: ["maria-exempel", "anders-exempel"] },
    },
    {
      name: "labels and reviewers unknown: left as they are",
      existing: (plan) => [openPull({ title: plan.title, body: plan.body })],
      expected: { kind: "keep", number: 12 },
    },
    {
      name: "a fork's branch of the same name is not ours",
      existing: (plan) => [carriedOut(plan, { fromFork: true })],
      expected: { kind: "create" },
    },
    {
      name: "a party opened it: they are not asked to review their own pull request",
      existing: (plan) => [carriedOut(plan, { author: "Maria-Exempel", requestedReviewers: ["anders-exempel"] })],
      expected: { kind: "keep", number: 12 },
      reviewers: ["anders-exempel"],
    },
    { name: "the opener given: not asked to review", existing: () => [], author: "anders-exempel", expected: { kind: "create" }, reviewers: ["maria-exempel"] },
    {
      name: "no change against the base branch: no pull request",
      existing: () => [],
      agreement: { changed: false },
      expected: { kind: "skip", reason: "main already has this version: no pull request is needed" },
    },
    {
      name: "no change, but one still open: said so",
      existing: (plan) => [carriedOut(plan)],
      agreement: { changed: false },
      expected: { kind: "skip", reason: "main already has this version: no pull request is needed" },
      notes: ["#12 is still open for it: close it if it is no longer needed"],
    },
    {
      name: "open into another base branch: kept there",
      existing: (plan) => [carriedOut(plan, { baseRef: "dev" })],
      expected: { kind: "keep", number: 12 },
      notes: ["the open pull request #12 is into dev, not main: it is kept there"],
    },
  ])("$name", ({ existing, agreement: changes, author, expected, reviewers, notes }) => {
    const agreements = [{ ...VM, ...changes }];
    const first = buildCyclePullRequests(input({ agreements }))[0]!;
    const [plan] = buildCyclePullRequests(input({ agreements, existingOpen: existing(first), ...(author ? { author } : {}) }));
    expect(plan!.action).toEqual(expected);
    expect(plan!.reviewers).toEqual(reviewers ?? ["maria-exempel", "anders-exempel"]);
    expect(plan!.notes).toEqual(notes ?? []);
  });

  it("asks no one whose user name is still to be filled in", () => {
    const parties = { official: { name: "N", title: "T", github: "to-be-filled" }, superior: { name: "S", title: "T", github: "anders-exempel" } };
    const [plan] = buildCyclePullRequests(input({ agreements: [{ ...VM, agreement: agreement({ parties }) }] }));
    expect(plan!.reviewers).toEqual(["anders-exempel"]);
  });
});

describe("pullRequestBody", () => {
  const base = { year: 2021, catalogue: { path: CATALOGUE_PATH, catalogue: catalogue2021 }, path: VM.path, toFill: TO_FILL, branch: "cycle/2021/vm-statssekreterare" };

  it("in Swedish, with the places to fill in linked, the deadline and a checklist", () => {
    expect(pullRequestBody({ ...base, agreement: agreement(), repositoryUrl: "https://github.com/o/r" })).toMatchInlineSnapshot(`
      "<!-- agreements cycle 2021: vm-statssekreterare -->
      Den årliga uppdateringen av **Ledningsavtal för statssekreteraren vid finansministeriet** enligt anvisningen för 2021 (\`goals/2021.md\`).

      Parter: Maria Exempel (Statssekreterare) @maria-exempel och Anders Exempel (Finansminister) @anders-exempel.

      Sista dag: **2021-04-30** – De uppdaterade ledningsavtalen och utvärderingen av framgången 2020 lämnas in till finansministeriet \\(johtamissopimukset@⁠vm\\.fi\\).

      ## Att fylla i

      De här ställena är markerade TO BE FILLED eller to-be-filled. Ersätt dem med det som avtalades i ledningsdiskussionen:

      - [rad 52](https://github.com/o/r/blob/cycle/2021/vm-statssekreterare/agreements/vm/vm-statssekreterare.md#L52): The rating of the evaluation of 2020 is still to\\-be\\-filled\\.
      - [rad 53](https://github.com/o/r/blob/cycle/2021/vm-statssekreterare/agreements/vm/vm-statssekreterare.md#L53): The placeholder TO BE FILLED is still in summary: this text must still be written\\.

      [Redigera filen i webbläsaren](https://github.com/o/r/edit/cycle/2021/vm-statssekreterare/agreements/vm/vm-statssekreterare.md) (\`agreements/vm/vm-statssekreterare.md\`)

      ## Checklista

      - [ ] Ledningsdiskussionen är hållen
      - [ ] Utvärderingen av framgången 2020 är ifylld: datum, bedömning, sammanfattning och resultatpremie
      - [ ] Målen är genomgångna mot de gemensamma målen för 2021, med mätare och kriterier
      - [ ] \`agreed:\` är datumet för diskussionen
      - [ ] Inget TO BE FILLED finns kvar (kontrollen ”Check agreements” är grön)
      - [ ] Båda parterna har godkänt ändringen på GitHub (Review changes → Approve): @maria-exempel, @anders-exempel

      _Öppnad med \`agreements cycle open 2021 --github\`._
      "
    `);
  });

  it("in Finnish, without links when the repository's address is not given, and nothing to fill in", () => {
    const body = pullRequestBody({ ...base, toFill: [], agreement: agreement({ language: "fi", title: "Valtiosihteerin johtamissopimus" }) });
    expect(body).toContain("Vuosittainen päivitys: **Valtiosihteerin johtamissopimus** vuoden 2021 ohjeen mukaiseksi (`goals/2021.md`).");
    expect(body).toContain("Määräpäivä: **2021-04-30** – Päivitetyt johtamissopimukset ja vuoden 2020 onnistumisen arviointi toimitetaan valtiovarainministeriöön");
    expect(body).toContain("## Täytettävät kohdat\n\nMitään ei ole merkitty täytettäväksi.\n\n## Tarkistuslista");
    expect(body).not.toContain("https://");
  });

  it("in English, with no evaluation item for an official whose term began after 2020, and no link for an address that is not a web address", () => {
    const body = pullRequestBody({ ...base, agreement: agreement({ language: "en", term: { start: "2021-02-01", end: "2026-01-31" } }), repositoryUrl: "javascript:alert(1)" });
    expect(body).toContain("- line 52: The rating of the evaluation of 2020 is still to\\-be\\-filled\\.");
    expect(body).not.toContain("evaluation of success for 2020 is filled in");
    expect(body).not.toContain("javascript:");
  });

  it("escapes text from the agreement, and mentions only the parties' user names", () => {
    const body = pullRequestBody({
      ...base,
      toFill: [],
      agreement: agreement({
        title: "**Avtal** @everyone <img src=x>",
        parties: { official: { name: "@team [x](y)", title: "T", github: "to-be-filled" }, superior: { name: "S", title: "T", github: "anders-exempel" } },
      }),
    });
    expect(body).toContain("**\\*\\*Avtal\\*\\* @⁠everyone \\<img src=x\\>**");
    expect(body).toContain("Parter: @⁠team \\[x\\]\\(y\\) (T) och S (T) @anders-exempel.");
    expect([...body.matchAll(/(?<![\w\u2060])@(?!\u2060)[\w-]+/g)].map((match) => match[0])).toEqual(["@anders-exempel", "@anders-exempel"]);
  });
});

describe("formatCyclePullRequests", () => {
  it("prints what it would do per agreement, and a count", () => {
    const first = buildCyclePullRequests(input())[0]!;
    const other: CycleAgreement = { path: "agreements/om/om.md", agreement: agreement({ id: "om", ministry: "OM" }), toFill: [], changed: false };
    const third: CycleAgreement = { path: "agreements/um/um.md", agreement: agreement({ id: "um", ministry: "UM", language: "fi" }), toFill: [], changed: true };
    const plans = buildCyclePullRequests(
      input({ agreements: [VM, other, third], existingOpen: [carriedOut(first, { number: 12, title: "old", labels: [] })] }),
    );
    expect(formatCyclePullRequests(plans, true)).toMatchInlineSnapshot(`
      "agreements/om/om.md (branch cycle/2021/om)
        skipped: main already has this version: no pull request is needed
      agreements/um/um.md (branch cycle/2021/um)
        would open a pull request into main: "Johtamissopimus 2021: um"
        labels: cycle-2021, UM; reviewers: @maria-exempel, @anders-exempel
      agreements/vm/vm-statssekreterare.md (branch cycle/2021/vm-statssekreterare)
        #12 is open: would update its title, add the labels cycle-2021, VM

      1 to open, 1 to update, 0 up to date, 1 not needed.
      "
    `);
  });
});
