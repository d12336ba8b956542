import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";
import { DOWNLOADS_PREFIX, Factories, toJson, type Hosts } from "./factories.js";
import { findOperation, operationByTemplate, pathExists, validateParameters, validateRequestBody, validateResponse, type Operation } from "./openapi.js";
import { notFound, ROUTES, type RouteResult } from "./routes.js";
import { FakeState, type FakeRepository } from "./state.js";

/** Where the fake serves, GitHub Enterprise Server style: a base path tests the client's URL handling. */
const API_PREFIX = "/api/v3";
const UPLOADS_PREFIX = "/api/uploads";
const DOCS = "https://docs.github.com/rest";

export interface FailureRule {
  /** `"POST /repos/{owner}/{repo}/statuses/{sha}"` (Octokit's route form) or just the path template; default: every request. */
  route?: string;
  /** Only this method (also taken from `route` when it starts with one). */
  method?: string;
  /** 401, 403, 404, 422, 429, 500, 502, … */
  status: number;
  /** How many matching requests fail before the route works again; default 1. `Infinity` for always. */
  times?: number;
  /** Extra response headers, e.g. `{ "x-accepted-github-permissions": "pull_requests=write" }`. */
  headers?: Record<string, string>;
  /** The JSON body; default: what GitHub sends for that status. */
  body?: unknown;
  /** Shape the failure as GitHub's primary (x-ratelimit-remaining: 0) or secondary (retry-after) rate limit. */
  rateLimit?: "primary" | "secondary";
  /**
   * A broken or hostile server: this exact body is sent instead of JSON (with `headers`, which should
   * name its content type), whatever the status: 200 with HTML, 200 with `null`, 302 to another host.
   */
  raw?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the API prefix, as sent (percent-encoded), with the query. */
  path: string;
  operationId?: string;
  status: number;
  /** True when `fail()` made this response. */
  injected: boolean;
}

export interface FakeGitHub {
  /** The API base URL: pass as `GITHUB_API_URL` (or `baseUrl`). */
  baseUrl: string;
  /** The web URL (`GITHUB_SERVER_URL`); html_url of everything starts here. */
  serverUrl: string;
  /** The only token the fake accepts; anything else gets 401 "Bad credentials". */
  token: string;
  /** `owner/repo` of the repository created at start. */
  repositoryName: string;
  state: FakeState;
  /** The repository created at start (`state.findRepository(...)` for others). */
  repository: FakeRepository;
  /** The environment a command needs to talk to this fake (token, API URL, repository, no waiting). */
  env: Record<string, string>;
  /** Every request served, in order. */
  requests: RecordedRequest[];
  /** Every asset download from the storage host (where a get-release-asset for the bytes redirects), with any Authorization header sent. */
  downloads: { path: string; authorization: string | undefined }[];
  /** Requests or responses that do not match GitHub's OpenAPI description, and fake-side errors. */
  violations: string[];
  /** Returns the violations recorded so far and forgets them (for tests that provoke them on purpose). */
  takeViolations(): string[];
  /** Makes matching requests fail, before the route runs. */
  fail(rule: FailureRule): void;
  /** Stops the server; throws if any violation was recorded (each call reports only new ones). */
  close(): Promise<void>;
}

export interface StartOptions {
  /** `owner/repo` of the repository to create; default "valtioneuvosto/agreements". */
  repository?: string;
  /** Register `close()` with vitest's `onTestFinished` (default true). */
  autoClose?: boolean;
}

interface ActiveFailure extends FailureRule {
  remaining: number;
}

/**
 * Starts a fake GitHub on 127.0.0.1 (random port) for one test, stopped when the test finishes.
 * Every request and response is checked against GitHub's OpenAPI description; a mismatch is
 * recorded, answered with 400 (which Octokit does not retry), and fails the test at `close()`.
 */
