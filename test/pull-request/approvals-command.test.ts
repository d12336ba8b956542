import { runBin } from "../helpers/bin.js";
import { describe, expect, it } from "vitest";
import { parseOutputFile } from "../../scripts/github/event.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { OFFICIAL, openPull, startGitHubWithAgreement, SUPERIOR, VM, withParties } from "../helpers/pull-requests.js";
import { simulateActionsRun, type FakeGitHub, type FakePull } from "../helpers/fake-github/index.js";
import { agreementText } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";

const OM = "agreements/om/om-kanslichef.md";

/** Runs the command through main(), as the bin does: a usage error is its message on stderr and exit 2. */
async function run(fake: FakeGitHub, argv: string[], env: Record<string, string> = fake.env) {
  // The tests read the English words; the default language (Finnish) has tests of its own.
  const { status: code, stdout, stderr } = await runCli(["approvals", ...(argv.includes("--lang") ? argv : [...argv, "--lang", "en"])], { cwd: REPOSITORY_ROOT, env });
  const result = { code, stdout, stderr };
  // Whatever happens, the token is never shown.
  expect(result.stdout + result.stderr).not.toContain(fake.token);
  return result;
}

function statuses(fake: FakeGitHub, pull: FakePull) {
  return fake.repository.statusesOf(pull.head.sha).map((status) => ({ state: status.state, context: status.context, description: status.description }));
}

const changedVm = () => [{ path: VM, text: agreementText({ cycle: 2020, agreed: "2020-04-20" }) }];

