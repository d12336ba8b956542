import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, onTestFinished, test } from "vitest";
import { UserError } from "../../scripts/errors.js";
import { createGitHub, type GitHub } from "../../scripts/github/client.js";
import { GitHubError, redact } from "../../scripts/github/errors.js";
import { appendStepSummary, parseOutputFile, pullRequestNumberOfEvent, readActionsContext, resolvePullRequestNumber, writeOutputs } from "../../scripts/github/event.js";
import { permissionForRoute, permissionFromHeader } from "../../scripts/github/permissions.js";
import { parseRepository, readApiUrl, readRepository, readToken } from "../../scripts/github/settings.js";
import { simulateActionsRun, startFakeGitHub, type FakeGitHub } from "../helpers/fake-github/index.js";

async function setup(): Promise<{ fake: FakeGitHub; github: GitHub }> {
  const fake = await startFakeGitHub();
  return { fake, github: createGitHub({ env: fake.env }) };
}

/** The failure a call ends with, checked to be a GitHubError that never shows the token. */
async function failure(fake: FakeGitHub, promise: Promise<unknown>): Promise<GitHubError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GitHubError);
  const gitHubError = error as GitHubError;
  // Neither the message, nor the stack, nor anything reachable from the error holds the token.
  const everything = [gitHubError.message, gitHubError.stack, String(gitHubError.cause), JSON.stringify(gitHubError.cause), (gitHubError.cause as Error | undefined)?.stack].join("\n");
  expect(everything).not.toContain(fake.token);
  // main() prints a UserError's message as it is and exits 2.
  expect(gitHubError).toBeInstanceOf(UserError);
  return gitHubError;
}

