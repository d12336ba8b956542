import { readdirSync } from "node:fs";
import { isActionStep, isJob, isRunStep } from "@actions/workflow-parser/model/type-guards";
import { describe, expect, it } from "vitest";
import { PINNED, UNTRUSTED_EXPRESSION, WORKFLOWS, loadWorkflow, readWorkflow } from "../helpers/workflows.js";

const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

describe("workflows", () => {
  it("there are workflows to check", () => {
    expect(workflowFiles).toContain("check.yml");
  });

  it("rejects a broken workflow, so the checks below can fail", async () => {
    const { errors } = await loadWorkflow("broken.yml", "on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - runn: x\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  describe.each(workflowFiles)("%s", (name) => {
    const { content, raw } = readWorkflow(name);

    it("parses and converts with @actions/workflow-parser without errors", async () => {
      const { template, errors } = await loadWorkflow(name, content);
      expect(errors).toEqual([]);
      expect(template.jobs.length).toBeGreaterThan(0);
    });

    it("interpolates no untrusted ${{ github.event… }} expression into a run: line", async () => {
      for (const job of Object.values(raw.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.run !== undefined) expect(step.run).not.toMatch(UNTRUSTED_EXPRESSION);
        }
      }
      // The same through GitHub's model, which also sees steps written in other YAML shapes.
      const { template } = await loadWorkflow(name, content);
      for (const job of template.jobs.filter(isJob)) {
        for (const step of job.steps.filter(isRunStep)) expect(String(step.run)).not.toMatch(UNTRUSTED_EXPRESSION);
      }
    });

    it("sets least-privilege permissions at the top level", () => {
      expect(raw.permissions).toBeDefined();
      expect(raw.permissions).not.toBe("write-all");
    });
  });

  describe("check.yml", () => {
    const { content, raw } = readWorkflow("check.yml");

    it("runs on every push and pull request, and when pr.yml starts it after formatting a form editor's save", async () => {
      const { template } = await loadWorkflow("check.yml", content);
      expect(Object.keys(template.events).sort()).toEqual(["pull_request", "push", "workflow_dispatch"]);
      // No branch or path filters: every push and every pull request is checked.
      expect(template.events.push).toEqual({});
      expect(template.events.pull_request).toEqual({});
    });

    it("may only read the repository", () => {
      expect(raw.permissions).toEqual({ contents: "read" });
      for (const job of Object.values(raw.jobs)) expect(job.permissions).toBeUndefined();
    });

    it("cancels a superseded run of the same ref", () => {
      expect(raw.concurrency?.group).toContain("${{ github.ref }}");
      expect(raw.concurrency?.["cancel-in-progress"]).toBe(true);
    });

    it("checks out, installs Node 22 with the npm cache, installs and lints with the github format", async () => {
      const { template } = await loadWorkflow("check.yml", content);
      const jobs = template.jobs.filter(isJob);
      expect(jobs).toHaveLength(1);
      const [job] = jobs;
      expect(String(job!["runs-on"])).toBe("ubuntu-latest");
      const uses = job!.steps.filter(isActionStep).map((step) => String(step.uses));
      expect(uses).toEqual([PINNED.checkout, PINNED.setupNode]);
      const runs = job!.steps.filter(isRunStep).map((step) => String(step.run).trim());
      expect(runs[0]).toBe("npm ci");
      expect(runs[1]).toMatch(/^git restore --source "\$BASE_SHA" --worktree -- goals\n/);
      expect(runs.slice(2)).toEqual(['npx agreements lint --format github --changed-since "$BASE_SHA"', "npx agreements lint --format github", "npx agreements format --check", "npx agreements codeowners --check"]);
      const setupNode = Object.values(raw.jobs)[0]!.steps!.find((step) => step.uses === PINNED.setupNode);
      expect(setupNode?.with).toMatchObject({ "node-version": 22, cache: "npm" });
      // Install comes before lint.
      const order = Object.values(raw.jobs)[0]!.steps!.map((step) => step.uses ?? step.run);
      expect(order.indexOf("npm ci")).toBeLessThan(order.indexOf("npx agreements lint --format github"));
    });
  });
});
