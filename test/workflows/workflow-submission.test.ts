import type { WorkflowTemplate } from "@actions/workflow-parser";
import { isActionStep, isJob, isRunStep } from "@actions/workflow-parser/model/type-guards";
import { describe, expect, it } from "vitest";
import { PINNED, loadWorkflow, readWorkflow, type RawStep, type RawWorkflow } from "../helpers/workflows.js";

/** The workflow as GitHub's parser sees it, plus its raw YAML for the checks the model does not keep. */
async function loadSubmissionWorkflow(name: string): Promise<{ template: WorkflowTemplate; errors: string[]; raw: RawWorkflow; steps: RawStep[] }> {
  const { content, raw } = readWorkflow(name);
  // Both workflows here have one job; its steps as written.
  return { ...(await loadWorkflow(name, content)), raw, steps: Object.values(raw.jobs)[0]!.steps ?? [] };
}

describe("submission.yml", async () => {
  const { template, errors, raw, steps } = await loadSubmissionWorkflow("submission.yml");
  const jobs = template.jobs.filter(isJob);

  it("is a valid workflow for GitHub's parser", () => {
    expect(errors).toEqual([]);
    expect(jobs).toHaveLength(1);
  });

  it("runs only when a submission tag is pushed", () => {
    expect(Object.keys(template.events)).toEqual(["push"]);
    expect(template.events.push).toEqual({ tags: ["submission-*"] });
  });

  it("may only read the repository", () => {
    expect(raw.permissions).toEqual({ contents: "read" });
    for (const job of Object.values(raw.jobs)) expect(job.permissions).toBeUndefined();
  });

  it("checks out the whole history without keeping credentials, and installs with Node 22", () => {
    const uses = jobs[0]!.steps.filter(isActionStep).map((step) => String(step.uses));
    expect(uses).toEqual([PINNED.checkout, PINNED.setupNode, PINNED.uploadArtifact]);
    expect(steps.find((step) => step.uses === PINNED.checkout)?.with).toEqual({ "fetch-depth": 0, "persist-credentials": false });
    expect(steps.find((step) => step.uses === PINNED.setupNode)?.with).toMatchObject({ "node-version": 22, cache: "npm" });
  });

  it("installs, lints with the github format, then builds the report dated by the tag in HTML, CSV and JSON into report/", () => {
    const runs = jobs[0]!.steps.filter(isRunStep).map((step) => String(step.run).trim());
    expect(runs[0]).toBe("npm ci");
    expect(runs[1]).toBe("npx agreements lint --format github");
    const report = runs[2]!.split("\n").map((line) => line.trim());
    expect(report).toEqual([
      'cycle="${GITHUB_REF_NAME#submission-}"',
      `today="$(git for-each-ref --format='%(taggerdate:short)' "refs/tags/$GITHUB_REF_NAME")"`,
      'npx agreements report --cycle "$cycle" --today "$today" --format html --out report/',
      'npx agreements report --cycle "$cycle" --today "$today" --format csv --out report/',
      'npx agreements report --cycle "$cycle" --today "$today" --format json --out report/',
    ]);
    expect(runs).toHaveLength(3);
  });

  it("uploads the report folder as an artifact, even when lint failed, and fails if it is empty", () => {
    const upload = steps.find((step) => step.uses === PINNED.uploadArtifact)!;
    expect(upload.with).toEqual({ name: "${{ github.ref_name }}-report", path: "report/", "if-no-files-found": "error" });
    expect(upload.if).toBe("${{ !cancelled() }}");
    expect(steps.find((step) => step.run?.includes("agreements report"))?.if).toBe("${{ !cancelled() }}");
    expect(steps.indexOf(upload)).toBe(steps.length - 1);
  });
});

describe("check.yml on pull requests", async () => {
  const { errors, steps } = await loadSubmissionWorkflow("check.yml");
  const lintSteps = steps.filter((step) => step.run?.startsWith("npx agreements lint"));

  it("is a valid workflow for GitHub's parser", () => {
    expect(errors).toEqual([]);
  });

  it("fetches the history that --changed-since compares with", () => {
    expect(steps.find((step) => step.uses === PINNED.checkout)?.with).toMatchObject({ "fetch-depth": 0 });
  });

  it("lints only what a pull request changes, and everything on a push", () => {
    expect(lintSteps.map((step) => [step.if, step.run])).toEqual([
      ["github.event_name == 'pull_request'", 'npx agreements lint --format github --changed-since "$BASE_SHA"'],
      ["github.event_name != 'pull_request'", "npx agreements lint --format github"],
    ]);
    // The base commit comes through the environment, never spliced into the shell line.
    expect(lintSteps[0]!.env).toEqual({ BASE_SHA: "${{ github.event.pull_request.base.sha }}" });
  });
});