describe("createGitHub: every method against the fake GitHub", () => {
  test("pull requests: read, files, reviews, file text at the head", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({
      author: "matti",
      title: "VM 2021",
      body: "Fill in the goals.",
      headRef: "cycle/2021/vm",
      files: [
        { path: "agreements/vm/vm-statssekreterare.md", status: "modified", text: "---\nid: vm\n---\nÄä\n" },
        { path: "agreements/vm/new.md", status: "renamed", previousPath: "agreements/vm/old.md" },
      ],
    });
    const review = fake.repository.addReview(pull.number, { user: "liisa", state: "APPROVED" });

    expect(github.repositoryName).toBe("valtioneuvosto/agreements");
    expect(await github.getPullRequest(pull.number)).toEqual({
      number: pull.number,
      title: "VM 2021",
      body: "Fill in the goals.",
      state: "open",
      merged: false,
      draft: false,
      headSha: pull.head.sha,
      headRef: "cycle/2021/vm",
      baseRef: "main",
      author: "matti",
      fromFork: false,
      htmlUrl: `${fake.serverUrl}/valtioneuvosto/agreements/pull/${pull.number}`,
      // Only a single pull request's answer counts its files and commits (what the approval rule checks).
      changedFiles: 2,
      commitCount: 1,
    });
    expect(await github.listPullRequestFiles(pull.number)).toEqual([
      { path: "agreements/vm/vm-statssekreterare.md", status: "modified" },
      { path: "agreements/vm/new.md", status: "renamed", previousPath: "agreements/vm/old.md" },
    ]);
    expect(await github.listReviews(pull.number)).toEqual([{ id: review.id, user: "liisa", state: "APPROVED", commitId: pull.head.sha, submittedAt: review.submittedAt }]);
    expect(await github.getFileText("agreements/vm/vm-statssekreterare.md", pull.head.sha)).toBe("---\nid: vm\n---\nÄä\n");
    expect(await github.getFileText("agreements/vm/missing.md", pull.head.sha)).toBeUndefined();
  });

  test("a pull request from a fork says so", async () => {
    const { fake, github } = await setup();
    fake.state.addRepository("someone/agreements");
    const pull = fake.repository.addPullRequest({ author: "someone", fork: "someone/agreements" });
    expect((await github.getPullRequest(pull.number)).fromFork).toBe(true);
  });

  test("300 reviews come back complete, over 3 pages of 100", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    for (let index = 0; index < 300; index++) fake.repository.addReview(pull.number, { user: `reviewer-${index}`, state: index % 2 ? "COMMENTED" : "APPROVED" });
    const reviews = await github.listReviews(pull.number);
    expect(reviews).toHaveLength(300);
    expect(reviews.map((review) => review.user)).toEqual(Array.from({ length: 300 }, (_, index) => `reviewer-${index}`));
    const pages = fake.requests.filter((request) => request.operationId === "pulls/list-reviews");
    expect(pages.map((request) => new URLSearchParams(request.path.split("?")[1]).get("page") ?? "1")).toEqual(["1", "2", "3"]);
  });

  test("commit statuses, descriptions cut to GitHub's 140 characters", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    await github.createCommitStatus(pull.head.sha, { state: "pending", context: "agreements/approvals", description: "x".repeat(200), targetUrl: "https://example.org/run/1" });
    const [status] = fake.repository.statusesOf(pull.head.sha);
    expect(status).toMatchObject({ state: "pending", context: "agreements/approvals", targetUrl: "https://example.org/run/1", creator: "github-actions[bot]" });
    expect(status!.description).toHaveLength(140);
    expect(status!.description!.endsWith("…")).toBe(true);
  });

  test("issue comments: create, edit, list over pages", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    for (let index = 0; index < 120; index++) fake.repository.addComment(pull.number, { user: "someone", body: `comment ${index}` });
    const created = await github.createIssueComment(pull.number, "<!-- agreements -->\nfirst");
    expect(created).toMatchObject({ user: "github-actions[bot]", body: "<!-- agreements -->\nfirst" });
    const edited = await github.updateIssueComment(created.id, "<!-- agreements -->\nsecond");
    // The times tell an edited comment from an unedited one (an edited "/agree" does not count).
    expect(edited).toEqual({ id: created.id, user: "github-actions[bot]", body: "<!-- agreements -->\nsecond", createdAt: created.createdAt, updatedAt: expect.any(String) });
    expect(edited.updatedAt).not.toBe(edited.createdAt);
    const comments = await github.listIssueComments(pull.number);
    expect(comments).toHaveLength(121);
    expect(comments.at(-1)).toEqual(edited);
  });

  test("pull requests: find the open one of a branch, create, update, request reviewers, label", async () => {
    const { fake, github } = await setup();
    fake.repository.setBranch("cycle/2021/vm");
    expect(await github.findOpenPullRequest("cycle/2021/vm")).toBeUndefined();
    const created = await github.createPullRequest({ title: "VM 2021", body: "Checklist", head: "cycle/2021/vm", base: "main", draft: true });
    expect(created).toMatchObject({ title: "VM 2021", body: "Checklist", draft: true, headRef: "cycle/2021/vm", author: "github-actions[bot]" });
    // A list's pull requests do not count files and commits; everything else is the same.
    const { changedFiles: _files, commitCount: _commits, ...listed } = created;
    expect(await github.findOpenPullRequest("cycle/2021/vm")).toStrictEqual(listed);
    const updated = await github.updatePullRequest(created.number, { title: "VM 2021 (updated)", body: "New checklist" });
    expect(updated).toMatchObject({ number: created.number, title: "VM 2021 (updated)", body: "New checklist" });
    // The author (the bot here) and duplicates are left out: GitHub refuses to ask the author.
    expect(await github.requestReviewers(created.number, ["matti", "github-actions[bot]", "Matti", "liisa"])).toEqual(["matti", "liisa"]);
    expect(await github.requestReviewers(updated, ["github-actions[bot]"])).toEqual([]);
    expect(fake.repository.pull(created.number).requestedReviewers).toEqual(["matti", "liisa"]);
    await github.addLabels(created.number, ["cycle-2021", "vm"]);
    await github.addLabels(created.number, []);
    expect(fake.repository.pull(created.number).labels).toEqual(["cycle-2021", "vm"]);
  });

  test("releases: missing, create, update, upload to the upload_url", async () => {
    const { fake, github } = await setup();
    expect(await github.getReleaseByTag("submission-2020")).toBeUndefined();
    const release = await github.createRelease({ tag: "submission-2020", name: "Submission 2020", body: "Summary" });
    expect(release).toMatchObject({ tagName: "submission-2020", name: "Submission 2020", body: "Summary", draft: false, assets: [] });
    expect(release.uploadUrl).toBe(`${fake.serverUrl}/api/uploads/repos/valtioneuvosto/agreements/releases/${release.id}/assets{?name,label}`);
    expect(await github.updateRelease(release.id, { body: "Summary, corrected" })).toMatchObject({ id: release.id, body: "Summary, corrected" });
    const asset = await github.uploadReleaseAsset(release, { name: "manifest 2020.json", contentType: "application/json", data: '{"agreements":[]}' });
    expect(asset).toMatchObject({ name: "manifest 2020.json", size: 17, contentType: "application/json" });
    await github.uploadReleaseAsset(release, { name: "report.csv", contentType: "text/csv", data: new TextEncoder().encode("a;b\n"), label: "Report" });
    const stored = fake.repository.releases[0]!;
    expect(stored.assets.map((item) => [item.name, item.label, item.data.toString("utf8")])).toEqual([
      ["manifest 2020.json", null, '{"agreements":[]}'],
      ["report.csv", "Report", "a;b\n"],
    ]);
    expect((await github.getReleaseByTag("submission-2020"))!.assets.map((item) => item.name)).toEqual(["manifest 2020.json", "report.csv"]);
    const uploads = fake.requests.filter((request) => request.operationId === "repos/upload-release-asset");
    expect(uploads).toHaveLength(2);
  });

  test("issues: create, list by labels (without pull requests), update, close", async () => {
    const { fake, github } = await setup();
    fake.repository.addPullRequest({ author: "matti", labels: ["cycle-2021"] });
    fake.repository.addIssue({ title: "Other", labels: ["other"] });
    const issue = await github.createIssue({ title: "Agreements not yet updated for 2021", body: "- [ ] vm", labels: ["cycle-2021", "reminder"] });
    expect(issue).toEqual({ number: issue.number, title: "Agreements not yet updated for 2021", body: "- [ ] vm", state: "open", labels: ["cycle-2021", "reminder"] });
    expect(await github.listIssues({ labels: ["cycle-2021", "reminder"] })).toEqual([issue]);
    expect(await github.listIssues({ labels: ["cycle-2021"] })).toEqual([issue]);
    expect(await github.updateIssue(issue.number, { body: "- [x] vm" })).toMatchObject({ body: "- [x] vm", state: "open" });
    expect(await github.updateIssue(issue.number, { state: "closed" })).toMatchObject({ state: "closed" });
    expect(await github.listIssues({ labels: ["cycle-2021"] })).toEqual([]);
    expect(await github.listIssues({ labels: ["cycle-2021"], state: "all" })).toHaveLength(1);
  });

  test("branches: read, create, move", async () => {
    const { fake, github } = await setup();
    const main = fake.repository.resolveRef("main")!;
    expect(await github.getBranchSha("main")).toBe(main);
    expect(await github.getBranchSha("cycle/2021/vm")).toBeUndefined();
    await github.createBranch("cycle/2021/vm", main);
    expect(await github.getBranchSha("cycle/2021/vm")).toBe(main);
    const next = fake.repository.setFiles(fake.state.newSha(), { "a.md": "a" });
    await github.updateBranch("cycle/2021/vm", next, true);
    expect(fake.repository.refs.get("heads/cycle/2021/vm")).toBe(next);
  });
});

