import { describe, expect, it } from "vitest";
import { STICKY_MARKER } from "../../scripts/pull-request/comment/marker.js";
import { parseOutputFile } from "../../scripts/github/event.js";
import { GITHUB_LIMITS } from "../../scripts/github/types.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { simulateActionsRun, type FakeGitHub } from "../helpers/fake-github/index.js";
import { agreementText, BODY } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";
import { GOALS, OFFICIAL, openPull, startGitHubWithAgreement, SUPERIOR, VM } from "../helpers/pull-requests.js";

const TODAY = "2020-05-01";

/** Outside Actions the command runs with a person's token, whose login GitHub names (GET /user). */
async function setup(): Promise<FakeGitHub> {
  const fake = await startGitHubWithAgreement();
  fake.state.viewer = { login: "ministry-coordinator", type: "User" };
  return fake;
}

async function run(fake: FakeGitHub, argv: string[], env: Record<string, string> = fake.env) {
  const withLang = argv.includes("--lang") ? argv : [...argv, "--lang", "en"];
  const { status: code, stdout, stderr } = await runCli(["comment", ...(withLang.includes("--today") ? withLang : [...withLang, "--today", TODAY])], { cwd: REPOSITORY_ROOT, env });
  const result = { code, stdout, stderr };
  expect(result.stdout + result.stderr).not.toContain(fake.token);
  return result;
}

const writes = (fake: FakeGitHub) => fake.requests.filter((request) => request.method !== "GET").map((request) => request.operationId);

