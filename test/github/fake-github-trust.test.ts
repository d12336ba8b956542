import { describe, expect, it } from "vitest";
import { createGitHub } from "../../scripts/github/client.js";
import { startFakeGitHub } from "../helpers/fake-github/index.js";

describe("fake GitHub: what the approval rule reads besides reviews", () => {
  it("lists a pull request's commits as GitHub attributes them, checked against the OpenAPI description", async () => {
    const fake = await startFakeGitHub();
    const pull = fake.repository.addPullRequest({ author: "Kalle" });
    fake.repository.pushToPull(pull.number, {}, { author: "mallory", committer: "mallory", verified: false });
    const github = createGitHub({ env: fake.env });
    const commits = await github.listPullRequestCommits(pull.number);
    expect(commits.map(({ author, committer, verified }) => ({ author, committer, verified }))).toEqual([
      { author: "Kalle", committer: "web-flow", verified: true },
      { author: "mallory", committer: "mallory", verified: false },
    ]);
    expect(commits.at(-1)!.sha).toBe(fake.repository.pull(pull.number).head.sha);
    const read = await github.getPullRequest(pull.number);
    expect(read.commitCount).toBe(2);
  });

  it("lists at most 3000 files, as GitHub, while changed_files counts them all", async () => {
    const fake = await startFakeGitHub();
    const files = Array.from({ length: 3001 }, (_, index) => ({ path: `docs/f${index}.md`, status: "added" as const }));
    const pull = fake.repository.addPullRequest({ author: "kalle", files });
    const github = createGitHub({ env: fake.env });
    expect((await github.listPullRequestFiles(pull.number)).length).toBe(3000);
    expect((await github.getPullRequest(pull.number)).changedFiles).toBe(3001);
  });

  it("tells a user's token its login, and an Actions token nothing", async () => {
    const fake = await startFakeGitHub();
    const github = createGitHub({ env: fake.env });
    expect(await github.getAuthenticatedLogin()).toBeUndefined();
    fake.state.viewer = { login: "coordinator", type: "User" };
    expect(await github.getAuthenticatedLogin()).toBe("coordinator");
  });
});
