/**
 * What main() prints for an error no command turned into a sentence (a bug): the stack, so it can be
 * reported. An error from Octokit is the exception: its message and stack may hold the server's raw
 * answer (for an answer that is not JSON, the message is the body itself), so only its status and
 * route are shown. The output guard masks the token in whatever is printed.
 */
export function describeInternalError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { status, request } = error as Error & { status?: unknown; request?: { method?: unknown; url?: unknown } };
  if (error.name === "HttpError" && typeof status === "number") {
    let where = "";
    if (request && typeof request.url === "string") {
      try {
        where = ` to ${String(request.method)} ${new URL(request.url).pathname}`;
      } catch {
        // no usable address
      }
    }
    return `GitHub answered ${status}${where}.`;
  }
  return error.stack ?? error.message;
}
