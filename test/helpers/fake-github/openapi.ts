import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { prepareOpenApiDocument } from "./openapi-transform.js";

/**
 * GitHub's official OpenAPI description (`@octokit/openapi`, api.github.com), loaded once per test
 * worker on first use, with validators compiled per operation on first use and cached. The fake
 * server asks it two things: which operation does this method + path belong to, and is this
 * request / response valid for it.
 */

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const require = createRequire(import.meta.url);
const DOCUMENT_ID = "github-openapi";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonObject;
  "x-multi-segment"?: boolean;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  parameters: Parameter[];
  /** The JSON request body's schema pointer, when the operation takes JSON. */
  jsonBody?: { required: boolean };
  /** True when the body is raw bytes (release asset uploads). */
  rawBody: boolean;
  /** Documented response statuses. */
  statuses: Set<string>;
  matcher: RegExp;
  /** Literal path segments: more of them wins when two templates match (`releases/latest` vs `releases/{id}`). */
  literalSegments: number;
}

export interface Validation {
  valid: boolean;
  errors: string[];
}

interface Spec {
  document: JsonObject;
  /** GitHub's own response examples (`components.examples`), the base of the fake's objects. */
  examples: JsonObject;
  operations: Operation[];
  ajv: Ajv;
  validators: Map<string, ValidateFunction>;
}

let spec: Spec | undefined;

/** The prepared description, loaded lazily (about 13 MB of JSON, a fraction of a second). */
function loadSpec(): Spec {
  if (spec) return spec;
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as JsonObject;
  const examples = ((raw.components as JsonObject | undefined)?.examples ?? {}) as JsonObject;
  const document = prepareOpenApiDocument(raw);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv, ["date", "date-time", "uri", "uri-template", "email", "hostname", "ipv4", "ipv6", "uuid"]);
  // Only `components` is registered: operation schemas are compiled on their own and point into it.
  ajv.addSchema({ $id: DOCUMENT_ID, components: document.components ?? {} });
  spec = { document, examples, operations: collectOperations(document), ajv, validators: new Map() };
  return spec;
}

const METHODS = ["get", "post", "put", "patch", "delete", "head"];

function collectOperations(document: JsonObject): Operation[] {
  const operations: Operation[] = [];
  const paths = document.paths as Record<string, Record<string, JsonObject>>;
  for (const [template, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const parameters = [...((item.parameters as unknown as Json[]) ?? []), ...((raw.parameters as Json[] | undefined) ?? [])].map(
        (parameter) => resolve(document, parameter) as unknown as Parameter,
      );
      const requestBody = raw.requestBody ? (resolve(document, raw.requestBody) as JsonObject) : undefined;
      const content = (requestBody?.content ?? {}) as JsonObject;
      const segments = template.split("/").filter(Boolean);
      operations.push({
        operationId: String(raw.operationId),
        method: method.toUpperCase(),
        template,
        parameters,
        jsonBody: content["application/json"] ? { required: requestBody?.required === true } : undefined,
        rawBody: Boolean(requestBody) && !content["application/json"],
        statuses: new Set(Object.keys((raw.responses as JsonObject) ?? {})),
        matcher: templateMatcher(template, parameters),
        literalSegments: segments.filter((segment) => !segment.startsWith("{")).length,
      });
    }
  }
  return operations;
}

