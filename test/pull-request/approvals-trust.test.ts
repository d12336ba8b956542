import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { parseOutputFile } from "../../scripts/github/event.js";
import { simulateActionsRun, type FakeGitHub, type FakePull } from "../helpers/fake-github/index.js";
import { agreementText } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";
import { READER } from "../helpers/reader.js";
import { GOALS, OFFICIAL, openPull, startGitHubWithAgreement, SUPERIOR, VM, withParties } from "../helpers/pull-requests.js";

/**
 * Issue 9, "consent that cannot be forged": each case is an attack on the approval status, run end to
 * end (the command against the spec-checked fake GitHub). Each was written first and seen to pass the
 * attacker's change (status success); now each holds.
 */

const MAINTAINER = "anna-yllapitaja";

/** The shared main branch, with a config naming the maintainers. */
async function setup(main: Record<string, string> = {}): Promise<FakeGitHub> {
  return startGitHubWithAgreement({ "agreements.config.json": JSON.stringify({ maintainers: [MAINTAINER, "Bertil-Underhall"] }), ...main });
}

async function check(fake: FakeGitHub, pull: FakePull, env: Record<string, string> = fake.env) {
  const { status: code, stdout, stderr } = await runCli(["approvals", "--pr", String(pull.number), "--lang", "en"], { cwd: REPOSITORY_ROOT, env });
  const status = fake.repository.statusesOf(pull.head.sha)[0];
  return { code, stdout, stderr, state: status?.state, description: status?.description ?? "" };
}

const changed = () => ({ [VM]: agreementText({ cycle: 2020, agreed: "2020-04-20" }) });

describe("the author's consent covers only the author's own commits (issue 9, item 2)", () => {
  it("holds: the author's own web-editor commits and the other party's approval are consent", async () => {
    const fake = await setup();
    const pull = openPull(fake, changed(), OFFICIAL);
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 0, state: "success" });
  });

  it("attack: the superior pushes new content after the author opened the pull request, then approves it", async () => {
    const fake = await setup();
    const pull = openPull(fake, changed(), OFFICIAL);
    const head = fake.repository.pushToPull(pull.number, { [VM]: agreementText({ cycle: 2020, agreed: "2020-04-21" }) }, { author: SUPERIOR });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    const result = await check(fake, pull);
    expect(result).toMatchObject({ code: 1, state: "pending" });
    expect(result.stdout).toContain("someone else pushed to it: must agree to the latest commit");
    expect(result.stdout).toContain(`The author consents to the latest commit by commenting exactly: /agree ${head}`);

    // The author agrees to exactly this commit: now it holds.
    fake.repository.addComment(pull.number, { user: OFFICIAL.toUpperCase(), body: `/agree ${head}\n` });
    expect(await check(fake, pull)).toMatchObject({ code: 0, state: "success" });
  });

  it.each([
    ["an /agree to an earlier commit", (old: string) => `/agree ${old}`, OFFICIAL],
    ["a short SHA (a crafted commit can match a prefix)", (_old: string, head: string) => `/agree ${head.slice(0, 12)}`, OFFICIAL],
    ["an /agree by someone other than the author", (_old: string, head: string) => `/agree ${head}`, SUPERIOR],
    ["/agree inside other text", (_old: string, head: string) => `I do not /agree ${head}`, OFFICIAL],
  ])("attack: %s is not the author's consent", async (_name, body, user) => {
    const fake = await setup();
    const pull = openPull(fake, changed(), OFFICIAL);
    const old = pull.head.sha;
    const head = fake.repository.pushToPull(pull.number, { [VM]: agreementText({ cycle: 2020, agreed: "2020-04-22" }) }, { author: "mallory" });
    fake.repository.addComment(pull.number, { user, body: body(old, head) });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 1, state: "pending" });
  });

  it("attack: someone with write access edits the author's old /agree to name the new commit", async () => {
    const fake = await setup();
    const pull = openPull(fake, changed(), OFFICIAL);
    const comment = fake.repository.addComment(pull.number, { user: OFFICIAL, body: `/agree ${pull.head.sha}` });
    const head = fake.repository.pushToPull(pull.number, { [VM]: agreementText({ cycle: 2020, agreed: "2020-04-23" }) }, { author: "mallory" });
    comment.body = `/agree ${head}`;
    comment.updatedAt = fake.state.now();
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 1, state: "pending" });
  });

  it("attack: a commit that claims the author but is unsigned (anyone can write any name and e-mail into a commit)", async () => {
    const fake = await setup();
    const pull = openPull(fake, changed(), OFFICIAL);
    fake.repository.pushToPull(pull.number, { [VM]: agreementText({ cycle: 2020, agreed: "2020-04-24" }) }, { author: OFFICIAL, committer: OFFICIAL, verified: false });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 1, state: "pending" });
  });

  it("attack: a signed commit the author committed for someone else's authorship", async () => {
    const fake = await setup();
    const pull = openPull(fake, changed(), OFFICIAL, { commit: { author: "mallory", committer: OFFICIAL, verified: true } });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 1, state: "pending" });
  });

  it("attack: more commits than GitHub lists (250) hide who made the rest", async () => {
    const fake = await setup();
    const pull = openPull(fake, changed(), OFFICIAL);
    for (let index = 0; index < 250; index++) fake.repository.pushToPull(pull.number);
    // The first (unlisted ones are the newest) were all the author's: still the listed are not all of them.
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 1, state: "pending" });
  });
});