export async function startFakeGitHub(options: StartOptions = {}): Promise<FakeGitHub> {
  const repositoryName = options.repository ?? "valtioneuvosto/agreements";
  const state = new FakeState(repositoryName);
  const token = `ghs_${randomBytes(18).toString("hex")}`;
  const violations: string[] = [];
  const requests: RecordedRequest[] = [];
  const failures: ActiveFailure[] = [];
  const downloads: FakeGitHub["downloads"] = [];

  const server = createServer((request, response) => {
    void serve(request, response).catch((error: unknown) => {
      violations.push(`fake-github crashed on ${request.method} ${request.url}: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) send(response, 400, { message: "fake-github crashed; see the test's violations" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const hosts: Hosts = { api: `${origin}${API_PREFIX}`, web: origin, uploads: `${origin}${UPLOADS_PREFIX}` };
  const make = new Factories(hosts, state);

  function violation(text: string, response: ServerResponse): void {
    violations.push(text);
    send(response, 400, { message: `fake-github: ${text}`, documentation_url: DOCS });
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const method = request.method ?? "GET";
    const url = new URL(request.url ?? "/", origin);
    const prefix = url.pathname.startsWith(`${UPLOADS_PREFIX}/`) ? UPLOADS_PREFIX : url.pathname.startsWith(`${API_PREFIX}/`) ? API_PREFIX : undefined;
    const path = prefix ? url.pathname.slice(prefix.length) : url.pathname;
    const record = (status: number, operation?: Operation, injected = false) =>
      requests.push({ method, path: path + url.search, status, injected, ...(operation ? { operationId: operation.operationId } : {}) });
    const described = `${method} ${path}`;

    if (!prefix && method === "GET" && url.pathname.startsWith(`${DOWNLOADS_PREFIX}/`)) return serveDownload(url.pathname, request, response);
    if (!prefix) return violation(`${described}: requests go to ${API_PREFIX}/… (the API) or ${UPLOADS_PREFIX}/… (uploads)`, response);
    const match = findOperation(method, path);
    if (!match) {
      record(404);
      const why = pathExists(path) ? "GitHub has no such method for this path" : "GitHub has no such route";
      return violation(`${described}: ${why}`, response);
    }
    const { operation, params } = match;
    const isUpload = operation.operationId === "repos/upload-release-asset";
    if (isUpload !== (prefix === UPLOADS_PREFIX)) {
      return violation(`${described}: ${isUpload ? "uploads go to the release's upload_url" : "this is not an upload"} (${operation.operationId})`, response);
    }

    // Authentication first, as GitHub: a wrong token is 401 whatever else is wrong.
    const authorization = request.headers.authorization ?? "";
    if (authorization !== `token ${token}` && authorization !== `Bearer ${token}`) {
      record(401, operation);
      return send(response, 401, { message: authorization ? "Bad credentials" : "Requires authentication", documentation_url: DOCS, status: "401" });
    }

    const problems: string[] = [];
    problems.push(...validateParameters(operation, params, url.searchParams).errors);
    let body: unknown;
    if (operation.rawBody) {
      if (!request.headers["content-type"]) problems.push("an upload needs a Content-Type header");
    } else if (raw.length > 0) {
      if (!/^application\/json/.test(String(request.headers["content-type"]))) problems.push(`a JSON body needs Content-Type application/json (got ${request.headers["content-type"]})`);
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        problems.push("the body is not JSON");
      }
    }
    if (!operation.rawBody) problems.push(...validateRequestBody(operation, body as never).errors);
    if (problems.length > 0) {
      record(400, operation);
      return violation(`${described} (${operation.operationId}): the request does not match GitHub's description: ${problems.join("; ")}`, response);
    }

    const failure = failures.find((rule) => rule.remaining > 0 && matchesRule(rule, method, operation));
    if (failure) {
      failure.remaining -= 1;
      record(failure.status, operation, true);
      const { status, headers, body: failureBody } = failureResponse(failure);
      if (failure.raw !== undefined) {
        response.writeHead(status, headers);
        return void response.end(failure.raw);
      }
      return send(response, status, failureBody, headers);
    }

    const repository = params.owner && params.repo ? state.findRepository(params.owner, params.repo) : undefined;
    let result: RouteResult;
    if (params.owner && params.repo && !repository) {
      result = notFound();
    } else {
      const route = ROUTES[operation.operationId];
      if (!route) {
        record(501, operation);
        return violation(`${described}: fake-github does not implement ${operation.operationId} yet (add it to test/helpers/fake-github/routes.ts)`, response);
      }
      result = route({ state, repository: repository!, params, query: url.searchParams, body, raw, headers: request.headers, make });
    }

    let responseBody = toJson(result.body) as unknown;
    const headers: Record<string, string> = {};
    if (result.paginate && Array.isArray(responseBody)) {
      const page = paginate(responseBody, url, hosts, prefix);
      responseBody = page.items;
      if (page.link) headers.link = page.link;
    }
    const check = validateResponse(operation, result.status, result.body === undefined ? undefined : (responseBody as never));
    if (!check.valid) {
      record(400, operation);
      return violation(`${described} (${operation.operationId}): the fake's own ${result.status} response does not match GitHub's description: ${check.errors.join("; ")}`, response);
    }
    record(result.status, operation);
    send(response, result.status, result.body === undefined ? undefined : responseBody, { ...result.headers, ...headers });
  }

  /** The storage host: an asset's bytes, by `/_downloads/owner/repo/asset-id`; a token sent here is a violation (it would leak). */
  function serveDownload(pathname: string, request: IncomingMessage, response: ServerResponse): void {
    const authorization = request.headers.authorization;
    downloads.push({ path: pathname, authorization });
    if (authorization !== undefined) violations.push(`GET ${pathname}: the download host got an Authorization header; a token must never go there`);
    const [owner = "", repo = "", id = ""] = pathname.slice(DOWNLOADS_PREFIX.length + 1).split("/");
    const asset = state.findRepository(owner, repo)?.releases.flatMap((release) => release.assets).find((candidate) => String(candidate.id) === id);
    if (!asset) {
      response.writeHead(404, { "content-type": "text/plain" });
      return void response.end("Not Found");
    }
    response.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(asset.data.length) });
    response.end(asset.data);
  }

  let closed = false;
  const fake: FakeGitHub = {
    baseUrl: hosts.api,
    serverUrl: hosts.web,
    token,
    repositoryName,
    state,
    repository: state.findRepository(...(repositoryName.split("/") as [string, string]))!,
    env: {
      GITHUB_TOKEN: token,
      GITHUB_API_URL: hosts.api,
      GITHUB_SERVER_URL: hosts.web,
      GITHUB_REPOSITORY: repositoryName,
      AGREEMENTS_GITHUB_NO_WAIT: "1",
    },
    requests,
    downloads,
    violations,
    takeViolations: () => violations.splice(0),
    fail(rule) {
      // A typo in the route would make the rule silently never fire: refuse it at once.
      const { method, template } = parseRoute(rule);
      if (template !== undefined) {
        const methods = method ? [method] : ["GET", "POST", "PATCH", "PUT", "DELETE"];
        if (!methods.some((candidate) => operationByTemplate(candidate, template))) {
          throw new Error(`fake-github: fail() names "${rule.route}", which is no GitHub route; write it like "POST /repos/{owner}/{repo}/statuses/{sha}"`);
        }
      }
      failures.push({ ...rule, remaining: rule.times ?? 1 });
    },
    async close() {
      if (!closed) {
        closed = true;
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      const found = violations.splice(0);
      if (found.length > 0) {
        throw new Error(`fake-github: ${found.length} request(s) or response(s) did not match GitHub's API:\n- ${found.join("\n- ")}`);
      }
    },
  };
  if (options.autoClose !== false) onTestFinished(() => fake.close());
  return fake;
}

/** A rule's method and path template: from `route` ("POST /repos/…" or "/repos/…") and `method`. */
function parseRoute(rule: FailureRule): { method: string | undefined; template: string | undefined } {
  const spaced = rule.route ? /^([A-Za-z]+)\s+(\S+)$/.exec(rule.route) : null;
  if (spaced) return { method: spaced[1]!.toUpperCase(), template: spaced[2] };
  return { method: rule.method?.toUpperCase(), template: rule.route };
}

function matchesRule(rule: FailureRule, method: string, operation: Operation): boolean {
  const { method: ruleMethod, template } = parseRoute(rule);
  if (ruleMethod && ruleMethod !== method) return false;
  return template === undefined || template === operation.template;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  401: "Bad credentials",
  403: "Resource not accessible by integration",
  404: "Not Found",
  409: "Conflict",
  422: "Validation Failed",
  429: "Too many requests",
  500: "Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

function failureResponse(rule: FailureRule): { status: number; headers: Record<string, string>; body: unknown } {
  const headers: Record<string, string> = { ...rule.headers };
  let message = DEFAULT_MESSAGES[rule.status] ?? "Error";
  if (rule.rateLimit === "primary") {
    message = "API rate limit exceeded for installation ID 1.";
    headers["x-ratelimit-remaining"] = "0";
    headers["x-ratelimit-reset"] ??= String(Math.floor(Date.now() / 1000) + 1);
  } else if (rule.rateLimit === "secondary") {
    message = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
    headers["retry-after"] ??= "1";
  }
  const body = rule.body ?? (rule.status === 422 ? { message, errors: [{ resource: "Issue", code: "custom", field: "body", message: "body is invalid" }], documentation_url: DOCS, status: "422" } : { message, documentation_url: DOCS, status: String(rule.status) });
  return { status: rule.status, headers, body };
}

/** Cuts out the page `page`/`per_page` ask for (GitHub: 30 by default, at most 100) and builds `Link`. */
function paginate(items: unknown[], url: URL, hosts: Hosts, prefix: string): { items: unknown[]; link?: string } {
  const perPage = Math.min(Math.max(Number(url.searchParams.get("per_page") ?? 30) || 30, 1), 100);
  const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const pageUrl = (number: number) => {
    const next = new URL(url.pathname.slice(prefix.length) + url.search, "http://x");
    next.searchParams.set("per_page", String(perPage));
    next.searchParams.set("page", String(number));
    return `${prefix === API_PREFIX ? hosts.api : hosts.uploads}${next.pathname}${next.search}`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return { items: items.slice((page - 1) * perPage, page * perPage), ...(links.length > 0 ? { link: links.join(", ") } : {}) };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  response.writeHead(status, {
    ...(body === undefined ? {} : { "content-type": "application/json; charset=utf-8" }),
    "x-github-request-id": randomBytes(4).toString("hex").toUpperCase(),
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
    ...headers,
  });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
