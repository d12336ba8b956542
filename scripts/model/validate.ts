import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import agreementSchemaJson from "./schemas/agreement.schema.json" with { type: "json" };
import catalogueSchemaJson from "./schemas/catalogue.schema.json" with { type: "json" };
import { say, type Message } from "../messages/catalogue.js";
import type { Shown } from "../messages/types.js";
import { locateInFrontMatter, type FrontMatter, type PathSegment } from "./front-matter.js";
import { problem, type Problem } from "./problem.js";
import { enumValue, idFrom, isoFromLocalDate, ministryCode } from "./recognise.js";
import { closestMatch } from "./suggest.js";

const require = createRequire(import.meta.url);

/** The agreement schema with the known rule ids filled in, so a waiver naming an unknown rule is a schema error. */
export function agreementSchema(ruleIds: readonly string[]): object {
  const schema = structuredClone(agreementSchemaJson) as { $defs: { waiver: { properties: { rule: Record<string, unknown> } } } };
  schema.$defs.waiver.properties.rule.enum = [...ruleIds];
  return schema;
}

export function catalogueSchema(): object {
  return structuredClone(catalogueSchemaJson);
}

export interface Validators {
  agreement: ValidateFunction;
  catalogue: ValidateFunction;
}

/** The validators' code, generated at build time (see scripts/build/precompile-validators.ts). */
export const PRECOMPILED_FILE = "validators.generated.cjs";

/**
 * ajv itself is loaded only here, when there is something to compile: with the precompiled validators a
 * lint never loads it. (Both packages are CommonJS, so `require` keeps this synchronous.)
 */
export function createAjv(source = false): Ajv2020 {
  const { Ajv2020: AjvClass } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const addFormats = require("ajv-formats") as (ajv: Ajv2020, formats: string[]) => void;
  const ajv = new AjvClass({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source } });
  addFormats(ajv, ["date"]);
  return ajv;
}

/** Compiles both schemas once; the lint of 10,000 files reuses these two functions. */
export function compileValidators(ruleIds: readonly string[]): Validators {
  const ajv = createAjv();
  return { agreement: ajv.compile(agreementSchema(ruleIds)), catalogue: ajv.compile(catalogueSchema()) };
}

/**
 * The validators precompiled at build time when they match these rule ids, else compiled now.
 * Compiling costs more than a third of a one-file lint's start-up; loading the generated code does not.
 */
export function loadValidators(ruleIds: readonly string[]): Validators {
  const precompiled = new URL(PRECOMPILED_FILE, import.meta.url);
  if (existsSync(precompiled)) {
    const generated = require(precompiled.pathname) as Validators & { ruleIds: string[] };
    if (generated.ruleIds.join() === ruleIds.join()) return { agreement: generated.agreement, catalogue: generated.catalogue };
  }
  return compileValidators(ruleIds);
}

/** A file with more schema problems than this is broken throughout: listing thousands helps nobody. */
const MAX_SCHEMA_PROBLEMS = 100;

/** Validates front matter data and turns each schema error into a problem at the exact YAML node. */
export function validateFrontMatter(validate: ValidateFunction, frontMatter: FrontMatter, data: unknown): Problem[] {
  return checkFrontMatter(validate, frontMatter, data).problems;
}

export interface CheckedFrontMatter {
  problems: Problem[];
  /**
   * A copy of the data without the values that failed the schema (see `Valid` in types.ts); undefined
   * when the front matter as a whole is not a group of keys.
   */
  valid: unknown;
}

/** Validates front matter data: the problems, and the parts of the data that passed, for the rules to read. */
export function checkFrontMatter(validate: ValidateFunction, frontMatter: FrontMatter, data: unknown): CheckedFrontMatter {
  if (validate(data)) return { problems: [], valid: data };
  const errors = validate.errors ?? [];
  return { problems: describeErrors(errors, frontMatter), valid: pruneInvalid(data, errors) };
}

/**
 * Removes each value an error names from a copy of the data. A missing key is already absent, and an `if`
 * only says which `then` failed (that error names the value itself). List items that fail become
 * `undefined` rather than being removed, so the index of every other item still points into the file.
 */
function pruneInvalid(data: unknown, errors: readonly ErrorObject[]): unknown {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const error of errors) {
    if (error.keyword === "required" || error.keyword === "if") continue;
    const path = pointerToPath(error.instancePath);
    if (error.keyword === "additionalProperties") path.push(String((error.params as { additionalProperty: string }).additionalProperty));
    if (path.length === 0) return undefined;
    removeAt(copy, path);
  }
  return copy;
}