describe("fail closed (issue 9, items 3, 4 and 5)", () => {
  it("attack: an agreement hidden beyond the 3000 files GitHub lists", async () => {
    const fake = await setup();
    const filler = Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`docs/a${String(index).padStart(4, "0")}.md`, "x\n"]));
    const pull = openPull(fake, { ...filler, "docs/zzzz.md": "x\n", [VM]: withParties("mallory", "mallorys-friend") }, "mallory");
    // GitHub lists files in its own order; the fake lists them as given, so the agreement comes last.
    const files = fake.repository.pull(pull.number).files;
    files.push(files.splice(files.findIndex((file) => file.path === VM), 1)[0]!);
    const result = await check(fake, pull);
    expect(result).toMatchObject({ code: 1, state: "failure" });
    expect(result.description).toMatch(/^GitHub lists only 3000 of the 3002 files this pull request changes/);
    expect(result.stdout).toContain("✖ GitHub lists only 3000 of the 3002 files");
  }, 60_000);

  it("attack: a base version that fails the schema no longer lets the pull request replace the parties", async () => {
    const broken = agreementText().replace(/^cycle: 2020$/m, "cycle: twenty");
    const fake = await setup({ [VM]: broken });
    const pull = openPull(fake, { [VM]: withParties("mallory", "mallorys-friend") }, "mallory");
    fake.repository.addReview(pull.number, { user: "mallorys-friend", state: "APPROVED" });
    const result = await check(fake, pull);
    expect(result).toMatchObject({ code: 1, state: "pending" });
    expect(result.stdout).toMatch(/previous official\s+@maria-exempel\s+has not approved yet/);
    expect(result.stdout).toMatch(/previous superior\s+@anders-exempel\s+has not approved yet/);
  });

  it("attack: a base version that cannot be read at all blocks the change with a sentence", async () => {
    const fake = await setup({ [VM]: agreementText().replace(/^cycle: 2020$/m, "cycle: [2020") });
    const pull = openPull(fake, { [VM]: withParties("mallory", "mallorys-friend") }, "mallory");
    fake.repository.addReview(pull.number, { user: "mallorys-friend", state: "APPROVED" });
    const result = await check(fake, pull);
    expect(result).toMatchObject({ code: 1, state: "failure" });
    expect(result.description).toContain("version on the base branch cannot be read");
  });

  it.each([["mallory", "mallory"], ["mallory", "MALLORY"], ["Mallory", "mAlLoRy"]])("attack: a new agreement naming its author as both parties (%s, %s)", async (official, superior) => {
    const fake = await setup();
    const pull = openPull(fake, { "agreements/vm/vm-ny.md": withParties(official, superior, agreementText({ id: "vm-ny" })) }, "mallory");
    const result = await check(fake, pull);
    expect(result).toMatchObject({ code: 1, state: "failure" });
    expect(result.description).toContain("is named as both the official and the superior");
  });
});

