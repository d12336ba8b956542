import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, onTestFinished } from "vitest";
import { createGitHub } from "../../scripts/github/client.js";
import { GitHubError } from "../../scripts/github/errors.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github/index.js";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";

/**
 * A broken or hostile GitHub (or something posing as GitHub's API): answers that are not JSON, `null`,
 * redirects to another host, absurd rate-limit resets, bodies that echo the token, an upload address on
 * another host. Each ends in a sentence and exit 2, never a stack trace, and the token goes nowhere.
 */

const PULL = "GET /repos/{owner}/{repo}/pulls/{pull_number}";
const VM = "agreements/vm/vm-statssekreterare.md";

/** Another host on this machine that records every request it gets: where a token must never arrive. */
async function elsewhere(): Promise<{ url: string; requests: IncomingHttpHeaders[] }> {
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    requests.push(request.headers);
    request.resume();
    response.writeHead(201, { "content-type": "application/json" });
    response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  // "localhost", not 127.0.0.1: another origin than the fake's, as another host would be.
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, requests };
}

async function setup(): Promise<{ fake: FakeGitHub; number: number }> {
  const fake = await startFakeGitHub();
  fake.repository.setFiles("main", { [VM]: agreementText() });
  const pull = fake.repository.addPullRequest({ author: "kalle-kirjuri", files: [{ path: VM, status: "modified", text: agreementText({ title: "Ändrad" }) }] });
  return { fake, number: pull.number };
}

/** `agreements approvals --pr N --no-status` through main(), as the bin runs it. */
async function approvals(fake: FakeGitHub, number: number): Promise<{ status: number; stdout: string; stderr: string }> {
  const repository = await createTestRepository();
  return runCli(["approvals", "--pr", String(number), "--no-status"], { cwd: repository.dir, env: { ...repository.env, ...fake.env } });
}

/** Exit 2 with one plain sentence: no stack trace, no internal error, no token, nothing of the server's raw body. */
function expectPlainRefusal(fake: FakeGitHub, output: { status: number; stdout: string; stderr: string }, says: RegExp): void {
  expect(output.status).toBe(2);
  expect(output.stderr).toMatch(says);
  expect(output.stderr).not.toMatch(/internal error|\n\s+at /);
  const all = output.stdout + output.stderr;
  expect(all.toLowerCase()).not.toContain(fake.token.slice(4, 16).toLowerCase());
  expect(all).not.toContain("<html");
  expect(all).not.toMatch(/^\s*::/m);
}

