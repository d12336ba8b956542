/**
 * GitHub's OpenAPI description is OpenAPI 3.0, whose schema dialect is not JSON Schema. ajv (with
 * `strict: false`) accepts nearly all of it; this small rewrite fixes the rest, in place, once:
 *
 * 1. `nullable: true` (OpenAPI 3.0 only): with a `type` it becomes `type: [type, "null"]` (and `null`
 *    joins an `enum`); without one (next to `allOf`/`anyOf`/`oneOf`/`$ref`, which GitHub uses for
 *    e.g. a nullable `simple-user`) the schema becomes `anyOf: [<schema>, {type: "null"}]`. ajv's own
 *    `nullable` support needs `type` beside it, hence the rewrite.
 * 2. Annotation-only keywords (`example`, `examples`, `x-*`, `description`, `externalDocs`,
 *    `discriminator`, `deprecated`, `readOnly`, `writeOnly`) are dropped: they never change whether
 *    a value is valid, and dropping them halves the document ajv walks. `discriminator` is safe to
 *    drop because each `oneOf` branch also pins its `type` property.
 * 3. `format`s ajv-formats does not know as a check (`int64`, `timestamp`, …) are dropped, so ajv
 *    neither throws nor warns; known ones (`date-time`, `uri`, `email`, …) are kept and checked.
 * 4. Documents examples (the `examples` maps of media types) are dropped outside schemas as well.
 *
 * Property *names* are never touched: a property called `example` or `x-foo` inside `properties`
 * stays, since the walk knows which objects are schemas and which are maps of names to schemas.
 */

const ANNOTATIONS = new Set(["example", "examples", "description", "externalDocs", "discriminator", "deprecated", "readOnly", "writeOnly", "title"]);

/** Formats ajv-formats checks; anything else GitHub writes in `format` is documentation. */
const CHECKED_FORMATS = new Set(["date", "date-time", "uri", "uri-template", "email", "hostname", "ipv4", "ipv6", "uuid"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Keywords whose value is one schema. */
const SCHEMA_KEYWORDS = ["items", "additionalProperties", "not", "contains", "propertyNames"];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST_KEYWORDS = ["allOf", "anyOf", "oneOf", "prefixItems"];
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "definitions", "$defs"];

/** Rewrites one schema (and everything below it) into JSON Schema ajv validates; returns the result. */
export function toJsonSchema(schema: Json): Json {
  if (!isObject(schema)) return schema;
  for (const key of Object.keys(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) delete schema[key];
  }
  if (typeof schema.format === "string" && !CHECKED_FORMATS.has(schema.format)) delete schema.format;
  for (const key of SCHEMA_KEYWORDS) {
    if (isObject(schema[key])) schema[key] = toJsonSchema(schema[key]);
  }
  for (const key of SCHEMA_LIST_KEYWORDS) {
    const list = schema[key];
    if (Array.isArray(list)) schema[key] = list.map(toJsonSchema);
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    const map = schema[key];
    if (isObject(map)) for (const name of Object.keys(map)) map[name] = toJsonSchema(map[name] ?? null);
  }
  if (schema.nullable !== true) {
    delete schema.nullable;
    return schema;
  }
  delete schema.nullable;
  if (typeof schema.type === "string") {
    schema.type = [schema.type, "null"];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
    return schema;
  }
  return { anyOf: [schema, { type: "null" }] };
}

/**
 * Rewrites the whole OpenAPI document in place: every schema (under `components.schemas`, and every
 * `schema` of a parameter, header or media type) goes through {@link toJsonSchema}; examples and
 * `x-webhooks` go.
 */
export function prepareOpenApiDocument(document: JsonObject): JsonObject {
  delete document["x-webhooks"];
  const components = document.components;
  if (isObject(components)) {
    delete components.examples;
    const schemas = components.schemas;
    if (isObject(schemas)) for (const name of Object.keys(schemas)) schemas[name] = toJsonSchema(schemas[name] ?? null);
  }
  walkDocument(document);
  return document;
}

/** Outside schemas: finds each `schema` and drops `examples`/`example`, leaving everything else. */
function walkDocument(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) walkDocument(item);
    return;
  }
  if (!isObject(node)) return;
  for (const key of Object.keys(node)) {
    if (key === "examples" || key === "example") delete node[key];
    else if (key === "schema") node[key] = toJsonSchema(node[key] ?? null);
    else if (key !== "schemas") walkDocument(node[key] ?? null);
  }
}