describe("rule files need a maintainer named in the base branch's config (issue 9, item 11)", () => {
  it.each([
    ["agreements.config.json", JSON.stringify({ rules: { "unknown-common-goal": "off" }, maintainers: ["mallory"] })],
    ["goals/2020.md", GOALS.replace("knowledge-based-management", "anything-goes")],
    [".github/workflows/pr.yml", "on: push\n"],
    ["scripts/pull-request/approvals/evaluate.ts", "export const evaluateApprovals = () => ({ satisfied: true });\n"],
    ["package.json", "{}\n"],
    ["package-lock.json", "{}\n"],
    ["bin/agreements.js", "process.exit(0);\n"],
    [".npmrc", "registry=https://attacker.invalid/\n"],
  ])("attack: a pull request changing %s, approved by the maintainer it names itself", async (path, text) => {
    const fake = await setup();
    const pull = openPull(fake, { [path]: text }, "mallory");
    fake.repository.addReview(pull.number, { user: "mallory-friend", state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: "mallory", state: "APPROVED" });
    const result = await check(fake, pull);
    expect(result).toMatchObject({ code: 1, state: "pending" });
    expect(result.stdout).toContain(`This pull request changes the files that set the rules (${path}): one of the maintainers (@${MAINTAINER} and @Bertil-Underhall) other than its author must approve the latest commit.`);

    // A maintainer named on the base branch approves, in another letter case: now it holds.
    fake.repository.addReview(pull.number, { user: "bertil-underhall", state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 0, state: "success" });
  });

  it("attack: a maintainer approving their own change does not count", async () => {
    const fake = await setup();
    const pull = openPull(fake, { "goals/2021.md": GOALS }, MAINTAINER);
    fake.repository.addReview(pull.number, { user: MAINTAINER, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 1, state: "pending" });
  });

  it("a base config that names no maintainers refuses any change to the rules, saying why", async () => {
    const fake = await setup({ "agreements.config.json": "{}" });
    const pull = openPull(fake, { "scripts/x.ts": "x\n" }, "mallory");
    const result = await check(fake, pull);
    expect(result).toMatchObject({ code: 1, state: "failure" });
    expect(result.description).toContain("names no maintainers");
  });

  it("an agreement and a rule file in one pull request need both the parties and a maintainer", async () => {
    const fake = await setup();
    const pull = openPull(fake, { ...changed(), "goals/2021.md": GOALS }, OFFICIAL);
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 1, state: "pending" });
    fake.repository.addReview(pull.number, { user: MAINTAINER, state: "APPROVED" });
    expect(await check(fake, pull)).toMatchObject({ code: 0, state: "success" });
  });
});

describe("rule file names from the pull request are shown safely", () => {
  it("attack: a file name with a line break and a workflow command, or a mention and HTML", async () => {
    const { evaluateApprovals } = await import("../../scripts/pull-request/approvals/evaluate.js");
    const { renderApprovalsText } = await import("../../scripts/pull-request/approvals/render-text.js");
    const { renderApprovalsMarkdown } = await import("../../scripts/pull-request/approvals/render-markdown.js");
    const result = evaluateApprovals({
      pullRequest: { number: 3, title: "", body: "", state: "open", merged: false, draft: false, headSha: "ab".repeat(20), headRef: "x", baseRef: "main", author: "mallory", fromFork: false, htmlUrl: "", commitCount: 1, changedFiles: 2 },
      files: [
        { path: "scripts/a\n::error::forged.ts", status: "added" },
        { path: "scripts/@everyone <img src=x>.ts", status: "added" },
      ],
      reviews: [],
      agreementsAtHead: new Map(),
      maintainers: [MAINTAINER],
    });
    const text = renderApprovalsText(result);
    expect(text.split("\n").filter((line) => line.trimStart().startsWith("::"))).toEqual([]);
    expect(text).toContain("scripts/a\\n::error::forged.ts");
    const markdown = renderApprovalsMarkdown(result);
    expect(markdown).not.toContain("<img");
    expect(markdown).not.toMatch(/@everyone/);
  });
});