describe("errors: one clear sentence, exit 2, never the token", () => {
  test("401: the token is not valid or has expired, naming the variable", async () => {
    const fake = await startFakeGitHub();
    const github = createGitHub({ env: { ...fake.env, MY_TOKEN: "ghp_wrongwrongwrong" }, tokenEnv: "MY_TOKEN" });
    const error = await failure(fake, github.getPullRequest(1));
    expect(error.status).toBe(401);
    expect(error.message).toBe(
      "Could not read pull request #1: GitHub does not accept the token in MY_TOKEN, the token is not valid or has expired (GET /repos/{owner}/{repo}/pulls/{pull_number}).",
    );
    expect(error.message).not.toContain("ghp_wrongwrongwrong");
  });

  test("403: names the permission to add, by route family", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    fake.fail({ route: "POST /repos/{owner}/{repo}/statuses/{sha}", status: 403 });
    const error = await failure(fake, github.createCommitStatus(pull.head.sha, { state: "success", context: "agreements/approvals", description: "ok" }));
    expect(error.status).toBe(403);
    expect(error.permission).toBe("statuses: write");
    expect(error.message).toBe(
      `Could not set the commit status "agreements/approvals" on ${pull.head.sha.slice(0, 7)} in valtioneuvosto/agreements: the token lacks the permission "statuses: write" (GitHub said: Resource not accessible by integration); add it under "permissions:" in the workflow, or give the token that access (pull requests from forks only get read access) (POST /repos/{owner}/{repo}/statuses/{sha}).`,
    );

    fake.fail({ route: "POST /repos/{owner}/{repo}/pulls", status: 403 });
    fake.repository.setBranch("b");
    expect((await failure(fake, github.createPullRequest({ title: "t", body: "", head: "b", base: "main" }))).permission).toBe("pull-requests: write");
    fake.fail({ route: "POST /repos/{owner}/{repo}/releases", status: 403 });
    expect((await failure(fake, github.createRelease({ tag: "t", name: "t", body: "" }))).permission).toBe("contents: write");
    fake.fail({ route: "POST /repos/{owner}/{repo}/issues", status: 403 });
    expect((await failure(fake, github.createIssue({ title: "t", body: "" }))).permission).toBe("issues: write");
  });

  test("403: GitHub's x-accepted-github-permissions header wins", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    fake.fail({ route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", status: 403, headers: { "x-accepted-github-permissions": "issues=write; pull_requests=write" } });
    const error = await failure(fake, github.createIssueComment(pull.number, "hi"));
    expect(error.permission).toBe("issues: write or pull-requests: write");
  });

  test("404: the repository does not exist or the token cannot see it; or the object is missing", async () => {
    const fake = await startFakeGitHub();
    const elsewhere = createGitHub({ env: fake.env, repository: "valtioneuvosto/nothing-here" });
    const error = await failure(fake, elsewhere.createIssue({ title: "t", body: "" }));
    expect(error.status).toBe(404);
    expect(error.message).toBe("Could not open the issue \"t\": the repository valtioneuvosto/nothing-here does not exist or the token cannot see it (POST /repos/{owner}/{repo}/issues).");
    const github = createGitHub({ env: fake.env });
    expect((await failure(fake, github.getPullRequest(99))).message).toBe(
      "Could not read pull request #99: GitHub found no pull request #99 in valtioneuvosto/agreements, or the repository does not exist or the token cannot see it (GET /repos/{owner}/{repo}/pulls/{pull_number}).",
    );
  });

  test("422: GitHub's validation messages", async () => {
    const { fake, github } = await setup();
    fake.repository.setBranch("cycle/2021/vm");
    await github.createPullRequest({ title: "t", body: "", head: "cycle/2021/vm", base: "main" });
    const error = await failure(fake, github.createPullRequest({ title: "t", body: "", head: "cycle/2021/vm", base: "main" }));
    expect(error.status).toBe(422);
    expect(error.message).toBe(
      "Could not open a pull request from cycle/2021/vm into main in valtioneuvosto/agreements: GitHub refused it: A pull request already exists for valtioneuvosto:cycle/2021/vm. (POST /repos/{owner}/{repo}/pulls).",
    );
    const pull = fake.repository.addPullRequest({ author: "matti" });
    expect((await failure(fake, github.createIssueComment(pull.number, "x".repeat(70_000)))).message).toContain("GitHub refused it: body is too long (maximum is 65536 characters)");
    await github.createRelease({ tag: "submission-2020", name: "s", body: "" });
    expect((await failure(fake, github.createRelease({ tag: "submission-2020", name: "s", body: "" }))).message).toContain("GitHub refused it: Release with this tag_name already exists");
  });

  test("500: retried 3 times, then a clear failure", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    fake.fail({ route: "GET /repos/{owner}/{repo}/pulls/{pull_number}", status: 500, times: Infinity });
    const error = await failure(fake, github.getPullRequest(pull.number));
    expect(error.status).toBe(500);
    expect(error.message).toBe("Could not read pull request #1: GitHub had a server error (500) and still failed after retrying; try again later (GET /repos/{owner}/{repo}/pulls/{pull_number}).");
    expect(fake.requests.filter((request) => request.injected)).toHaveLength(4);
  });

  test("502 twice, then the call succeeds", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    fake.fail({ route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", status: 502, times: 2 });
    expect(await github.listReviews(pull.number)).toEqual([]);
    expect(fake.requests.map((request) => request.status)).toEqual([502, 502, 200]);
  });

  test("secondary rate limit: waits Retry-After, retries, succeeds", async () => {
    const { fake, github } = await setup();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    fake.fail({ route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", status: 403, rateLimit: "secondary", times: 2 });
    expect(await github.createIssueComment(pull.number, "hello")).toMatchObject({ body: "hello" });
    expect(fake.requests.map((request) => request.status)).toEqual([403, 403, 201]);
    expect(fake.repository.commentsOn(pull.number)).toHaveLength(1);
  });

  test("rate limits that do not end: a clear failure after a few retries", async () => {
    const { fake, github } = await setup();
    fake.fail({ status: 429, rateLimit: "secondary", times: Infinity });
    const secondary = await failure(fake, github.listIssues({}));
    expect(secondary.message).toBe(
      "Could not list the issues: GitHub asked to slow down (secondary rate limit) and still refused after several retries; wait a few minutes and run it again (GET /repos/{owner}/{repo}/issues).",
    );
    expect(fake.requests).toHaveLength(4);

    const again = await setup();
    again.fake.fail({ status: 403, rateLimit: "primary", times: Infinity });
    const primary = await failure(again.fake, again.github.listIssues({}));
    expect(primary.message).toMatch(/^Could not list the issues: the token has used up its GitHub API rate limit until \d\d:\d\d UTC; run it again after that \(GET \/repos\/\{owner\}\/\{repo\}\/issues\)\.$/);
  });

  test("GitHub cannot be reached: names the address", async () => {
    const fake = await startFakeGitHub();
    await fake.close();
    const github = createGitHub({ env: fake.env });
    const error = await failure(fake, github.getPullRequest(1));
    expect(error.status).toBe(500);
    expect(error.message).toContain(`GitHub at ${fake.baseUrl} could not be reached`);
  });

  test("Octokit's warnings reach the log masked, never raw", async () => {
    const lines: string[] = [];
    const env = { GITHUB_TOKEN: "ghp_secretsecretsecret", GITHUB_REPOSITORY: "o/r" };
    const github = createGitHub({ env, log: (line) => lines.push(line) });
    github.octokit.log.warn("request with ghp_secretsecretsecret failed");
    expect(lines).toEqual(["request with *** failed"]);
    expect(redact("a ghp_x1 b ghp_x1", ["ghp_x1"])).toBe("a *** b ***");
  });

});

describe("settings: token, API address, repository", () => {
  test("a missing token names the variable", () => {
    expect(() => createGitHub({ env: { GITHUB_REPOSITORY: "o/r" } })).toThrow(
      'No GitHub token: the environment variable GITHUB_TOKEN is not set or empty. In a workflow, add "env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}" to the step.',
    );
    expect(() => readToken({ GITHUB_TOKEN: "x" }, "AGREEMENTS_TOKEN")).toThrow(/AGREEMENTS_TOKEN is not set/);
    expect(() => readToken({}, "not a name")).toThrow(/--token-env must name an environment variable/);
    expect(readToken({ AGREEMENTS_TOKEN: " t0ken \n" }, "AGREEMENTS_TOKEN")).toBe("t0ken");
  });

  test("the API address: GITHUB_API_URL (Enterprise Server) or api.github.com", () => {
    expect(readApiUrl({})).toBe("https://api.github.com");
    expect(readApiUrl({ GITHUB_API_URL: "https://github.valtion.fi/api/v3/" })).toBe("https://github.valtion.fi/api/v3");
    expect(readApiUrl({ GITHUB_API_URL: "https://x" }, "http://127.0.0.1:1/api/v3")).toBe("http://127.0.0.1:1/api/v3");
    expect(() => readApiUrl({ GITHUB_API_URL: "github.valtion.fi" })).toThrow(/GITHUB_API_URL must be the address/);
    expect(() => readApiUrl({ GITHUB_API_URL: "ftp://x" })).toThrow(/must start with https/);
  });

  test("the repository: --repo, else GITHUB_REPOSITORY", () => {
    expect(readRepository({ GITHUB_REPOSITORY: "a/b" })).toEqual({ owner: "a", repo: "b" });
    expect(readRepository({ GITHUB_REPOSITORY: "a/b" }, "c/d.e")).toEqual({ owner: "c", repo: "d.e" });
    expect(() => readRepository({})).toThrow(/Name it with --repo owner\/name/);
    expect(() => parseRepository("just-a-name")).toThrow('--repo must be a GitHub repository written owner/name, for example valtioneuvosto/agreements (got "just-a-name").');
    expect(() => parseRepository("a/b/c")).toThrow(/owner\/name/);
    expect(() => readRepository({ GITHUB_REPOSITORY: "bad" })).toThrow(/^GITHUB_REPOSITORY must be/);
  });

  test("setup errors are GitHubErrors too, so commands exit 2", () => {
    let caught: unknown;
    try {
      createGitHub({ env: {} });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GitHubError);
    expect(caught).toBeInstanceOf(UserError);
  });

  test("permissions by route family", () => {
    expect(permissionForRoute("POST", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers")).toBe("pull-requests: write");
    expect(permissionForRoute("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews")).toBe("pull-requests: read");
    expect(permissionForRoute("POST", "/repos/{owner}/{repo}/statuses/{sha}")).toBe("statuses: write");
    expect(permissionForRoute("POST", "/repos/{owner}/{repo}/releases")).toBe("contents: write");
    expect(permissionForRoute("POST", "/repos/{owner}/{repo}/releases/{release_id}/assets")).toBe("contents: write");
    expect(permissionForRoute("POST", "/repos/{owner}/{repo}/git/refs")).toBe("contents: write");
    expect(permissionForRoute("GET", "/repos/{owner}/{repo}/contents/{path}")).toBe("contents: read");
    expect(permissionForRoute("POST", "/repos/{owner}/{repo}/issues")).toBe("issues: write");
    expect(permissionForRoute("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}")).toBe("issues: write (or pull-requests: write for a pull request)");
    expect(permissionForRoute("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels")).toBe("issues: write (or pull-requests: write for a pull request)");
    expect(permissionFromHeader("contents=read, metadata=read; pull_requests=write")).toBe("contents: read or pull-requests: write");
    expect(permissionFromHeader("")).toBeUndefined();
  });
});

describe("the Actions context", () => {
  test("the pull request of a pull_request event, from a real example payload", async () => {
    const fake = await startFakeGitHub();
    const pull = fake.repository.addPullRequest({ author: "matti", headRef: "cycle/2021/vm" });
    const run = simulateActionsRun(fake, { event: "pull_request", pull: pull.number });
    const context = readActionsContext(run.env);
    expect(context).toMatchObject({ inActions: true, eventName: "pull_request", repository: "valtioneuvosto/agreements", runId: "4242", runUrl: `${fake.serverUrl}/valtioneuvosto/agreements/actions/runs/4242` });
    expect(pullRequestNumberOfEvent(context)).toBe(pull.number);
    expect(resolvePullRequestNumber(undefined, context)).toBe(pull.number);
    expect(resolvePullRequestNumber("7", context)).toBe(7);
    const payload = context.payload as { pull_request: { head: { sha: string; ref: string }; user: { login: string } }; repository: { full_name: string } };
    expect(payload.pull_request.head).toMatchObject({ sha: pull.head.sha, ref: "cycle/2021/vm" });
    expect(payload.pull_request.user.login).toBe("matti");
    expect(payload.repository.full_name).toBe("valtioneuvosto/agreements");
  });

  test("pull_request_review and pull_request_target carry the pull request too; push and schedule do not", async () => {
    const fake = await startFakeGitHub();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    const review = fake.repository.addReview(pull.number, { user: "liisa", state: "APPROVED" });
    const reviewRun = simulateActionsRun(fake, { event: "pull_request_review", pull: pull.number, review: review.id });
    const reviewContext = readActionsContext(reviewRun.env);
    expect(pullRequestNumberOfEvent(reviewContext)).toBe(pull.number);
    expect((reviewContext.payload as { review: unknown }).review).toMatchObject({ id: review.id, state: "approved", commit_id: pull.head.sha, user: { login: "liisa" } });
    expect(pullRequestNumberOfEvent(readActionsContext(simulateActionsRun(fake, { event: "pull_request_target", pull: pull.number }).env))).toBe(pull.number);
    const push = readActionsContext(simulateActionsRun(fake, { event: "push", ref: "refs/tags/submission-2020" }).env);
    expect(pullRequestNumberOfEvent(push)).toBeUndefined();
    expect(() => resolvePullRequestNumber(undefined, push)).toThrow('This run was started by a "push" event, which is not about a pull request; name the pull request with --pr N.');
    expect(pullRequestNumberOfEvent(readActionsContext(simulateActionsRun(fake, { event: "schedule" }).env))).toBeUndefined();
    expect(pullRequestNumberOfEvent({ eventName: "issue_comment", payload: { issue: { number: 5, pull_request: {} } } })).toBe(5);
    expect(pullRequestNumberOfEvent({ eventName: "issue_comment", payload: { issue: { number: 5 } } })).toBeUndefined();
  });

  test("outside Actions: --pr is needed, and must be a number", () => {
    const context = readActionsContext({});
    expect(context).toMatchObject({ inActions: false, eventName: undefined, payload: undefined, serverUrl: "https://github.com", runUrl: undefined });
    expect(() => resolvePullRequestNumber(undefined, context)).toThrow("Which pull request? Name it with --pr N");
    expect(() => resolvePullRequestNumber("12a", context)).toThrow('--pr must be a pull request number, such as 12 (got "12a").');
  });

  test("a broken event file is a clear error", () => {
    const folder = mkdtempSync(join(tmpdir(), "agreements-event-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(join(folder, "event.json"), "{not json");
    expect(() => readActionsContext({ GITHUB_EVENT_PATH: join(folder, "event.json") })).toThrow(GitHubError);
    expect(() => readActionsContext({ GITHUB_EVENT_PATH: join(folder, "missing.json") })).toThrow(/Could not read the GitHub event file/);
  });

  test("GITHUB_OUTPUT: multi-line values survive, whatever they contain", async () => {
    const fake = await startFakeGitHub();
    const run = simulateActionsRun(fake, { event: "schedule" });
    const tricky = "line 1\nEOF\nname<<EOF\nkey=value\n";
    expect(writeOutputs(run.env, { waiting: "2", summary: tricky })).toBe(true);
    expect(writeOutputs(run.env, { waiting: "0" })).toBe(true);
    expect(parseOutputFile(run.outputText())).toEqual({ waiting: "0", summary: tricky });
    expect(run.outputText()).toMatch(/^waiting<<ghadelimiter_[0-9a-f]{24}\n2\n/);
    expect(writeOutputs({}, { a: "b" })).toBe(false);
    expect(() => writeOutputs(run.env, { "bad name": "x" })).toThrow(/Output names/);
    expect(appendStepSummary(run.env, "## Approvals")).toBe(true);
    expect(run.summary()).toBe("## Approvals\n");
    expect(readFileSync(run.summaryPath, "utf8")).toBe("## Approvals\n");
  });
});
