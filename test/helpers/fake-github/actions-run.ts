import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import type { FakeGitHub } from "./server.js";

/**
 * A simulated GitHub Actions run: the environment a runner gives a step, with a real example
 * webhook payload from `@octokit/webhooks-examples` adjusted to the fake's state (repository, pull
 * request number, head and base, review), written to a temporary `GITHUB_EVENT_PATH`, and empty
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files to read back afterwards.
 */

const require = createRequire(import.meta.url);

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

let definitions: WebhookDefinition[] | undefined;

/** A deep copy of the first example of `event` (with `action`, when given) from @octokit/webhooks-examples. */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  definitions ??= require("@octokit/webhooks-examples") as WebhookDefinition[];
  const examples = definitions.find((definition) => definition.name === event)?.examples ?? [];
  const example = examples.find((candidate) => action === undefined || candidate.action === action);
  if (!example) throw new Error(`@octokit/webhooks-examples has no "${event}"${action ? ` "${action}"` : ""} example`);
  return structuredClone(example);
}

export type SimulatedEvent =
  /** A pull request event (`action` default "opened"); also `pull_request_target`, which carries the same payload. */
  | { event: "pull_request" | "pull_request_target"; action?: string; pull: number }
  /** A review submitted on the pull request; the review must exist in the fake (seed it with `addReview`). */
  | { event: "pull_request_review"; action?: string; pull: number; review: number }
  /** A push of a branch or tag, e.g. `refs/tags/submission-2020`. */
  | { event: "push"; ref: string; sha?: string }
  /** A scheduled run (its payload names the schedule). */
  | { event: "schedule"; cron?: string };

export interface ActionsRun {
  /** Pass to the command: the fake's env plus everything the runner sets. */
  env: Record<string, string>;
  /** The payload written to GITHUB_EVENT_PATH. */
  payload: Record<string, unknown>;
  eventPath: string;
  outputPath: string;
  summaryPath: string;
  /** The raw text of GITHUB_OUTPUT so far. */
  outputText(): string;
  /** The job summary written so far. */
  summary(): string;
}

/** Moves an example from Codertocat/Hello-World on github.com to the fake's repository and hosts. */
function relocate(payload: Record<string, unknown>, fake: FakeGitHub): Record<string, unknown> {
  const [owner] = fake.repositoryName.split("/") as [string, string];
  const text = JSON.stringify(payload)
    .replaceAll("https://api.github.com", fake.baseUrl)
    .replaceAll("https://github.com", fake.serverUrl)
    .replaceAll("Codertocat/Hello-World", fake.repositoryName)
    .replaceAll("Codertocat", owner);
  return JSON.parse(text) as Record<string, unknown>;
}

type Json = Record<string, unknown>;

function adjustPull(payload: Json, fake: FakeGitHub, number: number): void {
  const pull = fake.repository.pull(number);
  const json = payload.pull_request as Json;
  const head = json.head as Json;
  const base = json.base as Json;
  const api = `${fake.baseUrl}/repos/${fake.repositoryName}`;
  Object.assign(json, {
    number,
    url: `${api}/pulls/${number}`,
    html_url: `${fake.serverUrl}/${fake.repositoryName}/pull/${number}`,
    title: pull.title,
    body: pull.body || null,
    state: pull.state,
    draft: pull.draft,
    merged: pull.merged,
    user: { ...(json.user as Json), login: pull.author },
  });
  Object.assign(head, { ref: pull.head.ref, sha: pull.head.sha, label: `${pull.head.repository.split("/")[0]}:${pull.head.ref}` });
  (head.repo as Json).full_name = pull.head.repository;
  (head.repo as Json).fork = pull.head.repository !== fake.repositoryName;
  Object.assign(base, { ref: pull.base.ref, sha: pull.base.sha });
  if ("number" in payload) payload.number = number;
}

/**
 * Writes the event payload and the runner's files to a temporary folder (removed when the test
 * finishes) and returns the environment for the command under test.
 */
