import { describe, expect, it } from "vitest";
import { ApplyProgress } from "../../scripts/apply/progress.js";
import { FileWriteError } from "../../scripts/files/write-failure.js";
import { RepositoryError } from "../../scripts/git/errors.js";
import { GitHubError } from "../../scripts/github/errors.js";

const RERUN = "Run the same command again once this is fixed: it finishes the job and does nothing twice.";

describe("ApplyProgress: what a failed apply says", () => {
  it("says nothing was changed, and where, before any step", () => {
    expect(new ApplyProgress("on GitHub").describe()).toBe(`Nothing was changed on GitHub before it stopped. ${RERUN}`);
    expect(new ApplyProgress("").describe()).toBe(`Nothing was changed before it stopped. ${RERUN}`);
  });

  it("lists the steps in the order done, like steps under one heading together", () => {
    const progress = new ApplyProgress("on GitHub");
    progress.done('pushed cycle/2021/a, cycle/2021/b to "origin"');
    progress.done("opened", "#1 (cycle/2021/a)");
    progress.done("updated", "#7");
    progress.done("opened", "#2 (cycle/2021/b)");
    expect(progress.count("opened")).toBe(2);
    expect(progress.count("replaced")).toBe(0);
    expect(progress.describe()).toBe(`Done before it stopped: pushed cycle/2021/a, cycle/2021/b to "origin"; opened #1 (cycle/2021/a), #2 (cycle/2021/b); updated #7. ${RERUN}`);
  });

  it("once a re-run can no longer finish the job, says what was done and lost instead of promising it", () => {
    const progress = new ApplyProgress("on GitHub");
    progress.cannotResume("The issue #4 was closed, with every agreement ticked, but the comment saying why could not be added.");
    expect(progress.describe()).toBe("The issue #4 was closed, with every agreement ticked, but the comment saying why could not be added.");
  });

  it("ends a GitHub failure's message with the progress, keeping its kind, status, route and permission", async () => {
    const progress = new ApplyProgress("on GitHub");
    const failure = new GitHubError("GitHub refused: the token lacks the permission \"issues: write\".", { status: 403, request: "POST /repos/{owner}/{repo}/issues", permission: "issues: write" });
    const thrown = await progress
      .run(async () => {
        progress.done("created the release \"2020\"");
        throw failure;
      })
      .catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(GitHubError);
    expect(thrown).toMatchObject({ status: 403, request: "POST /repos/{owner}/{repo}/issues", permission: "issues: write", cause: failure });
    expect((thrown as Error).message).toBe(`GitHub refused: the token lacks the permission "issues: write". Done before it stopped: created the release "2020". ${RERUN}`);
  });

  it("ends a Git failure's message likewise, on its own line after lines to type", async () => {
    const progress = new ApplyProgress("");
    progress.done("created the tag submission-2020 in your copy");
    const thrown = await progress.run(() => Promise.reject(new RepositoryError("Git could not commit. Tell it who you are:\n  git config --global user.name \"Your Name\""))).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(RepositoryError);
    expect((thrown as Error).message).toBe(`Git could not commit. Tell it who you are:\n  git config --global user.name "Your Name"\nDone before it stopped: created the tag submission-2020 in your copy. ${RERUN}`);
  });

  it("ends a file that could not be written likewise, keeping its kind", async () => {
    const progress = new ApplyProgress("");
    progress.done("rolled forward agreements/vm/vm-a.md");
    const thrown = await progress.run(() => Promise.reject(new FileWriteError("Could not write agreements/vm/vm-b.md: permission denied."))).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(FileWriteError);
    expect((thrown as Error).message).toBe(`Could not write agreements/vm/vm-b.md: permission denied. Done before it stopped: rolled forward agreements/vm/vm-a.md. ${RERUN}`);
  });

  it("lets a bug through unchanged, and returns what the apply returns", async () => {
    const progress = new ApplyProgress("on GitHub");
    const bug = new TypeError("undefined is not a function");
    await expect(progress.run(() => Promise.reject(bug))).rejects.toBe(bug);
    await expect(progress.run(async () => 42)).resolves.toBe(42);
  });
});
