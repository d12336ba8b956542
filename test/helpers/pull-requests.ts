import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PullRequest, Review, ReviewState } from "../../scripts/github/types.js";
import { startFakeGitHub, type FakeGitHub, type FakePull, type PullRequestSeed } from "./fake-github/index.js";
import { REPOSITORY_ROOT } from "./fixtures.js";
import { agreementText } from "./git-repo.js";

/**
 * Pull requests for the approval and comment tests: the agreement of `agreementText()` with its two
 * parties, on the fake GitHub (end to end) or as the objects `scripts/github` reads (the pure steps).
 */

export const VM = "agreements/vm/vm-statssekreterare.md";
/** The parties named in `agreementText()`. */
export const OFFICIAL = "maria-exempel";
export const SUPERIOR = "anders-exempel";
/** Someone who is neither party: opens pull requests for them. */
export const CLERK = "kalle-kirjuri";

/** The shipped 2020 goal catalogue, as main holds it. */
export const GOALS = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");

/** The agreement with other parties' logins, both replaced in one pass, so that a swap of the two is a swap. */
export function withParties(official: string, superior: string, text = agreementText()): string {
  return text.replace(/github: (maria|anders)-exempel\b/g, (_whole, who: string) => `github: ${who === "maria" ? official : superior}`);
}

/** A fake GitHub whose main branch holds the VM agreement, the 2020 goals and a README, and `more` files. */
export async function startGitHubWithAgreement(more: Record<string, string> = {}): Promise<FakeGitHub> {
  const fake = await startFakeGitHub();
  fake.repository.setFiles("main", { [VM]: agreementText(), "goals/2020.md": GOALS, "README.md": "# Agreements\n", ...more });
  return fake;
}

/** One changed file; without a status it is added when main lacks it, else modified. */
export interface FileChange {
  path: string;
  text?: string;
  status?: "added" | "modified" | "removed" | "renamed";
  previousPath?: string;
}

/**
 * Opens a pull request whose head is main with these changes: new texts by path, or changes that also
 * remove or rename. The head's one commit is the author's own unless `commit` says who made it.
 */
export function openPull(
  fake: FakeGitHub,
  changes: Record<string, string> | readonly FileChange[],
  author = CLERK,
  options: { headRef?: string; commit?: PullRequestSeed["commit"] } = {},
): FakePull {
  const list: readonly FileChange[] = Array.isArray(changes) ? changes : Object.entries(changes).map(([path, text]) => ({ path, text }));
  const repo = fake.repository;
  const main = repo.files.get(repo.resolveRef("main")!)!;
  const tree = new Map(main);
  for (const change of list) {
    if (change.previousPath !== undefined) tree.delete(change.previousPath);
    if (change.status === "removed") tree.delete(change.path);
    else tree.set(change.path, change.text ?? tree.get(change.path)!);
  }
  const pull = repo.addPullRequest({
    author,
    headRef: options.headRef ?? "cycle/2021/vm",
    files: list.map((change) => ({
      path: change.path,
      status: change.status ?? (main.has(change.path) ? "modified" : "added"),
      ...(change.previousPath !== undefined ? { previousPath: change.previousPath } : {}),
    })),
    ...(options.commit !== undefined ? { commit: options.commit } : {}),
  });
  repo.files.set(pull.head.sha, tree);
  return pull;
}

/** The head commit of `pullRequest()`. */
export const HEAD = "c0ffee00".repeat(5);

/** A pull request as `scripts/github` reads it: #7, opened by the clerk, one commit. */
export function pullRequest(overrides: Partial<PullRequest> = {}): PullRequest {
  return {
    number: 7,
    title: "Ledningsavtal 2021",
    body: "",
    state: "open",
    merged: false,
    draft: false,
    headSha: HEAD,
    headRef: "cycle/2021/vm-statssekreterare",
    baseRef: "main",
    author: CLERK,
    fromFork: false,
    htmlUrl: "https://github.example/o/r/pull/7",
    commitCount: 1,
    ...overrides,
  };
}

/** A review at minute `minute` of one morning, so the order in time is plain to read in each case. */
export function review(id: number, user: string, state: ReviewState, minute: number, commitId = HEAD): Review {
  return { id, user, state, commitId, submittedAt: `2020-05-04T09:${String(minute).padStart(2, "0")}:00Z` };
}
