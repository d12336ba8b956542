import { Octokit } from "@octokit/rest";
import { describe, expect, test } from "vitest";
import { createGitHub } from "../../scripts/github/client.js";
import { GitHubError } from "../../scripts/github/errors.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github/index.js";
import { findOperation, operationById, validateRequestBody, validateResponse } from "../helpers/fake-github/openapi.js";
import { ROUTES } from "../helpers/fake-github/routes.js";
import { toJsonSchema } from "../helpers/fake-github/openapi-transform.js";

/** A plain Octokit (no retries) on the fake, for requests the client would never make. */
function rawOctokit(fake: FakeGitHub): Octokit {
  return new Octokit({ auth: fake.token, baseUrl: fake.baseUrl, log: { debug() {}, info() {}, warn() {}, error() {} } });
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  return promise.then(
    () => 200,
    (error: { status?: number }) => error.status ?? -1,
  );
}

describe("the fake GitHub checks requests against GitHub's OpenAPI description", () => {
  test("a body missing a required field is rejected and fails the test", async () => {
    const fake = await startFakeGitHub();
    const octokit = rawOctokit(fake);
    // POST /pulls needs head and base.
    const status = await statusOf(octokit.request("POST /repos/{owner}/{repo}/pulls", { owner: "valtioneuvosto", repo: "agreements", title: "t" } as never));
    expect(status).toBe(400);
    const [violation, ...others] = fake.takeViolations();
    expect(others).toEqual([]);
    expect(violation).toContain("POST /repos/valtioneuvosto/agreements/pulls (pulls/create): the request does not match GitHub's description");
    expect(violation).toContain("body must have required property 'head'");
  });

  test("a field of the wrong type, or one GitHub does not define, is rejected", async () => {
    const fake = await startFakeGitHub();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    const octokit = rawOctokit(fake);
    await statusOf(octokit.request("POST /repos/{owner}/{repo}/statuses/{sha}", { owner: "valtioneuvosto", repo: "agreements", sha: pull.head.sha, state: "approved" } as never));
    await statusOf(octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", { owner: "valtioneuvosto", repo: "agreements", pull_number: "first" as never }));
    await statusOf(octokit.request("GET /repos/{owner}/{repo}/pulls", { owner: "valtioneuvosto", repo: "agreements", branch: "x" } as never));
    const violations = fake.takeViolations();
    expect(violations).toHaveLength(3);
    expect(violations[0]).toContain("body/state must be equal to one of the allowed values");
    expect(violations[1]).toContain("path parameter pull_number must be integer");
    expect(violations[2]).toContain('the query parameter "branch" is not defined for pulls/list');
    // Nothing was created by the rejected request.
    expect(fake.repository.statuses).toEqual([]);
  });

  test("an unknown route, or a known path with a method GitHub lacks, is rejected", async () => {
    const fake = await startFakeGitHub();
    const octokit = rawOctokit(fake);
    expect(await statusOf(octokit.request("GET /repos/{owner}/{repo}/agreements", { owner: "valtioneuvosto", repo: "agreements" }))).toBe(400);
    expect(await statusOf(octokit.request("PUT /repos/{owner}/{repo}/releases", { owner: "valtioneuvosto", repo: "agreements" }))).toBe(400);
    expect(fake.takeViolations()).toEqual([
      "GET /repos/valtioneuvosto/agreements/agreements: GitHub has no such route",
      "PUT /repos/valtioneuvosto/agreements/releases: GitHub has no such method for this path",
    ]);
  });

  test("an upload sent to the API host instead of the release's upload_url is rejected", async () => {
    const fake = await startFakeGitHub();
    const release = fake.repository.addRelease({ tagName: "submission-2020" });
    const octokit = rawOctokit(fake);
    const status = await statusOf(
      octokit.request("POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}", {
        owner: "valtioneuvosto",
        repo: "agreements",
        release_id: release.id,
        name: "a.json",
        data: "{}",
        headers: { "content-type": "application/json" },
      }),
    );
    expect(status).toBe(400);
    expect(fake.takeViolations()).toEqual([`POST /repos/valtioneuvosto/agreements/releases/${release.id}/assets: uploads go to the release's upload_url (repos/upload-release-asset)`]);
  });

  test("a request without the token is refused like GitHub does (401), and is no violation", async () => {
    const fake = await startFakeGitHub();
    const anonymous = new Octokit({ baseUrl: fake.baseUrl, log: { debug() {}, info() {}, warn() {}, error() {} } });
    expect(await statusOf(anonymous.request("GET /repos/{owner}/{repo}", { owner: "valtioneuvosto", repo: "agreements" }))).toBe(401);
    expect(fake.violations).toEqual([]);
  });
});

describe("the fake GitHub checks its own responses", () => {
  test("a response that does not match the description fails the test at close()", async () => {
    const fake = await startFakeGitHub({ autoClose: false });
    const pull = fake.repository.addPullRequest({ author: "matti" });
    // A state GitHub never returns: the pull request schema allows only open and closed.
    fake.repository.pull(pull.number).state = "merged" as never;
    const github = createGitHub({ env: fake.env });
    await expect(github.getPullRequest(pull.number)).rejects.toThrow(/answered 400/);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toContain("the fake's own 200 response does not match GitHub's description: response/state must be equal to one of the allowed values");
    await expect(fake.close()).rejects.toThrow(/1 request\(s\) or response\(s\) did not match GitHub's API/);
    // Reported once: closing again has nothing new to report.
    await expect(fake.close()).resolves.toBeUndefined();
  });

  test("the validators themselves: a wrong response body and a wrong request body", () => {
    const pulls = findOperation("GET", "/repos/o/r/pulls/1")!;
    expect(pulls.params).toEqual({ owner: "o", repo: "r", pull_number: "1" });
    expect(validateResponse(pulls.operation, 200, { number: 1 }).valid).toBe(false);
    expect(validateResponse(pulls.operation, 299, undefined).errors).toEqual(["status 299 is not a documented response of pulls/get"]);
    // An error status the description omits must still look like GitHub's error body.
    const reviews = findOperation("GET", "/repos/o/r/pulls/1/reviews")!.operation;
    expect(validateResponse(reviews, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" }).valid).toBe(true);
    expect(validateResponse(reviews, 404, { message: 404 }).errors).toEqual(["response/message must be string"]);
    const create = findOperation("POST", "/repos/o/r/issues")!.operation;
    expect(validateRequestBody(create, { title: "t", labels: ["a"] }).valid).toBe(true);
    expect(validateRequestBody(create, { body: "no title" }).errors).toEqual(["body must have required property 'title'"]);
    expect(validateRequestBody(create, undefined).errors).toEqual(["the request body is required"]);
  });

  test("routes are matched literal-first and multi-segment paths decode", () => {
    expect(findOperation("GET", "/repos/o/r/releases/latest")!.operation.operationId).toBe("repos/get-latest-release");
    expect(findOperation("GET", "/repos/o/r/releases/12")!.operation.operationId).toBe("repos/get-release");
    expect(findOperation("GET", "/repos/o/r/contents/agreements%2Fvm%2Fa%20b.md")!.params.path).toBe("agreements/vm/a b.md");
    expect(findOperation("GET", "/repos/o/r/contents/agreements/vm/a.md")!.params.path).toBe("agreements/vm/a.md");
    expect(findOperation("GET", "/no/such/thing")).toBeUndefined();
  });
});

describe("the OpenAPI 3.0 -> JSON Schema rewrite", () => {
  test("nullable next to allOf becomes anyOf with null; with a type, a null type", () => {
    expect(toJsonSchema({ nullable: true, allOf: [{ $ref: "#/components/schemas/simple-user" }] })).toEqual({
      anyOf: [{ allOf: [{ $ref: "#/components/schemas/simple-user" }] }, { type: "null" }],
    });
    expect(toJsonSchema({ type: "string", nullable: true, enum: ["a", "b"] })).toEqual({ type: ["string", "null"], enum: ["a", "b", null] });
    expect(toJsonSchema({ type: "integer", nullable: false })).toEqual({ type: "integer" });
  });

  test("annotations and unchecked formats go; property names stay", () => {
    expect(
      toJsonSchema({
        type: "object",
        description: "d",
        "x-github": { a: 1 },
        example: { id: 1 },
        properties: {
          example: { type: "string", example: "e" },
          "x-total": { type: "integer", format: "int64" },
          when: { type: "string", format: "date-time" },
        },
      }),
    ).toEqual({
      type: "object",
      properties: { example: { type: "string" }, "x-total": { type: "integer" }, when: { type: "string", format: "date-time" } },
    });
  });
});

describe("pagination like GitHub's", () => {
  test("per_page (default 30, at most 100), page, and Link headers with next and last", async () => {
    const fake = await startFakeGitHub();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    for (let index = 0; index < 300; index++) fake.repository.addReview(pull.number, { user: `r${index}`, state: "COMMENTED" });
    const octokit = rawOctokit(fake);
    const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews" as const;
    const parameters = { owner: "valtioneuvosto", repo: "agreements", pull_number: pull.number };

    const first = await octokit.request(route, parameters);
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toBe(
      `<${fake.baseUrl}/repos/valtioneuvosto/agreements/pulls/${pull.number}/reviews?per_page=30&page=2>; rel="next", <${fake.baseUrl}/repos/valtioneuvosto/agreements/pulls/${pull.number}/reviews?per_page=30&page=10>; rel="last"`,
    );
    const last = await octokit.request(route, { ...parameters, per_page: 100, page: 3 });
    expect(last.data.map((review) => review.user?.login)).toEqual(Array.from({ length: 100 }, (_, index) => `r${200 + index}`));
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).not.toContain('rel="next"');

    const all = await octokit.paginate(route, { ...parameters, per_page: 100 });
    expect(all).toHaveLength(300);
    expect(new Set(all.map((review) => review.id)).size).toBe(300);
  });
});

describe("failure injection", () => {
  test("fail() answers matching requests the given number of times, then the route works again", async () => {
    const fake = await startFakeGitHub();
    const pull = fake.repository.addPullRequest({ author: "matti" });
    const octokit = rawOctokit(fake);
    const parameters = { owner: "valtioneuvosto", repo: "agreements", pull_number: pull.number };
    fake.fail({ route: "GET /repos/{owner}/{repo}/pulls/{pull_number}", status: 404, times: 2 });
    expect(await statusOf(octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", parameters))).toBe(200);
    expect(await statusOf(octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", parameters))).toBe(404);
    expect(await statusOf(octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", parameters))).toBe(404);
    expect(await statusOf(octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", parameters))).toBe(200);
    expect(fake.requests.map((request) => [request.operationId, request.status, request.injected])).toEqual([
      ["pulls/list-files", 200, false],
      ["pulls/get", 404, true],
      ["pulls/get", 404, true],
      ["pulls/get", 200, false],
    ]);
  });

  test("rate-limit failures carry GitHub's headers", async () => {
    const fake = await startFakeGitHub();
    const octokit = rawOctokit(fake);
    fake.fail({ status: 403, rateLimit: "primary" });
    fake.fail({ status: 429, rateLimit: "secondary" });
    const parameters = { owner: "valtioneuvosto", repo: "agreements" };
    const primary = await octokit.request("GET /repos/{owner}/{repo}", parameters).catch((error: { response: { headers: Record<string, string>; data: { message: string } } }) => error.response);
    expect(primary).toMatchObject({ headers: { "x-ratelimit-remaining": "0" }, data: { message: "API rate limit exceeded for installation ID 1." } });
    const secondary = await octokit.request("GET /repos/{owner}/{repo}", parameters).catch((error: { response: { headers: Record<string, string>; status: number } }) => error.response);
    expect(secondary).toMatchObject({ status: 429, headers: { "retry-after": "1" } });
    expect((await octokit.request("GET /repos/{owner}/{repo}", parameters)).data.full_name).toBe("valtioneuvosto/agreements");
  });
});

describe("the fake's coverage", () => {
  test("every implemented route is a real GitHub operation", () => {
    const unknown = Object.keys(ROUTES).filter((operationId) => !operationById(operationId));
    expect(unknown).toEqual([]);
  });

  test("fail() refuses a route GitHub does not have, so a typo cannot silently never fire", async () => {
    const fake = await startFakeGitHub();
    expect(() => fake.fail({ route: "POST /repos/{owner}/{repo}/status/{sha}", status: 403 })).toThrow(/is no GitHub route/);
    expect(() => fake.fail({ route: "/repos/{owner}/{repo}/pulls", status: 403 })).not.toThrow();
  });

  test("on a repository that does not exist, every client method fails with 404 in GitHub's shape (or finds nothing)", async () => {
    const fake = await startFakeGitHub();
    const github = createGitHub({ env: fake.env, repository: "valtioneuvosto/nothing-here" });
    const pull = { number: 1, author: "matti" } as Parameters<typeof github.requestReviewers>[0];
    const release = { id: 1, tagName: "t", uploadUrl: `${fake.baseUrl.replace("/v3", "/uploads")}/repos/valtioneuvosto/nothing-here/releases/1/assets{?name,label}` } as Parameters<typeof github.uploadReleaseAsset>[0];
    const calls: [string, () => Promise<unknown>][] = [
      ["getPullRequest", () => github.getPullRequest(1)],
      ["listPullRequestFiles", () => github.listPullRequestFiles(1)],
      ["listReviews", () => github.listReviews(1)],
      ["createCommitStatus", () => github.createCommitStatus("a".repeat(40), { state: "success", context: "c", description: "d" })],
      ["listIssueComments", () => github.listIssueComments(1)],
      ["createIssueComment", () => github.createIssueComment(1, "b")],
      ["updateIssueComment", () => github.updateIssueComment(1, "b")],
      ["findOpenPullRequest", () => github.findOpenPullRequest("b")],
      ["createPullRequest", () => github.createPullRequest({ title: "t", body: "b", head: "h", base: "main" })],
      ["updatePullRequest", () => github.updatePullRequest(1, { title: "t" })],
      ["requestReviewers", () => github.requestReviewers(pull, ["liisa"])],
      ["addLabels", () => github.addLabels(1, ["l"])],
      ["createRelease", () => github.createRelease({ tag: "t", name: "n", body: "b" })],
      ["updateRelease", () => github.updateRelease(1, { body: "b" })],
      ["uploadReleaseAsset", () => github.uploadReleaseAsset(release, { name: "a", contentType: "text/plain", data: "x" })],
      ["listIssues", () => github.listIssues({})],
      ["createIssue", () => github.createIssue({ title: "t", body: "b" })],
      ["updateIssue", () => github.updateIssue(1, { state: "closed" })],
      ["createBranch", () => github.createBranch("b", "a".repeat(40))],
      ["updateBranch", () => github.updateBranch("b", "a".repeat(40))],
    ];
    for (const [name, run] of calls) {
      const outcome = await run().then(
        () => "succeeded",
        (error: unknown) => (error instanceof GitHubError ? error.status : error),
      );
      expect([name, outcome]).toEqual([name, 404]);
    }
    expect(await github.getFileText("a.md", "main")).toBeUndefined();
    expect(await github.getReleaseByTag("t")).toBeUndefined();
    expect(await github.getBranchSha("main")).toBeUndefined();
    expect(fake.violations).toEqual([]);
  });
});