describe("a GitHub that answers what it should not", () => {
  it("an answer that is not JSON (an HTML page echoing the token): a sentence, exit 2", async () => {
    const { fake, number } = await setup();
    fake.fail({ route: PULL, status: 200, raw: `<html><body>token ${fake.token}\n::error::x</body></html>`, headers: { "content-type": "text/html; charset=utf-8" } });
    expectPlainRefusal(fake, await approvals(fake, number), /Could not read pull request #1: GitHub's answer was not the JSON data expected/);
  });

  it("an answer that is JSON null: a sentence, exit 2", async () => {
    const { fake, number } = await setup();
    fake.fail({ route: PULL, status: 200, raw: "null", headers: { "content-type": "application/json; charset=utf-8" } });
    expectPlainRefusal(fake, await approvals(fake, number), /Could not read pull request #1: GitHub's answer was not the JSON data expected/);
  });

  it("an answer of another shape (an object without the documented fields): a sentence, exit 2", async () => {
    const { fake, number } = await setup();
    fake.fail({ route: PULL, status: 200, raw: `{"message": "${fake.token}"}`, headers: { "content-type": "application/json" } });
    expectPlainRefusal(fake, await approvals(fake, number), /Could not read pull request #1: GitHub's answer lacked data it always holds/);
  });

  it("a redirect to another host is never followed, so the token stays home", async () => {
    const { fake, number } = await setup();
    const other = await elsewhere();
    for (const status of [301, 302, 307, 308]) {
      fake.fail({ route: PULL, status, raw: "", headers: { location: `${other.url}/steal` } });
      expectPlainRefusal(fake, await approvals(fake, number), /Could not read pull request #1: GitHub answered with a redirect to localhost:\d+/);
    }
    expect(other.requests).toEqual([]);
  });

  it("a next page on another host (a Link header) is not fetched: the token goes only to the API's host", async () => {
    const { fake, number } = await setup();
    const other = await elsewhere();
    const files = JSON.stringify([{ sha: "0".repeat(40), filename: VM, status: "modified", additions: 1, deletions: 0, changes: 1, blob_url: "https://x.test/b", raw_url: "https://x.test/r", contents_url: "https://x.test/c" }]);
    fake.fail({
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      status: 200,
      raw: files,
      headers: { "content-type": "application/json; charset=utf-8", link: `<${other.url}/repos/valtioneuvosto/agreements/pulls/1/files?page=2>; rel="next"` },
    });
    expectPlainRefusal(fake, await approvals(fake, number), /Could not list the files of pull request #1: GitHub's answer pointed to localhost:\d+, which is not this GitHub/);
    expect(other.requests).toEqual([]);
  });

  it("an error whose body is not JSON and echoes the token is not printed", async () => {
    const { fake, number } = await setup();
    // times: 5 outlasts the client's retries of an unknown status.
    fake.fail({ route: PULL, status: 418, raw: `I'm a teapot; your token is ${fake.token.toUpperCase()}\n::add-mask::x`, headers: { "content-type": "text/plain" }, times: 5 });
    const output = await approvals(fake, number);
    expectPlainRefusal(fake, output, /Could not read pull request #1 in valtioneuvosto\/agreements: GitHub answered 418/);
    expect(output.stderr).not.toContain("teapot");
  });

  it("a message echoing the token in another case, spaced or base64 is masked", async () => {
    const { fake, number } = await setup();
    const base64 = Buffer.from(`x-access-token:${fake.token}`).toString("base64");
    // Each echo, and a piece of it that only the token makes.
    const echoes: [string, string][] = [
      [fake.token.toUpperCase(), fake.token.toUpperCase().slice(4, 16)],
      [fake.token.split("").join(" "), fake.token.split("").join(" ").slice(8, 30)],
      [base64, base64.slice(20, 40)],
      [fake.token.slice(0, -1), fake.token.slice(10, 30)],
    ];
    fake.fail({ route: PULL, status: 409, body: { message: `conflict for ${echoes.map(([echo]) => echo).join(" / ")}` } });
    const output = await approvals(fake, number);
    expectPlainRefusal(fake, output, /GitHub reported a conflict \(conflict for \*\*\*/);
    for (const [, piece] of echoes) expect(output.stderr).not.toContain(piece);
  });

  it("a rate limit that resets in thousands of years: no waiting, a sentence saying when to retry", async () => {
    const { fake, number } = await setup();
    fake.fail({ route: PULL, status: 403, rateLimit: "primary", headers: { "x-ratelimit-reset": "99999999999999", "x-ratelimit-remaining": "0" }, times: 5 });
    expectPlainRefusal(fake, await approvals(fake, number), /rate limit.*GitHub named no sensible time to try again.*try again in an hour/);
  });

  it("a rate-limit reset that is not a number, and a retry-after of years, are refused the same way", async () => {
    const { fake, number } = await setup();
    fake.fail({ route: PULL, status: 403, rateLimit: "primary", headers: { "x-ratelimit-reset": "soon" }, times: 5 });
    expectPlainRefusal(fake, await approvals(fake, number), /rate limit/);
    fake.fail({ route: PULL, status: 429, headers: { "retry-after": "999999999999" }, times: 5 });
    expectPlainRefusal(fake, await approvals(fake, number), /slow down/);
  });
});

describe("release uploads go only to GitHub's own upload host", () => {
  it("an upload_url on another host is refused before anything is sent there", async () => {
    const fake = await startFakeGitHub();
    const other = await elsewhere();
    const release = fake.repository.addRelease({ tagName: "submission-2020" });
    release.uploadUrl = `${other.url}/upload{?name,label}`;
    const github = createGitHub({ env: fake.env });
    const read = (await github.getReleaseByTag("submission-2020"))!;
    const error = await github.uploadReleaseAsset(read, { name: "manifest.json", contentType: "application/json", data: "{}" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toMatch(/^Could not upload manifest\.json to the release submission-2020: the release's upload address is on localhost:\d+, not on this GitHub/);
    expect(other.requests).toEqual([]);
  });

  it("for api.github.com, uploads.github.com is GitHub's own; any other host is not", async () => {
    const { uploadOriginAllowed } = await import("../../scripts/github/upload-host.js");
    expect(uploadOriginAllowed("https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}", "https://api.github.com")).toBe(true);
    expect(uploadOriginAllowed("https://api.github.com/repos/o/r/releases/1/assets", "https://api.github.com")).toBe(true);
    expect(uploadOriginAllowed("http://uploads.github.com/repos/o/r/releases/1/assets", "https://api.github.com")).toBe(false);
    expect(uploadOriginAllowed("https://uploads.github.com.evil.example/x", "https://api.github.com")).toBe(false);
    expect(uploadOriginAllowed("https://ghe.example/api/uploads/repos/o/r/releases/1/assets", "https://ghe.example/api/v3")).toBe(true);
    expect(uploadOriginAllowed("https://uploads.github.com/x", "https://ghe.example/api/v3")).toBe(false);
    expect(uploadOriginAllowed("https://ghe.example:8443/x", "https://ghe.example/api/v3")).toBe(false);
    expect(uploadOriginAllowed("not a url", "https://api.github.com")).toBe(false);
  });
});

describe("an error from Octokit that reaches main() as an internal error", () => {
  it("shows the status and the route, never the raw body in its message or stack", async () => {
    const { RequestError } = await import("@octokit/request-error");
    const { describeInternalError } = await import("../../scripts/output/internal-error.js");
    const body = "<html>secret ghs_abcdefghijklmnopqrstuvwxyz0123456789</html>";
    const error = new RequestError(body, 502, {
      request: { method: "GET", url: "https://api.github.com/repos/o/r/pulls/1", headers: {} },
      response: { status: 502, url: "https://api.github.com/repos/o/r/pulls/1", headers: {}, data: body },
    });
    expect(describeInternalError(error)).toBe("GitHub answered 502 to GET /repos/o/r/pulls/1.");
    const bug = new TypeError("a bug");
    expect(describeInternalError(bug)).toContain("TypeError: a bug\n    at ");
  });
});
