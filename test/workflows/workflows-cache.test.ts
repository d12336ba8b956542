import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jobsOf } from "../helpers/workflow-trust.js";
import { loadWorkflow, WORKFLOWS } from "../helpers/workflows.js";

// `lint --cache` is for a person's own repeated runs. In a workflow a cache could come from the pull request
// (committed under node_modules/, or restored by actions/cache from a run on another branch) and the lint
// that decides a check must read every file itself: no workflow step lints with it, or keeps its folder.

const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

/** Each step of a workflow that could use or carry the lint cache, named by job and step. */
function cacheUses(content: string): string[] {
  const found: string[] = [];
  for (const [jobId, job] of Object.entries(jobsOf(content))) {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const where = `${jobId}, step ${index + 1}`;
      const run = step.run ?? "";
      // An option of any command line that runs the toolkit, however it is spelt (npx, node bin/, npm exec).
      if (/\bagreements(?:\.js)?\b[^\n]*--cache\b/.test(run.replace(/\\\n/g, " "))) found.push(`${where} runs a command with --cache`);
      if (/AGREEMENTS_CACHE|node_modules\/\.cache/.test(JSON.stringify(step))) found.push(`${where} names the cache's folder`);
      if (step.uses?.startsWith("actions/cache")) found.push(`${where} restores a cache with ${step.uses}`);
    }
  }
  return found;
}

describe("workflows never use the lint cache", () => {
  it("finds a workflow that lints with --cache, and one that restores node_modules/.cache (the check can fail)", () => {
    const planted = [
      "on: push",
      "jobs:",
      "  check:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: npx agreements lint --format github --cache",
      "      - run: |",
      "          node bin/agreements.js lint \\",
      "            --cache-location x --cache",
      "      - uses: actions/cache@v4",
      "        with: { path: node_modules/.cache }",
    ].join("\n");
    expect(cacheUses(planted)).toEqual([
      "check, step 1 runs a command with --cache",
      "check, step 2 runs a command with --cache",
      "check, step 3 names the cache's folder",
      "check, step 3 restores a cache with actions/cache@v4",
    ]);
  });

  it.each(workflowFiles)("%s lints without --cache and keeps no cache", async (name) => {
    const content = readFileSync(join(WORKFLOWS, name), "utf8");
    const { errors } = await loadWorkflow(name, content);
    expect(errors).toEqual([]);
    expect(cacheUses(content)).toEqual([]);
  });

  it("the workflows do lint (so the check above looks at the lint steps)", () => {
    const lintSteps = workflowFiles.flatMap((name) =>
      Object.values(jobsOf(readFileSync(join(WORKFLOWS, name), "utf8"))).flatMap((job) => (job.steps ?? []).filter((step) => /\bagreements lint\b/.test(step.run ?? ""))),
    );
    expect(lintSteps.length).toBeGreaterThanOrEqual(3);
  });
});
