import { parse as parseYaml } from "yaml";
import type { RawJob } from "./workflows.js";

/**
 * Why a workflow job might run code from a pull request: the checks behind "trusted code decides"
 * (issue 9). A job passes when it checks out only the commit its trigger already runs on (no `ref:` or
 * `repository:`), names no pull-request ref or head anywhere, fetches nothing more, and runs only the
 * commands listed as allowed. Pure: YAML text in, reasons out, so a test can also feed it bad workflows.
 */

/** Events whose workflow file and checkout come from the pull request itself. */
export const PULL_REQUEST_CODE_EVENTS = ["pull_request", "pull_request_review", "pull_request_review_comment"];

/** Anything in a step that names the pull request's own code: its head, its merge ref or its branch. */
const PULL_REQUEST_CODE = /github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head_|refs\/pull\/|pull\/[^\s/]+\/(?:head|merge)|\bgh\s+pr\s+checkout\b/;
/** Shell that fetches or switches code, which would bring the pull request's files in after the checkout. */
const CODE_FETCH = /\bgit\s+(?:fetch|checkout|switch|pull|worktree|clone)\b|\bcurl\b|\bwget\b/;

/** The jobs, each with the permissions it runs with (its own, else the workflow's). */
export function jobsOf(content: string): Record<string, RawJob> {
  const raw = parseYaml(content) as { permissions?: RawJob["permissions"]; jobs?: Record<string, RawJob> };
  return Object.fromEntries(
    Object.entries(raw.jobs ?? {}).map(([id, job]) => [id, job.permissions === undefined && raw.permissions !== undefined ? { ...job, permissions: raw.permissions } : job]),
  );
}

export function eventsOf(content: string): string[] {
  const on = (parseYaml(content) as { on?: unknown }).on;
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys((on ?? {}) as object);
}

/** Whether the job may write anything (a status, a comment, contents, …). */
export function writes(job: RawJob): boolean {
  if (job.permissions === undefined) return true; // the repository's default token, which may write
  if (typeof job.permissions === "string") return job.permissions !== "read-all";
  return Object.values(job.permissions).some((level) => level === "write");
}

/** Reasons the job could run pull-request code; empty when it cannot. `allowedRuns` are the only shell lines it may run. */
export function pullRequestCodeIn(job: RawJob, allowedRuns: readonly string[]): string[] {
  const reasons: string[] = [];
  if (job.uses !== undefined) reasons.push(`calls the reusable workflow ${job.uses}`);
  for (const step of job.steps ?? []) {
    const text = JSON.stringify(step);
    if (PULL_REQUEST_CODE.test(text)) reasons.push(`a step names the pull request's code: ${text}`);
    if (step.uses !== undefined) {
      const action = step.uses.split("@")[0];
      if (action === "actions/checkout") {
        if (step.with?.ref !== undefined) reasons.push(`checks out the ref ${String(step.with.ref)}`);
        if (step.with?.repository !== undefined) reasons.push(`checks out the repository ${String(step.with.repository)}`);
      } else if (action === "actions/setup-node") {
        // A cache written by a run of untrusted code must not feed a trusted install.
        if (step.with?.cache !== undefined) reasons.push("restores an npm cache");
      } else reasons.push(`runs the action ${step.uses}`);
    }
    if (step.run !== undefined) {
      if (CODE_FETCH.test(step.run)) reasons.push(`fetches code: ${step.run}`);
      if (!allowedRuns.includes(step.run.trim())) reasons.push(`runs a command not on the allowed list: ${step.run.trim()}`);
    }
  }
  return reasons;
}