describe("agreements approvals against the fake GitHub", () => {
  it("both parties approved the head: exit 0, a success status, outputs and a job summary in Actions", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm());
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    const last = fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    const actions = simulateActionsRun(fake, { event: "pull_request_review", pull: pull.number, review: last.id });

    const result = await run(fake, [], actions.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Pull request #${pull.number} (latest commit ${pull.head.sha.slice(0, 7)}): The changed agreement has the consent of both parties.`);
    expect(result.stdout).toContain("✔ vm-statssekreterare (agreements/vm/vm-statssekreterare.md, changed)");
    expect(result.stderr).toBe(`Set the commit status "agreements/approvals" to success on ${pull.head.sha.slice(0, 7)}.\n`);
    expect(statuses(fake, pull)).toEqual([{ state: "success", context: "agreements/approvals", description: "The changed agreement has the consent of both parties." }]);
    // The status links to the run, whose summary shows the table.
    expect(fake.repository.statusesOf(pull.head.sha)[0]?.targetUrl).toBe(`${fake.serverUrl}/${fake.repositoryName}/actions/runs/4242`);
    expect(parseOutputFile(actions.outputText())).toEqual({ satisfied: "true" });
    expect(actions.summary()).toContain("## Approval by both parties");
    expect(actions.summary()).toContain("| **vm-statssekreterare**<br>agreements/vm/vm-statssekreterare.md (changed) | `@maria-exempel`<br>✅ approved");
  });

  it("without --lang, the text, the status and the job summary are in the config's language, else Finnish; --lang sv overrides", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm());
    const approval = fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    const actions = simulateActionsRun(fake, { event: "pull_request_review", pull: pull.number, review: approval.id });
    const finnish = await run(fake, ["--lang", "fi"], actions.env);
    // The shipped config names no language: Finnish, exactly as with --lang fi.
    const defaulted = await runCli(["approvals", "--pr", String(pull.number), "--no-status"], { cwd: REPOSITORY_ROOT, env: fake.env });
    expect(defaulted.status).toBe(1);
    expect(defaulted.stdout).toBe(finnish.stdout);
    expect(finnish.code).toBe(1);
    expect(finnish.stdout).toContain(`Muutosehdotus #${pull.number} (viimeisin muutos ${pull.head.sha.slice(0, 7)}): 0/1 muutetusta sopimuksesta on saanut kummankin osapuolen suostumuksen.`);
    expect(finnish.stdout).toContain("→ vm-statssekreterare: odottaa: @anders-exempel (esihenkilö).");
    expect(statuses(fake, pull).at(-1)).toEqual({ state: "pending", context: "agreements/approvals", description: "vm-statssekreterare: odottaa: @anders-exempel (esihenkilö)." });
    expect(actions.summary()).toContain("## Kummankin osapuolen hyväksyntä");
    const swedish = await run(fake, ["--pr", String(pull.number), "--lang", "sv"]);
    expect(swedish.stdout).toContain("→ vm-statssekreterare: väntar på @anders-exempel (överordnad).");
    // GitHub lists the newest status first.
    expect(statuses(fake, pull)[0]?.description).toBe("vm-statssekreterare: väntar på @anders-exempel (överordnad).");
  });

  it("an approval given before the last push is stale: exit 1, pending, satisfied=false", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm());
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    fake.repository.pushToPull(pull.number, { [VM]: agreementText({ agreed: "2020-04-21" }) });
    const actions = simulateActionsRun(fake, { event: "pull_request", action: "synchronize", pull: pull.number });

    const result = await run(fake, [], actions.env);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("@maria-exempel   approved an earlier commit and must approve again");
    const [status] = fake.repository.statusesOf(pull.head.sha);
    expect(status).toMatchObject({ state: "pending", context: "agreements/approvals" });
    // Cut to GitHub's 140 characters, ending in "…".
    expect(status?.description).toBe("vm-statssekreterare waits for @maria-exempel (official; approved an earlier commit) and @anders-exempel (superior; approved an earlier com….");
    expect(parseOutputFile(actions.outputText())).toEqual({ satisfied: "false" });
  });

  it("a party who has not approved keeps it waiting, and a stranger's approval does not count", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm());
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: "someone-else", state: "APPROVED" });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("→ vm-statssekreterare waits for @anders-exempel (superior).");
    expect(result.stdout).not.toContain("someone-else");
    expect(statuses(fake, pull)).toEqual([{ state: "pending", context: "agreements/approvals", description: "vm-statssekreterare waits for @anders-exempel (superior)." }]);
  });

  it("the author is a party: opening the pull request counts as consent", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm(), SUPERIOR);
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("superior  @anders-exempel  opened the pull request and made every commit in it, which counts as consent");
    expect(statuses(fake, pull)[0]?.state).toBe("success");
  });

  it("changes requested after an approval block: exit 1 and a failure status", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm());
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "CHANGES_REQUESTED" });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(1);
    expect(statuses(fake, pull)).toEqual([{ state: "failure", context: "agreements/approvals", description: "vm-statssekreterare: @anders-exempel (superior) asked for changes." }]);
  });

  it("parties rewritten by the pull request: the previous parties must approve too", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, [{ path: VM, text: withParties("ny-tjansteman", "ny-minister") }], "ny-tjansteman");
    fake.repository.addReview(pull.number, { user: "ny-minister", state: "APPROVED" });

    const blocked = await run(fake, ["--pr", String(pull.number)]);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain(
      "→ vm-statssekreterare waits for @maria-exempel (previous official) and @anders-exempel (previous superior); the parties named in the agreement were changed: the previous parties must also approve.",
    );
    expect(statuses(fake, pull)[0]).toMatchObject({ state: "pending", description: expect.stringMatching(/^vm-statssekreterare waits for @maria-exempel \(previous official\)/) });

    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    const json = await run(fake, ["--pr", String(pull.number), "--format", "json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { satisfied: boolean; agreements: { parties: { login: string; state: string }[]; summary: string }[] };
    expect(parsed.satisfied).toBe(true);
    expect(parsed.agreements[0]?.parties.map((party) => `${party.login}:${party.state}`)).toEqual([
      "ny-tjansteman:author",
      "ny-minister:approved",
      "maria-exempel:approved",
      "anders-exempel:approved",
    ]);
    expect(parsed.agreements[0]?.summary).toBe("vm-statssekreterare has the consent of both parties and of the previous parties");
    expect(statuses(fake, pull)[0]?.state).toBe("success");
  });

  it("reads all 300 reviews: the deciding one is on the last page", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm());
    for (let index = 0; index < 298; index++) {
      fake.repository.addReview(pull.number, { user: [OFFICIAL, "someone-else", SUPERIOR][index % 3]!, state: index % 3 === 2 ? "CHANGES_REQUESTED" : "COMMENTED" });
    }
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    expect(fake.repository.pull(pull.number).reviews).toHaveLength(300);

    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(0);
    const pages = fake.requests.filter((request) => request.operationId === "pulls/list-reviews").map((request) => new URL(request.path, "http://x").searchParams.get("page") ?? "1");
    expect(pages).toEqual(["1", "2", "3"]);
  });

  it("a broken agreement blocks with the problem's line: exit 1, failure", async () => {
    const fake = await startGitHubWithAgreement();
    const broken = agreementText().replace("cycle: 2020", "cycle: [2020");
    const pull = openPull(fake, [{ path: VM, text: broken }]);
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    const line = broken.split("\n").findIndex((text) => text.startsWith("cycle: [2020")) + 1;
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`→ vm-statssekreterare is blocked: fix the file first (line ${line}: `);
    expect(statuses(fake, pull)[0]?.state).toBe("failure");
  });

  it("a new agreement, a removed one and a renamed one: each asks its own parties", async () => {
    const fake = await startGitHubWithAgreement();
    fake.repository.setFiles("main", { [OM]: withParties("olli-virkamies", "outi-ministeri", agreementText({ id: "om-kanslichef", ministry: "OM" })) });
    const renamed = "agreements/vm/statssekreterare.md";
    const pull = openPull(fake, [
      { path: "agreements/um/um-valtiosihteeri.md", text: withParties("ulla-virkamies", "urho-ministeri", agreementText({ id: "um-valtiosihteeri", ministry: "UM" })) },
      { path: OM, status: "removed" },
      { path: renamed, status: "renamed", previousPath: VM, text: agreementText() },
    ]);
    for (const user of ["ulla-virkamies", "urho-ministeri", "olli-virkamies", "outi-ministeri", OFFICIAL]) fake.repository.addReview(pull.number, { user, state: "APPROVED" });
    const result = await run(fake, ["--pr", String(pull.number), "--no-status"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("2 of 3 changed agreements have the consent of both parties."); // the renamed one waits for its superior
    expect(result.stdout).toContain("✔ om-kanslichef (agreements/om/om-kanslichef.md, removed)");
    expect(result.stdout).toContain("✔ um-valtiosihteeri (agreements/um/um-valtiosihteeri.md, added)");
    expect(result.stdout).toContain(`→ vm-statssekreterare waits for @anders-exempel (superior).`);
    // --no-status: nothing written to GitHub.
    expect(fake.repository.statuses).toEqual([]);
    expect(result.stderr).toBe("");
  });

  it("only files that are not agreements: nobody's consent is needed, exit 0", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, [{ path: "README.md", text: "# Agreements, updated\n" }]);
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Pull request #${pull.number} (latest commit ${pull.head.sha.slice(0, 7)}): No agreement changed, so no party's consent is needed.\n\n1 other changed file is not an agreement: no party's consent is needed for it.\n`,
    );
    expect(statuses(fake, pull)).toEqual([{ state: "success", context: "agreements/approvals", description: "No agreement changed, so no party's consent is needed." }]);
  });
});