export function simulateActionsRun(fake: FakeGitHub, event: SimulatedEvent): ActionsRun {
  const folder = mkdtempSync(join(tmpdir(), "agreements-actions-"));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const env: Record<string, string> = {
    ...fake.env,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: event.event,
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_WORKFLOW: "agreements",
    GITHUB_JOB: "check",
    GITHUB_ACTOR: "github-actions[bot]",
    RUNNER_TEMP: folder,
  };

  let payload: Json;
  if (event.event === "pull_request" || event.event === "pull_request_target" || event.event === "pull_request_review") {
    const pull = fake.repository.pull(event.pull);
    if (event.event === "pull_request_review") {
      payload = relocate(webhookExample("pull_request_review", event.action ?? "submitted"), fake);
      const review = pull.reviews.find((candidate) => candidate.id === event.review);
      if (!review) throw new Error(`fake-github: pull request #${event.pull} has no review ${event.review}; seed it with addReview first`);
      Object.assign(payload.review as Json, {
        id: review.id,
        user: { ...((payload.review as Json).user as Json), login: review.user },
        // Webhook payloads spell review states in lower case, unlike the REST API.
        state: review.state.toLowerCase(),
        commit_id: review.commitId,
        submitted_at: review.submittedAt,
        body: review.body || null,
        html_url: `${fake.serverUrl}/${fake.repositoryName}/pull/${event.pull}#pullrequestreview-${review.id}`,
      });
      (payload.sender as Json).login = review.user;
      env.GITHUB_ACTOR = review.user;
    } else {
      payload = relocate(webhookExample("pull_request", event.action ?? "opened"), fake);
      (payload.sender as Json).login = pull.author;
      env.GITHUB_ACTOR = pull.author;
    }
    adjustPull(payload, fake, event.pull);
    env.GITHUB_REF = `refs/pull/${event.pull}/merge`;
    env.GITHUB_HEAD_REF = pull.head.ref;
    env.GITHUB_BASE_REF = pull.base.ref;
    // For pull_request events GITHUB_SHA is GitHub's merge commit, not the head.
    env.GITHUB_SHA = event.event === "pull_request_target" ? pull.base.sha : fake.state.newSha();
  } else if (event.event === "push") {
    payload = relocate(webhookExample("push"), fake);
    const sha = event.sha ?? fake.repository.resolveRef(event.ref.replace(/^refs\/(heads|tags)\//, "")) ?? fake.state.newSha();
    Object.assign(payload, { ref: event.ref, after: sha, created: true, deleted: false });
    env.GITHUB_REF = event.ref;
    env.GITHUB_REF_NAME = event.ref.replace(/^refs\/(heads|tags)\//, "");
    env.GITHUB_REF_TYPE = event.ref.startsWith("refs/tags/") ? "tag" : "branch";
    env.GITHUB_SHA = sha;
  } else if (event.event === "schedule") {
    payload = { schedule: event.cron ?? "0 6 * * 1", workflow: ".github/workflows/remind.yml" };
    env.GITHUB_REF = `refs/heads/${fake.repository.defaultBranch}`;
    env.GITHUB_SHA = fake.repository.resolveRef(fake.repository.defaultBranch)!;
  } else {
    throw new Error(`fake-github: cannot simulate the event ${JSON.stringify(event)}`);
  }

  const eventPath = join(folder, "event.json");
  const outputPath = join(folder, "output.txt");
  const summaryPath = join(folder, "step-summary.md");
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  Object.assign(env, { GITHUB_EVENT_PATH: eventPath, GITHUB_OUTPUT: outputPath, GITHUB_STEP_SUMMARY: summaryPath });
  return {
    env,
    payload,
    eventPath,
    outputPath,
    summaryPath,
    outputText: () => readFileSync(outputPath, "utf8"),
    summary: () => readFileSync(summaryPath, "utf8"),
  };
}
