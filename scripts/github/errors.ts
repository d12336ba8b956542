import { UserError } from "../errors.js";
import { createRedactor } from "../output/redact.js";

/**
 * A GitHub call (or its setup: token, repository, event file) that failed for a reason the user can
 * act on. The message is one plain sentence for an official or an administrator; `status` and
 * `request` say what GitHub answered to which call. `main()` prints it and exits 2; the token never
 * appears in it.
 */
export class GitHubError extends UserError {
  override readonly name: string = "GitHubError";
  /** GitHub's HTTP status; undefined for setup problems (no token, no repository) and network failures. */
  readonly status: number | undefined;
  /** The call, as `METHOD /route/{template}`, e.g. `POST /repos/{owner}/{repo}/statuses/{sha}`. */
  readonly request: string | undefined;
  /** For a 403: the workflow permission that would allow the call, e.g. `pull-requests: write`. */
  readonly permission: string | undefined;

  constructor(message: string, details: { status?: number; request?: string; permission?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.request = details.request;
    this.permission = details.permission;
  }
}

/**
 * Masks each secret in every form (case, separators, part of it, base64) with `***`, as GitHub Actions
 * masks secrets in logs: the one redaction of scripts/output/redact.ts, which main() also applies to
 * everything printed.
 */
export function redact(text: string, secrets: readonly string[]): string {
  return createRedactor(secrets)(text);
}
