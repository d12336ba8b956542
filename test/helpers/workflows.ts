import { join } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow, type WorkflowTemplate } from "@actions/workflow-parser";
import { REPOSITORY_ROOT } from "./fixtures.js";

export const WORKFLOWS = join(REPOSITORY_ROOT, ".github", "workflows");

/** Expressions whose value an outsider controls (titles, branch names, bodies): never in a shell line. */
export const UNTRUSTED_EXPRESSION = /\$\{\{[^}]*\b(?:github\.event\b|github\.head_ref\b)/;

/** Parses and converts a workflow with GitHub's own parser; returns the model and every error either step found. */
export async function loadWorkflow(name: string, content: string): Promise<{ template: WorkflowTemplate; errors: string[] }> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (!parsed.value) return { template: { events: {}, jobs: [], concurrency: undefined!, env: undefined! }, errors: [...errors, "no workflow parsed"] };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return { template, errors: [...errors, ...(template.errors ?? []).map((error) => error.Message)] };
}
