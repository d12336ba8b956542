/**
 * Which `permissions:` entry of a workflow (or fine-grained token permission) a REST call needs, so
 * a 403 can say exactly what to add. GitHub sometimes says it itself in the
 * `x-accepted-github-permissions` header (`issues=write; pull_requests=write`: any one of the
 * alternatives); otherwise the route's family decides.
 */

/** `pull_requests=write` -> `pull-requests: write` (the workflow file's spelling). */
function workflowSpelling(entry: string): string {
  const [scope = "", level = "read"] = entry.trim().split("=");
  return `${scope.trim().replace(/_/g, "-")}: ${level.trim()}`;
}

/** Reads GitHub's `x-accepted-github-permissions` header into "a or b" wording; undefined if absent or empty. */
export function permissionFromHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const alternatives = header
    .split(";")
    .map((alternative) =>
      alternative
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry.includes("=") && !entry.startsWith("metadata="))
        .map(workflowSpelling)
        .join(" and "),
    )
    .filter(Boolean);
  return alternatives.length > 0 ? alternatives.join(" or ") : undefined;
}

/**
 * The permission a call needs, from its method and route template (e.g. `POST
 * /repos/{owner}/{repo}/statuses/{sha}` -> `statuses: write`).
 */
export function permissionForRoute(method: string, route: string): string {
  const level = method.toUpperCase() === "GET" || method.toUpperCase() === "HEAD" ? "read" : "write";
  const path = route.replace(/^\/repos\/\{owner\}\/\{repo\}/, "");
  if (/^\/(statuses|commits\/[^/]+\/(statuses|status))\b/.test(path)) return `statuses: ${level}`;
  if (/^\/check-(runs|suites)\b/.test(path)) return `checks: ${level}`;
  if (/^\/pulls\b/.test(path)) return `pull-requests: ${level}`;
  // Comments and labels of a pull request go through the issues API: either permission allows them.
  if (/^\/issues\/(\{issue_number\}\/(comments|labels)|comments)\b/.test(path)) return `issues: ${level} (or pull-requests: ${level} for a pull request)`;
  if (/^\/(issues|labels|milestones)\b/.test(path)) return `issues: ${level}`;
  if (/^\/(contents|releases|git|tags|branches|commits)\b/.test(path)) return `contents: ${level}`;
  return `contents: ${level}`;
}