function templateMatcher(template: string, parameters: Parameter[]): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      const multi = parameters.find((parameter) => parameter.name === name && parameter.in === "path")?.["x-multi-segment"];
      return multi ? `(?<${safeGroup(name)}>.+)` : `(?<${safeGroup(name)}>[^/]+)`;
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** Regex group names cannot contain `-`; OpenAPI parameter names can. */
function safeGroup(name: string): string {
  return `p_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

function resolve(document: JsonObject, node: Json): Json {
  if (node && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string") {
    let target: Json = document;
    for (const key of node.$ref.replace(/^#\//, "").split("/")) {
      target = (target as JsonObject)[key.replace(/~1/g, "/").replace(/~0/g, "~")] ?? null;
    }
    return resolve(document, target);
  }
  return node;
}

export interface MatchedOperation {
  operation: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

/** The operation GitHub would route `method path` (path without the API prefix) to, if any. */
export function findOperation(method: string, path: string): MatchedOperation | undefined {
  const candidates = loadSpec().operations.filter((operation) => operation.method === method);
  let best: MatchedOperation | undefined;
  for (const operation of candidates) {
    const match = operation.matcher.exec(path);
    if (!match) continue;
    if (best && best.operation.literalSegments >= operation.literalSegments) continue;
    const params: Record<string, string> = {};
    for (const parameter of operation.parameters) {
      if (parameter.in !== "path") continue;
      const value = match.groups?.[safeGroup(parameter.name)];
      if (value !== undefined) params[parameter.name] = decodeURIComponent(value);
    }
    best = { operation, params };
  }
  return best;
}

/** The operation with this method and OpenAPI path template (e.g. `/repos/{owner}/{repo}/pulls`), if any. */
export function operationByTemplate(method: string, template: string): Operation | undefined {
  return loadSpec().operations.find((operation) => operation.method === method.toUpperCase() && operation.template === template);
}

/** The operation with this `operationId`, if GitHub has it. */
export function operationById(operationId: string): Operation | undefined {
  return loadSpec().operations.find((operation) => operation.operationId === operationId);
}

/** Whether any operation (with any method) has this path: tells "405 wrong method" from "404 no such route". */
export function pathExists(path: string): boolean {
  return loadSpec().operations.some((operation) => operation.matcher.test(path));
}

/** Compiles (once) the schema at `pointer` below the operation, with `$ref`s resolved into `components`. */
function validatorFor(key: string, schema: () => Json): ValidateFunction {
  const loaded = loadSpec();
  let validate = loaded.validators.get(key);
  if (!validate) {
    validate = loaded.ajv.compile({ allOf: [rebase(schema())] });
    loaded.validators.set(key, validate);
  }
  return validate;
}

/** `#/components/...` inside an operation's schema means the document's components: point there. */
function rebase(node: Json): Json {
  if (Array.isArray(node)) return node.map(rebase);
  if (!node || typeof node !== "object") return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${DOCUMENT_ID}${value}` : rebase(value);
  }
  return copy;
}

function describe(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).slice(0, 8).map((error) => {
    const extra = error.keyword === "additionalProperties" ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})` : "";
    return `${where}${error.instancePath || ""} ${error.message ?? error.keyword}${extra}`;
  });
}

function operationNode(operation: Operation): JsonObject {
  const document = loadSpec().document;
  return (document.paths as Record<string, Record<string, JsonObject>>)[operation.template]![operation.method.toLowerCase()]!;
}

/** Turns a query or path string into the type its schema wants, as GitHub's router does. */
function coerce(value: string, schema: JsonObject | undefined): Json {
  const type = schema?.type;
  const types = Array.isArray(type) ? type : [type];
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.includes("array")) return value.split(",");
  return value;
}

/**
 * Checks path and query parameters: required ones present, each value of its schema's type, and no
 * query parameter the operation does not define (GitHub ignores those, but here it means a typo).
 */
export function validateParameters(
  operation: Operation,
  params: Record<string, string>,
  query: URLSearchParams,
): Validation {
  const errors: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const raw = parameter.in === "path" ? params[parameter.name] : query.get(parameter.name) ?? undefined;
    if (raw === undefined) {
      if (parameter.required) errors.push(`the ${parameter.in} parameter "${parameter.name}" is required`);
      continue;
    }
    if (!parameter.schema) continue;
    const validate = validatorFor(`${operation.operationId} param ${parameter.in} ${parameter.name}`, () => parameter.schema as Json);
    if (!validate(coerce(raw, parameter.schema))) errors.push(...describe(validate.errors, `${parameter.in} parameter ${parameter.name}`));
  }
  for (const name of query.keys()) {
    if (!operation.parameters.some((parameter) => parameter.in === "query" && parameter.name === name)) {
      errors.push(`the query parameter "${name}" is not defined for ${operation.operationId}`);
    }
  }
  return { valid: errors.length === 0, errors };
}