describe("agreements approvals when GitHub refuses", () => {
  async function waitingPull() {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm());
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    fake.repository.addReview(pull.number, { user: SUPERIOR, state: "APPROVED" });
    return { fake, pull };
  }

  it("403 on the status: exit 2 naming the permission to add, after showing the result", async () => {
    const { fake, pull } = await waitingPull();
    fake.fail({ route: "POST /repos/{owner}/{repo}/statuses/{sha}", status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" } });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("The changed agreement has the consent of both parties.");
    expect(result.stderr).toMatch(/^agreements approvals: Could not set the commit status "agreements\/approvals" on [0-9a-f]{7} in valtioneuvosto\/agreements: the token lacks the permission "statuses: write"/);
    expect(result.stderr).toContain('add it under "permissions:" in the workflow');
  });

  it("404: a pull request that does not exist is named", async () => {
    const fake = await startGitHubWithAgreement();
    const result = await run(fake, ["--pr", "999"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^agreements approvals: Could not read pull request #999: GitHub found no pull request #999 in valtioneuvosto\/agreements/);
  });

  it("422 on the status: GitHub's reason in one sentence", async () => {
    const { fake, pull } = await waitingPull();
    fake.fail({
      route: "POST /repos/{owner}/{repo}/statuses/{sha}",
      status: 422,
      body: { message: "Validation Failed", errors: [{ resource: "Status", code: "custom", message: "This SHA and context has reached the maximum number of statuses." }], documentation_url: "https://docs.github.com/rest" },
    });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("GitHub refused it: This SHA and context has reached the maximum number of statuses.");
  });

  it("500 that lasts: retried, then exit 2", async () => {
    const { fake, pull } = await waitingPull();
    fake.fail({ route: "GET /repos/{owner}/{repo}/pulls/{pull_number}", status: 500, times: 4 });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/GitHub had a server error \(500\) and still failed after retrying; try again later/);
    expect(fake.requests.filter((request) => request.operationId === "pulls/get" && request.injected)).toHaveLength(4);
    expect(fake.repository.statuses).toEqual([]);
  });

  it("a 502 once and a secondary rate limit once: retried, then it succeeds", async () => {
    const { fake, pull } = await waitingPull();
    fake.fail({ route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", status: 403, rateLimit: "secondary" });
    fake.fail({ route: "GET /repos/{owner}/{repo}/contents/{path}", status: 502 });
    const result = await run(fake, ["--pr", String(pull.number)]);
    expect(result.code).toBe(0);
    expect(fake.requests.filter((request) => request.injected).map((request) => request.status)).toEqual([403, 502]);
    expect(statuses(fake, pull)[0]?.state).toBe("success");
  });

  it("401, no token, no pull request: exit 2 with what to do, never the token", async () => {
    const { fake, pull } = await waitingPull();
    const badToken = await run(fake, ["--pr", String(pull.number)], { ...fake.env, GITHUB_TOKEN: "ghp_notTheRightToken123" });
    expect(badToken.code).toBe(2);
    expect(badToken.stderr).toContain("GitHub does not accept the token in GITHUB_TOKEN");
    expect(badToken.stderr).not.toContain("ghp_notTheRightToken123");

    const { GITHUB_TOKEN: _token, ...withoutToken } = fake.env;
    const otherVariable = await run(fake, ["--pr", String(pull.number), "--token-env", "AGREEMENTS_TOKEN"], { ...withoutToken, AGREEMENTS_TOKEN: fake.token });
    expect(otherVariable.code).toBe(0);
    const noToken = await run(fake, ["--pr", String(pull.number)], withoutToken);
    expect(noToken.stderr).toContain("No GitHub token: the environment variable GITHUB_TOKEN is not set or empty.");

    const noPull = await run(fake, []);
    expect(noPull.code).toBe(2);
    expect(noPull.stderr).toContain("Which pull request? Name it with --pr N");
    const badFormat = await run(fake, ["--pr", "1", "--format", "sarif"]);
    expect(badFormat).toMatchObject({ code: 2, stderr: 'agreements approvals: --format must be one of text, json (got "sarif").\nRun "agreements approvals --help" for the options.\n' });
  });
});



describe("approvals and comment through the real bin", () => {
  it("check a pull request, then comment on it, as processes; errors exit 2 without the token", async () => {
    const fake = await startGitHubWithAgreement();
    const pull = openPull(fake, changedVm());
    fake.repository.addReview(pull.number, { user: OFFICIAL, state: "APPROVED" });
    const env = { ...fake.env, PATH: process.env.PATH ?? "" };

    const waiting = await runBin(["approvals", "--pr", String(pull.number), "--lang", "en"], { cwd: REPOSITORY_ROOT, env });
    expect(waiting).toMatchObject({ status: 1, stderr: `Set the commit status "agreements/approvals" to pending on ${pull.head.sha.slice(0, 7)}.\n` });
    expect(waiting.stdout).toContain("→ vm-statssekreterare waits for @anders-exempel (superior).");

    // Outside Actions, comment needs a token GitHub names (a person's): it edits only that account's comment.
    fake.state.viewer = { login: "ministry-coordinator", type: "User" };
    const commented = await runBin(["comment", "--pr", String(pull.number), "--today", "2020-05-01", "--lang", "en"], { cwd: REPOSITORY_ROOT, env });
    expect(commented).toMatchObject({ status: 0, stderr: "" });
    expect(fake.repository.commentsOn(pull.number)).toHaveLength(1);

    fake.fail({ route: "POST /repos/{owner}/{repo}/statuses/{sha}", status: 403 });
    const refused = await runBin(["approvals", "--pr", String(pull.number), "--lang", "en"], { cwd: REPOSITORY_ROOT, env });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^agreements approvals: Could not set the commit status .*"statuses: write"/m);
    expect(refused.stderr).not.toMatch(/--help/);
    for (const output of [waiting, commented, refused]) expect(output.stdout + output.stderr).not.toContain(fake.token);
  });
});