describe("agreements comment against the fake GitHub", () => {
  it("writes one comment with the approvals, the changes and the lint summary; a rerun changes nothing; a review edits it", async () => {
    const fake = await setup();
    const pull = openPull(fake, { [VM]: agreementText({ agreed: "2020-04-20", body: BODY.replace("Coachning under året.", "Coachning två gånger om året.") }) });

    const first = await run(fake, ["--pr", String(pull.number)]);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toMatch(/^Wrote the summary comment on pull request #1 \(comment \d+\)\.\n$/);
    const [comment, ...others] = fake.repository.commentsOn(pull.number);
    expect(others).toEqual([]);
    const body = comment!.body;
    expect(body.startsWith(`${STICKY_MARKER}\n## Approval by both parties\n`)).toBe(true);
    expect(body).toContain("⏳ 0 of 1 changed agreement have the consent of both parties.");
    expect(body).toContain(`## Changes in agreements from \`main\` (\`${fake.repository.resolveRef("main")!.slice(0, 7)}\`) to \`cycle/2021/vm\` (\`${pull.head.sha.slice(0, 7)}\`)`);
    expect(body).toContain("- agreed on: `2020-04-15` → `2020-04-20`");
    expect(body).toContain("+ Coachning två gånger om året.");
    expect(body).toContain("## Lint\n\n✅ No problems in the files this pull request changes (1 file checked).");

    const again = await run(fake, ["--pr", String(pull.number)]);
    expect(again.stdout).toBe(`The summary comment on pull request #1 is already up to date (comment ${comment!.id}).\n`);
    expect(writes(fake)).toEqual(["issues/create-comment"]);

    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    const edited = await run(fake, ["--pr", String(pull.number)]);
    expect(edited.stdout).toBe(`Updated the summary comment on pull request #1 (comment ${comment!.id}).\n`);
    expect(writes(fake)).toEqual(["issues/create-comment", "issues/update-comment"]);
    expect(fake.repository.commentsOn(pull.number)).toHaveLength(1);
    expect(fake.repository.commentsOn(pull.number)[0]?.body).toContain("✅ The changed agreement has the consent of both parties.");
  });

  it("in Actions: only the bot's comment is ours, the whole text goes to the job summary, outputs say what was done", async () => {
    const fake = await setup();
    fake.state.viewer = { login: "github-actions[bot]", type: "Bot" };
    const pull = openPull(fake, { [VM]: agreementText({ agreed: "2020-04-20" }) });
    // Someone pasted a copy of the comment: it is not ours to edit (and the token could not).
    const pasted = fake.repository.addComment(pull.number, { user: "kalle-kirjuri", body: `${STICKY_MARKER}\nA copy.` });
    const actions = simulateActionsRun(fake, { event: "pull_request", pull: pull.number });

    const result = await run(fake, [], actions.env);
    expect(result.code).toBe(0);
    const comments = fake.repository.commentsOn(pull.number);
    expect(comments.map((comment) => comment.user)).toEqual(["kalle-kirjuri", "github-actions[bot]"]);
    expect(comments[0]?.body).toBe(pasted.body);
    expect(actions.summary()).toBe(`${comments[1]!.body}`);
    expect(parseOutputFile(actions.outputText())).toEqual({ "comment-id": String(comments[1]!.id), action: "created" });

    // The next run (a review) finds the bot's comment again.
    const review = fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    const next = simulateActionsRun(fake, { event: "pull_request_review", pull: pull.number, review: review.id });
    expect((await run(fake, [], next.env)).code).toBe(0);
    expect(parseOutputFile(next.outputText())).toEqual({ "comment-id": String(comments[1]!.id), action: "updated" });
    expect(fake.repository.commentsOn(pull.number)).toHaveLength(2);
  });

  // Issue 9: outside Actions the marker alone used to find the comment, so a stranger's comment starting
  // with it was taken over. Now only the token's own account's comments count.
  it("outside Actions only comments of the token's own account count (GET /user); later copies are reported, not edited", async () => {
    const fake = await setup();
    fake.state.viewer = { login: "Coordinator", type: "User" };
    const pull = openPull(fake, { [VM]: agreementText({ agreed: "2020-04-20" }) });
    const stranger = fake.repository.addComment(pull.number, { user: "mallory", body: `${STICKY_MARKER}\nplanted by a stranger` });
    const oldest = fake.repository.addComment(pull.number, { user: "coordinator", body: `${STICKY_MARKER}\nold text` });
    const racer = fake.repository.addComment(pull.number, { user: "Coordinator", body: `${STICKY_MARKER}\nfrom a run at the same time` });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.stdout).toBe(`Updated the summary comment on pull request #1 (comment ${oldest.id}).\n`);
    expect(result.stderr).toBe(
      `Note: 1 more summary comment on pull request #1 (comment ${racer.id}) was left by a run at the same time; only the oldest is kept up to date, the other can be deleted.\n`,
    );
    expect(fake.repository.commentsOn(pull.number).map((comment) => comment.body.split("\n")[1])).toEqual(["planted by a stranger", "## Approval by both parties", "from a run at the same time"]);
    expect(stranger.body).toBe(`${STICKY_MARKER}\nplanted by a stranger`);
  });

  it("attack: a stranger's marker comment is never edited; with only that one there, a new comment is written", async () => {
    const fake = await setup();
    fake.state.viewer = { login: "coordinator", type: "User" };
    const pull = openPull(fake, { [VM]: agreementText({ agreed: "2020-04-20" }) });
    fake.repository.addComment(pull.number, { user: "mallory", body: `${STICKY_MARKER}\nplanted` });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.stdout).toMatch(/^Wrote the summary comment/);
    expect(fake.repository.commentsOn(pull.number).map((comment) => comment.user)).toEqual(["mallory", "coordinator"]);
    expect(writes(fake)).toEqual(["issues/create-comment"]);
  });

  it("a token GitHub will not name (an app's) outside Actions: exit 2 with a sentence, nothing written", async () => {
    const fake = await setup();
    fake.state.viewer = { login: "agreements-bot", type: "Bot" };
    const pull = openPull(fake, { [VM]: agreementText({ agreed: "2020-04-20" }) });
    fake.repository.addComment(pull.number, { user: "agreements-bot", body: `${STICKY_MARKER}\nold` });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("GitHub does not say which account this token belongs to");
    expect(writes(fake)).toEqual([]);
  });

  it("a broken agreement: blocked in the approvals, the syntax finding with its line in the lint table", async () => {
    const fake = await setup();
    const broken = agreementText().replace("cycle: 2020", "cycle: [2020");
    const line = broken.split("\n").findIndex((text) => text.startsWith("cycle: [2020")) + 1;
    const pull = openPull(fake, { [VM]: broken });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(0);
    const body = fake.repository.commentsOn(pull.number)[0]!.body;
    expect(body).toContain("⛔ is blocked: fix the file first");
    expect(body).toContain("❌ **1 error** and **0 warnings** in 1 file this pull request changes (1 file checked).");
    expect(body).toContain(`| ${VM}:${line}:8 | error | [front-matter-syntax]`);
  });

  // Issue 9: the pull request's own config and catalogues used to decide its lint. Now the base branch's do.
  it("lints the head's files with the base branch's catalogues and config, never the pull request's", async () => {
    const fake = await setup();
    const goals2021 = GOALS.replace(/^cycle: 2020$/m, "cycle: 2021").replaceAll("2020-04-30", "2021-04-30");
    fake.repository.setFiles("main", { "goals/2021.md": goals2021, "agreements.config.json": JSON.stringify({ rules: { "broken-link": "warn" } }) });
    const linked = agreementText({ agreed: "2020-04-20", body: `${BODY}\nSe [README](../../README.md) och [bilagan](bilaga.md).\n` });
    const pull = openPull(fake, {
      [VM]: linked,
      // The pull request tries to switch the checks off and to move the deadline: neither counts.
      "goals/2021.md": goals2021.replaceAll("2021-04-30", "2099-04-30"),
      "agreements.config.json": JSON.stringify({ rules: { "broken-link": "off", "not-updated": "off" }, ignore: ["agreements/**"] }),
    });
    const result = await run(fake, ["--pr", String(pull.number), "--today", "2021-05-02"]);
    expect(result.code).toBe(0);
    const lintPart = fake.repository.commentsOn(pull.number)[0]!.body.split("## Lint")[1]!;
    expect(lintPart).toContain("❌ **1 error** and **1 warning** in 1 file this pull request changes");
    expect(lintPart).toContain("| error | [not-updated]");
    expect(lintPart).toContain("| warning | [broken-link]");
    expect(lintPart).toContain("agreements/vm/bilaga.md does not exist");
    expect(lintPart).not.toContain("README.md does not exist");
  });

  it("only files that are not agreements: no agreement changed, nothing to lint", async () => {
    const fake = await setup();
    const pull = openPull(fake, { "README.md": "# Agreements, updated\n" });
    expect((await run(fake, ["--pr", String(pull.number)])).code).toBe(0);
    const body = fake.repository.commentsOn(pull.number)[0]!.body;
    expect(body).toContain("✅ No agreement changed, so no party's consent is needed.");
    expect(body).toContain("No agreement changed.");
    expect(body).toContain("✅ No problems in the files this pull request changes (0 files checked).");
  });

  it("stays under GitHub's limit, saying what was left out", async () => {
    const fake = await setup();
    // 400 valid Finnish personal identity codes: 400 findings, far more than one comment can hold.
    const codes = Array.from({ length: 400 }, () => "- Henkilötunnus 131052-308T").join("\n");
    const pull = openPull(fake, { [VM]: agreementText({ body: `${BODY}\n${codes}\n` }) });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/The comment was shortened to stay within GitHub's limit; left out: \d+ of 400 findings in the lint table\.\n$/);
    const body = fake.repository.commentsOn(pull.number)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(GITHUB_LIMITS.commentBody);
    expect(body).toContain("✂️ **This comment was shortened**");
    expect(body).toContain("## Approval by both parties");
  });

  it("403 when writing the comment: exit 2 naming the permission; 500 that lasts: exit 2 after retrying", async () => {
    const fake = await setup();
    const pull = openPull(fake, { [VM]: agreementText({ agreed: "2020-04-20" }) });
    fake.fail({ route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", status: 403, headers: { "x-accepted-github-permissions": "issues=write; pull_requests=write" } });
    const refused = await run(fake, ["--pr", String(pull.number)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Could not comment on #${pull.number} in valtioneuvosto/agreements: the token lacks the permission "issues: write or pull-requests: write"`);
    expect(fake.repository.commentsOn(pull.number)).toEqual([]);

    fake.fail({ route: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", status: 500, times: 4 });
    const broken = await run(fake, ["--pr", String(pull.number)]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("GitHub had a server error (500) and still failed after retrying");

    fake.fail({ route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", status: 403, rateLimit: "secondary" });
    const slowedDown = await run(fake, ["--pr", String(pull.number)]);
    expect(slowedDown.code).toBe(0);
    expect(fake.repository.commentsOn(pull.number)).toHaveLength(1);
  });
});
