import { randomBytes } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import { GitHubError } from "./errors.js";

/**
 * What a GitHub Actions run tells a command through its environment: the event and its webhook
 * payload (`GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`), the repository, the server and the run; and
 * the files a step writes its outputs and summary to (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`).
 * Everything is read from the `env` passed in.
 */

type Env = Readonly<Record<string, string | undefined>>;

export interface ActionsContext {
  /** True inside GitHub Actions (`GITHUB_ACTIONS=true`). */
  inActions: boolean;
  /** `pull_request`, `pull_request_review`, `push`, `schedule`, …; undefined outside Actions. */
  eventName: string | undefined;
  /** The webhook payload from `GITHUB_EVENT_PATH`; undefined when there is none. */
  payload: Record<string, unknown> | undefined;
  /** `owner/repo` from `GITHUB_REPOSITORY`. */
  repository: string | undefined;
  /** `GITHUB_SERVER_URL`, default https://github.com. */
  serverUrl: string;
  runId: string | undefined;
  /** The run's page, for a commit status's details link; undefined outside Actions. */
  runUrl: string | undefined;
  /** The commit the run is for (`GITHUB_SHA`). */
  sha: string | undefined;
}

/** Reads the Actions context. An event file that is named but unreadable is a {@link GitHubError}. */
export function readActionsContext(env: Env): ActionsContext {
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repository = env.GITHUB_REPOSITORY || undefined;
  const runId = env.GITHUB_RUN_ID || undefined;
  return {
    inActions: env.GITHUB_ACTIONS === "true",
    eventName: env.GITHUB_EVENT_NAME || undefined,
    payload: env.GITHUB_EVENT_PATH ? readPayload(env.GITHUB_EVENT_PATH) : undefined,
    repository,
    serverUrl,
    runId,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    sha: env.GITHUB_SHA || undefined,
  };
}

function readPayload(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new GitHubError(`Could not read the GitHub event file named by GITHUB_EVENT_PATH (${path}).`, { cause: error });
  }
  try {
    const payload: unknown = JSON.parse(text);
    if (payload && typeof payload === "object" && !Array.isArray(payload)) return payload as Record<string, unknown>;
  } catch (error) {
    throw new GitHubError(`The GitHub event file ${path} (GITHUB_EVENT_PATH) is not valid JSON.`, { cause: error });
  }
  throw new GitHubError(`The GitHub event file ${path} (GITHUB_EVENT_PATH) does not hold an event.`);
}

/** Events whose payload carries the pull request itself. */
const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);

function numberAt(value: unknown, key: string): number | undefined {
  const inner = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof inner === "number" && Number.isInteger(inner) && inner > 0 ? inner : undefined;
}

/**
 * The pull request number of the event: for pull_request, pull_request_target, pull_request_review
 * and pull_request_review_comment, and for an issue_comment on a pull request. Undefined otherwise.
 */
export function pullRequestNumberOfEvent(context: Pick<ActionsContext, "eventName" | "payload">): number | undefined {
  const { eventName, payload } = context;
  if (!eventName || !payload) return undefined;
  if (PULL_REQUEST_EVENTS.has(eventName)) return numberAt(payload.pull_request, "number") ?? numberAt(payload, "number");
  if (eventName === "issue_comment" && payload.issue && typeof payload.issue === "object" && "pull_request" in payload.issue) {
    return numberAt(payload.issue, "number");
  }
  return undefined;
}

/**
 * The pull request a command works on: `--pr N` when given, else the one of the event. Throws a
 * {@link GitHubError} saying how to name it when there is neither.
 */
export function resolvePullRequestNumber(option: string | undefined, context: Pick<ActionsContext, "eventName" | "payload">): number {
  if (option !== undefined) {
    if (!/^[1-9]\d*$/.test(option.trim())) throw new GitHubError(`--pr must be a pull request number, such as 12 (got "${option}").`);
    return Number(option.trim());
  }
  const fromEvent = pullRequestNumberOfEvent(context);
  if (fromEvent !== undefined) return fromEvent;
  throw new GitHubError(
    context.eventName
      ? `This run was started by a "${context.eventName}" event, which is not about a pull request; name the pull request with --pr N.`
      : "Which pull request? Name it with --pr N (in GitHub Actions, a pull_request or pull_request_review event names it itself).",
  );
}

/**
 * Writes step outputs to `GITHUB_OUTPUT` in the heredoc form (`name<<DELIMITER`), with a random
 * delimiter that does not occur in the value, so multi-line values and values containing `=` or
 * `<<EOF` are safe. Returns false (and writes nothing) outside Actions.
 */
export function writeOutputs(env: Env, outputs: Record<string, string>): boolean {
  const file = env.GITHUB_OUTPUT;
  if (!file) return false;
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) throw new Error(`Output names are letters, digits, "_" and "-" (got "${name}").`);
    let delimiter: string;
    do delimiter = `ghadelimiter_${randomBytes(12).toString("hex")}`;
    while (value.includes(delimiter) || name.includes(delimiter));
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  appendFileSync(file, text, "utf8");
  return true;
}

/** Appends Markdown to the job summary (`GITHUB_STEP_SUMMARY`); returns false outside Actions. */
export function appendStepSummary(env: Env, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`, "utf8");
  return true;
}

/**
 * Reads back what {@link writeOutputs} (or any step) wrote to a `GITHUB_OUTPUT` file, as the runner
 * does: `name=value` lines and `name<<DELIMITER` blocks. The last value of a name wins.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      index++;
      while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++]!);
      if (index >= lines.length) throw new Error(`The output "${name}" is not closed by its delimiter.`);
      outputs[name] = value.join("\n");
    } else if (line.includes("=")) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return outputs;
}