function removeAt(root: unknown, path: readonly PathSegment[]): void {
  let parent = root;
  for (const segment of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  if (parent === null || typeof parent !== "object") return;
  const last = path.at(-1)!;
  if (Array.isArray(parent)) parent[last as number] = undefined;
  else delete (parent as Record<string | number, unknown>)[last];
}

function describeErrors(errors: readonly ErrorObject[], frontMatter: FrontMatter): Problem[] {
  const problems: Problem[] = [];
  // One problem per place: a second error at the same node is an echo of the first.
  const seenStarts = new Set<number>();
  for (const error of mergeMissingKeys(errors)) {
    if (error.keyword === "if") continue;
    if (problems.length === MAX_SCHEMA_PROBLEMS) {
      const place = locateInFrontMatter(frontMatter, pointerToPath(error.instancePath));
      problems.push(problem(say("schema.too-many", { max: MAX_SCHEMA_PROBLEMS }), place.start, place.end));
      break;
    }
    const path = pointerToPath(error.instancePath);
    const described = describeSchemaError(error, path);
    const location = described.locate;
    const place = location.atRoot ? { start: 0, end: 3 } : locateInFrontMatter(frontMatter, location.path, location.key);
    if (seenStarts.has(place.start)) continue;
    seenStarts.add(place.start);
    problems.push(problem(described.text, place.start, place.end));
  }
  return problems;
}

/** Several missing keys in one map become one finding that names them all. */
function mergeMissingKeys(errors: readonly ErrorObject[]): ErrorObject[] {
  const merged: ErrorObject[] = [];
  const requiredAt = new Map<string, ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== "required") {
      merged.push(error);
      continue;
    }
    const earlier = requiredAt.get(error.instancePath);
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    if (earlier) {
      (earlier.params as { missing: string[] }).missing.push(missing);
      continue;
    }
    const copy = { ...error, params: { ...error.params, missing: [missing] } };
    requiredAt.set(error.instancePath, copy);
    merged.push(copy);
  }
  return merged;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

interface Described {
  text: Message;
  locate: { path: PathSegment[]; key: boolean; atRoot?: boolean };
}

/** Plain words for each kind of schema error (see the schema.* messages): the reader is an official, not a developer. */
function describeSchemaError(error: ErrorObject, path: PathSegment[]): Described {
  const value = error.data;
  const shown = showValue(value);
  const params = error.params as Record<string, unknown>;
  const atValue = { path, key: false };
  switch (error.keyword) {
    case "required": {
      const missing = params.missing as string[];
      if (missing.length === 1 && missing[0] === "common") {
        return { text: say("schema.common-missing", { place: path }), locate: { path: [...path, "section"], key: true } };
      }
      return { text: say("schema.required", { place: path, missing }), locate: { path, key: true, atRoot: path.length === 0 } };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      return { text: say("schema.unknown-key", { place: path, key: extra, suggestion: closestMatch(extra, allowed), allowed }), locate: { path: [...path, extra], key: true } };
    }
    case "enum": {
      // The placeholder stands in until the discussion decides: never offered as a choice.
      const allowed = ((params.allowedValues as unknown[]).filter((item) => typeof item === "string") as string[]).filter((item) => item !== "to-be-filled");
      const suggestion = typeof value === "string" ? recognised(path, value, allowed) ?? closestMatch(value, allowed) : undefined;
      return { text: say("schema.enum", { place: path, allowed, value: shown, suggestion }), locate: atValue };
    }
    case "type":
      return { text: say("schema.type", { place: path, expected: String(params.type).split(","), value: shown }), locate: atValue };
    case "format":
    case "pattern": {
      if ((error.parentSchema as { format?: string })?.format === "date" || params.format === "date") {
        const iso = typeof value === "string" ? isoFromLocalDate(value) : undefined;
        return { text: say("schema.date", { place: path, value: shown, suggestion: iso }), locate: atValue };
      }
      if (path.at(-1) === "github") return { text: say("schema.github", { place: path, value: shown }), locate: atValue };
      return { text: say("schema.id", { place: path, value: shown, suggestion: typeof value === "string" ? idFrom(value) : undefined }), locate: atValue };
    }
    case "minItems":
      return { text: say("schema.min-items", { place: path, limit: Number(params.limit) }), locate: { path, key: true } };
    case "minLength":
      return { text: say("schema.empty", { place: path }), locate: { path, key: true } };
    case "minProperties":
      return { text: say("schema.empty-levels", { place: path }), locate: { path, key: true } };
    case "minimum":
    case "maximum":
      return { text: say("schema.year", { place: path, value: shown }), locate: atValue };
    default:
      return { text: say("schema.other", { place: path, detail: error.message ?? "is not valid" }), locate: atValue };
  }
}

/** The value meant, for what officials type in their own words (FM, utmärkt, nej). */
function recognised(path: readonly PathSegment[], value: string, allowed: readonly string[]): string | undefined {
  const key = path.at(-1);
  if (key === "ministry") {
    const code = ministryCode(value);
    return code !== undefined && allowed.includes(code) ? code : undefined;
  }
  if (key === "rating" || key === "bonus") return enumValue(key, value, allowed);
  return undefined;
}

/** A value as the messages show it: long text is cut to 60 characters. */
function showValue(value: unknown): Shown {
  if (value === null || value === undefined) return { kind: "empty", text: "" };
  if (Array.isArray(value)) return { kind: "list", text: "" };
  if (typeof value === "object") return { kind: "group", text: "" };
  if (typeof value === "string") return { kind: "text", text: value.length > 60 ? `${value.slice(0, 57)}…` : value };
  if (typeof value === "boolean") return { kind: "boolean", text: String(value) };
  return { kind: "number", text: String(value) };
}