/** Checks a JSON request body against the operation's `application/json` request schema. */
export function validateRequestBody(operation: Operation, body: Json | undefined): Validation {
  if (!operation.jsonBody) {
    return body === undefined ? { valid: true, errors: [] } : { valid: false, errors: [`${operation.operationId} takes no JSON body`] };
  }
  if (body === undefined) {
    return operation.jsonBody.required ? { valid: false, errors: ["the request body is required"] } : { valid: true, errors: [] };
  }
  const validate = validatorFor(`${operation.operationId} request`, () => {
    const requestBody = resolve(loadSpec().document, operationNode(operation).requestBody ?? null) as JsonObject;
    return ((requestBody.content as JsonObject)["application/json"] as JsonObject).schema ?? {};
  });
  return validate(body) ? { valid: true, errors: [] } : { valid: false, errors: describe(validate.errors, "body") };
}

/**
 * Checks a response: a success status must be documented for the operation, and a JSON body must
 * match that status's `application/json` schema. An error status the description omits for this
 * operation, or documents without a body, must carry GitHub's error body (`basic-error`, or
 * `validation-error` for 422).
 */
export function validateResponse(operation: Operation, status: number, body: Json | undefined): Validation {
  const key = operation.statuses.has(String(status)) ? String(status) : operation.statuses.has("default") ? "default" : undefined;
  if (status >= 400 && (key === undefined || !documentsJsonBody(operation, key))) {
    // GitHub answers 404 (no such repository), 422 and others on routes whose description omits
    // them; such an answer must still have the shape of GitHub's error bodies.
    const schema = status === 422 ? "validation-error" : "basic-error";
    const validate = validatorFor(`error ${schema}`, () => ({ $ref: `#/components/schemas/${schema}` }));
    return validate(body) ? { valid: true, errors: [] } : { valid: false, errors: describe(validate.errors, "response") };
  }
  if (key === undefined) {
    return { valid: false, errors: [`status ${status} is not a documented response of ${operation.operationId}`] };
  }
  const response = resolve(loadSpec().document, (operationNode(operation).responses as JsonObject)[key] ?? null) as JsonObject;
  const content = response.content as JsonObject | undefined;
  const media = content?.["application/json"] as JsonObject | undefined;
  if (!media?.schema) {
    return body === undefined ? { valid: true, errors: [] } : { valid: false, errors: [`status ${status} of ${operation.operationId} has no JSON body`] };
  }
  if (body === undefined) return { valid: false, errors: [`status ${status} of ${operation.operationId} needs a JSON body`] };
  const validate = validatorFor(`${operation.operationId} response ${key}`, () => media.schema ?? {});
  return validate(body) ? { valid: true, errors: [] } : { valid: false, errors: describe(validate.errors, "response") };
}

/**
 * Whether the description gives this status of the operation a JSON body. Some documented errors have
 * none (a 422 of pulls/request-reviewers, for one), yet GitHub sends its usual error body with them.
 */
function documentsJsonBody(operation: Operation, key: string): boolean {
  const response = resolve(loadSpec().document, (operationNode(operation).responses as JsonObject)[key] ?? null) as JsonObject;
  return Boolean(((response.content as JsonObject | undefined)?.["application/json"] as JsonObject | undefined)?.schema);
}

/**
 * A deep copy of GitHub's example value `name` from the description (`components.examples`), e.g.
 * "pull-request" or "release-asset": real, complete objects the factories adjust.
 */
export function openApiExample<T = JsonObject>(name: string): T {
  const example = loadSpec().examples[name] as JsonObject | undefined;
  if (!example || !("value" in example)) throw new Error(`fake-github: the OpenAPI description has no example "${name}"`);
  return structuredClone(example.value) as T;
}