describe("a party without a GitHub login (issue 9, fail closed)", () => {
  it("blocks with a sentence: nobody can consent for that party", async () => {
    const { evaluateApprovals } = await import("../../scripts/pull-request/approvals/evaluate.js");
    const { toCommitStatus } = await import("../../scripts/pull-request/approvals/commit-status.js");
    const head = "cd".repeat(20);
    const result = evaluateApprovals({
      pullRequest: { number: 4, title: "", body: "", state: "open", merged: false, draft: false, headSha: head, headRef: "x", baseRef: "main", author: SUPERIOR, fromFork: false, htmlUrl: "", commitCount: 1, changedFiles: 1 },
      files: [{ path: VM, status: "modified" }],
      reviews: [],
      commits: [{ sha: head, author: SUPERIOR, committer: "web-flow", verified: true }],
      agreementsAtHead: new Map([
        [VM, { readable: true as const, path: VM, id: "vm-statssekreterare", parties: { official: { name: "Maria", title: "T", github: " " }, superior: { name: "Anders", title: "M", github: SUPERIOR } } }],
      ]),
    });
    expect(result.agreements[0]).toMatchObject({ satisfied: false, blocked: { reason: "missing-login" } });
    expect(toCommitStatus(result)).toMatchObject({ state: "failure" });
    expect(toCommitStatus(result).description).toContain("has no GitHub user name");
  });
});

describe("the summary shows the author what to post", () => {
  it("the Markdown gives the exact /agree line for the latest commit, with no mention", async () => {
    const fake = await setup();
    const pull = openPull(fake, changed(), OFFICIAL);
    const head = fake.repository.pushToPull(pull.number, { [VM]: agreementText({ cycle: 2020, agreed: "2020-04-25" }) }, { author: SUPERIOR });
    const { loadPullRequest } = await import("../../scripts/pull-request/load.js");
    const { approvalInputOf } = await import("../../scripts/pull-request/approval-input.js");
    const { evaluateApprovals } = await import("../../scripts/pull-request/approvals/evaluate.js");
    const { renderApprovalsMarkdown } = await import("../../scripts/pull-request/approvals/render-markdown.js");
    const { createGitHub } = await import("../../scripts/github/client.js");
    const markdown = renderApprovalsMarkdown(evaluateApprovals(approvalInputOf(await loadPullRequest(createGitHub({ env: fake.env }), pull.number, READER), READER)));
    expect(markdown).toContain(`The author consents to the latest commit by commenting exactly: \`/agree ${head}\``);
    expect(markdown).toContain("⏳ someone else pushed: must comment /agree");
    expect(markdown.replace(/`[^`\n]*`/g, "")).not.toContain("@");
  });
});

describe("as pr.yml runs it: a pull_request_target event, the number passed with --pr", () => {
  it("sets the status and the outputs from the base branch's run, for a pull request from a fork too", async () => {
    const fake = await setup();
    const fork = fake.state.addRepository("mallory/agreements");
    const main = fake.repository.files.get(fake.repository.resolveRef("main")!)!;
    const pull = fake.repository.addPullRequest({ author: OFFICIAL, fork: fork.fullName, files: [{ path: VM, status: "modified" }] });
    fake.repository.files.set(pull.head.sha, new Map([...main, ...Object.entries(changed())]));
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    const run = simulateActionsRun(fake, { event: "pull_request_target", pull: pull.number });
    const result = await check(fake, pull, { ...run.env, PR_NUMBER: String(pull.number) });
    expect(result).toMatchObject({ code: 0, state: "success" });
    expect(parseOutputFile(run.outputText())).toEqual({ satisfied: "true" });
  });
});
