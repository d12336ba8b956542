import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import agreementSchemaJson from "./schemas/agreement.schema.json" with { type: "json" };
import catalogueSchemaJson from "./schemas/catalogue.schema.json" with { type: "json" };
import { locateInFrontMatter, type FrontMatter, type PathSegment, type Problem } from "./front-matter.js";
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
      problems.push({
        message: `The front matter has more problems than the ${MAX_SCHEMA_PROBLEMS} listed before this one.`,
        hint: "Fix the problems listed first, then check the file again to see the rest.",
        ...place,
      });
      break;
    }
    const path = pointerToPath(error.instancePath);
    const described = describeSchemaError(error, path);
    const location = described.locate;
    const place = location.atRoot ? { start: 0, end: 3 } : locateInFrontMatter(frontMatter, location.path, location.key);
    if (seenStarts.has(place.start)) continue;
    seenStarts.add(place.start);
    problems.push({ message: described.message, hint: described.hint, start: place.start, end: place.end });
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
  message: string;
  hint: string;
  locate: { path: PathSegment[]; key: boolean; atRoot?: boolean };
}

/** Plain words for each kind of schema error: the reader is an official, not a developer. */
function describeSchemaError(error: ErrorObject, path: PathSegment[]): Described {
  const name = nameOf(path);
  const value = error.data;
  const valueText = describeValue(value);
  const params = error.params as Record<string, unknown>;
  const atValue = { path, key: false };
  switch (error.keyword) {
    case "required": {
      const missing = params.missing as string[];
      if (missing.length === 1 && missing[0] === "common") {
        return {
          message: `${capital(name)} is in the common section but does not say which common management goal it answers.`,
          hint: "Add \"common: <goal id>\" with an id from this year's catalogue, for example common: knowledge-based-management.",
          locate: { path: [...path, "section"], key: true },
        };
      }
      const keys = missing.map((key) => `"${key}"`).join(", ");
      const where = path.length === 0 ? " to the front matter" : ` under ${name}`;
      return {
        message: `${path.length === 0 ? "The front matter" : capital(name)} lacks the key${missing.length > 1 ? "s" : ""} ${keys}.`,
        hint: missing.length === 1 ? `Add a line "${missing[0]}: …"${where}.` : `Add a line for each of ${keys}${where}.`,
        locate: { path, key: true, atRoot: path.length === 0 },
      };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const suggestion = closestMatch(extra, allowed);
      return {
        message: `"${extra}" is not a known key ${path.length === 0 ? "in the front matter" : `under ${name}`}.`,
        hint: suggestion ? `Did you mean "${suggestion}"?` : `Known keys here: ${allowed.join(", ")}.`,
        locate: { path: [...path, extra], key: true },
      };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).filter((item) => typeof item === "string") as string[];
      const suggestion = typeof value === "string" ? closestMatch(value, allowed) : undefined;
      return {
        message: `${capital(name)} must be one of ${allowed.join(", ")}; it is ${valueText}.`,
        hint: suggestion ? `Did you mean "${suggestion}"?` : `Write one of: ${allowed.join(", ")}.`,
        locate: atValue,
      };
    }
    case "type": {
      const expected = String(params.type).split(",");
      return {
        message: `${capital(name)} must be ${expected.map(describeType).join(" or ")}; it is ${valueText}.`,
        hint: typeHint(expected, value),
        locate: atValue,
      };
    }
    case "format":
    case "pattern": {
      if ((error.parentSchema as { format?: string })?.format === "date" || params.format === "date") {
        return {
          message: `${capital(name)} must be a real date written YYYY-MM-DD; it is ${valueText}.`,
          hint: "Write the date as year-month-day with leading zeros, for example 2020-04-30.",
          locate: atValue,
        };
      }
      if (path.at(-1) === "github") {
        return {
          message: `${capital(name)} must be a GitHub user name; it is ${valueText}.`,
          hint: "Write the user name only, without @ or a web address, for example maria-exempel.",
          locate: atValue,
        };
      }
      return {
        message: `${capital(name)} may contain only lower-case letters a–z, digits and hyphens; it is ${valueText}.`,
        hint: "Use a short id such as vm-statssekreterare: no spaces, capitals or letters like å, ä, ö.",
        locate: atValue,
      };
    }
    case "minItems":
      return {
        message: `${capital(name)} must list at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}.`,
        hint: `Add items under ${name}, each on its own line starting with "- ".`,
        locate: { path, key: true },
      };
    case "minLength":
      return { message: `${capital(name)} is empty.`, hint: `Write a value for ${name}.`, locate: { path, key: true } };
    case "minProperties":
      return {
        message: `${capital(name)} is empty.`,
        hint: "Give at least one level, for example good: \">= 80 %\".",
        locate: { path, key: true },
      };
    case "minimum":
    case "maximum":
      return {
        message: `${capital(name)} must be a year between 2000 and 2100; it is ${valueText}.`,
        hint: "Write the year with four digits, for example 2020.",
        locate: atValue,
      };
    default:
      return { message: `${capital(name)} ${error.message ?? "is not valid"}.`, hint: "See the agreement format in README.md.", locate: atValue };
  }
}

/** "item 2 of goals → meters → item 1 → target" reads poorly; we name the key and the list item it is in. */
function nameOf(path: PathSegment[]): string {
  if (path.length === 0) return "the front matter";
  const last = path.at(-1)!;
  if (typeof last === "number") return `item ${last + 1} of "${String(path.at(-2))}"`;
  const index = path.findLastIndex((segment) => typeof segment === "number");
  if (index > 0) return `"${last}" in item ${(path[index] as number) + 1} of "${String(path[index - 1])}"`;
  return `"${last}"`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeValue(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of keys";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === "boolean") return `the yes/no value ${value}`;
  return String(value);
}

function describeType(type: string): string {
  switch (type) {
    case "string":
      return "text";
    case "integer":
      return "a whole number (such as 2020)";
    case "number":
      return "a number";
    case "array":
      return "a list (lines starting with \"- \")";
    case "object":
      return "a group of \"key: value\" lines";
    case "boolean":
      return "true or false";
    default:
      return type;
  }
}

function typeHint(expected: string[], value: unknown): string {
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    return `Put the value in quotes, for example "${String(value)}".`;
  }
  if (expected.includes("integer") && typeof value === "string" && /^(?:0|[1-9]\d*)$/.test(value)) {
    return `Remove the quotes: write ${value} without them.`;
  }
  if (expected.includes("integer") && typeof value === "string" && /^[-+]?(?:0[xo]|\d)/i.test(value)) {
    return "Write the number as plain digits, for example 2020 (not 2020.0, 0x7e4 or +2020).";
  }
  if (value === null) return "Write a value after the colon, or remove the line.";
  return "See the agreement format in README.md.";
}
