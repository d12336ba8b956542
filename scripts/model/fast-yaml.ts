import jsyaml from "js-yaml";
import { BOOLEAN_SPELLING, MAX_KEY_LENGTH, NULL_SPELLING, readSimpleYaml, WHOLE_NUMBER } from "./simple-yaml.js";
import { MAX_DEPTH, MAX_NODES } from "./yaml-walk.js";

/**
 * A fast data-only reading of front matter, for the files that turn out clean (nearly all of them): js-yaml
 * (gray-matter's own engine) reads a typical agreement's YAML about 15 times faster than the `yaml`
 * package's positioned parse (bench/README.md). It must give exactly the data the positioned parse gives
 * (front-matter.ts: YAML 1.2 core schema, then keepNumbersAsWritten), so its schema is built to match:
 *
 * - null: ~, null, Null, NULL or nothing; booleans: true/false in the three spellings of YAML 1.2 core,
 *   so yes/no/on/off stay text (js-yaml's default schema is YAML 1.1 and would read them as booleans);
 * - numbers: only whole numbers written as plain digits. Every other number YAML 1.2 knows (2020.0,
 *   0x7e4, +2020, 1e3, .inf) ends up as the text it was written as after keepNumbersAsWritten, which is
 *   what leaving it unresolved gives here; js-yaml's YAML 1.1 extras (1_000, 1:30) stay text as in 1.2;
 * - no dates (unquoted dates stay text), no merge keys, no other tags.
 *
 * Whatever this reader cannot vouch for returns undefined and goes to the positioned parse, which decides:
 * a js-yaml error (also for duplicate keys), anchors, aliases and tags, directives, complex keys, merge
 * keys, tabs, a document end marker, data that is not a group of keys, a key over 1024 characters (YAML 1.2's
 * limit, which js-yaml does not keep), or anything near the size limits.
 * test/model/fast-yaml.test.ts compares the two readers over every fixture, the examples and generated YAML.
 *
 * Before all that, simple-yaml.ts reads the plain shape most front matter is written in, faster, with the
 * positioned parse's data and without needing these checks; js-yaml reads what it leaves.
 */
const nullType = new jsyaml.Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (data) => data === null || data === "" || NULL_SPELLING.test(data),
  construct: () => null,
});

const boolType = new jsyaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (data) => data !== null && BOOLEAN_SPELLING.test(data),
  construct: (data) => data === "true" || data === "True" || data === "TRUE",
});

/** PLAIN_INTEGER in front-matter.ts (longer numbers are left to the positioned parse, see UNSURE). */
const intType = new jsyaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data) => data !== null && WHOLE_NUMBER.test(data),
  construct: (data) => Number(data),
});

const SCHEMA = new jsyaml.Schema({ include: [jsyaml.FAILSAFE_SCHEMA], implicit: [nullType, boolType, intType] });

/**
 * Constructs whose reading differs between YAML parsers or needs the positioned parse's checks: anchors,
 * aliases and tags (& * ! after a space, bracket or comma, or at a line start), directives (%), complex
 * keys (?), merge keys (<<), tabs, a document end marker (...), a null key (": value" on its own),
 * which js-yaml names "null" and the positioned parse "", and 16 digits in a row (a number too long to be
 * exact, which the positioned parse keeps as a rounded number), a byte order mark, and an empty entry in a
 * bracket ([ , ]: js-yaml reads a null, YAML 1.2 refuses). Plain text such as "R&D" or "a*b" passes.
 * (One expression, as before round 8 of issue 13: its faster three-part form went when simple-yaml.ts took
 * over the common files, leaving this check only the few it does not read.)
 */
const UNSURE = /\ufeff|[[{,][ \t\r\n]*,|\d{16}|(?:^|[\s[\]{},])[&*!]|^[ \t]*%|(?:^|[\s[{,])\?(?:\s|$)|<<|\t|^\.\.\.|(?:^|[\s[{,-])["']?(?:~|null|Null|NULL)?["']?[ ]*:(?:\s|$)/m;

/** The front matter's data, or undefined when only the positioned parse can say (see above). Never throws. */
export function readFastYaml(yaml: string): Record<string, unknown> | undefined {
  // As parseYaml in front-matter.ts: with CRLF endings the block ends in "\r", which is not part of the YAML.
  const source = yaml.endsWith("\r") ? yaml.slice(0, -1) : yaml;
  // Most front matter is in the plain shape simple-yaml.ts reads, which needs none of the checks below.
  const simple = readSimpleYaml(source);
  if (simple !== undefined) return simple;
  if (UNSURE.test(source) || !wellIndented(source)) return undefined;
  let data: unknown;
  try {
    data = readJsYaml(source);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  return withinLimits(data) ? (data as Record<string, unknown>) : undefined;
}

/** js-yaml with the schema above (exported for the tests that compare simple-yaml.ts with it). Throws on a YAML error. */
export function readJsYaml(source: string): unknown {
  return jsyaml.load(source, { schema: SCHEMA, json: false });
}

/**
 * YAML 1.2 wants every line of a value indented more than its key; js-yaml lets a quoted text or a bracket
 * run on at the start of a line ("a: 'x" then "y'" below it), which the positioned parse refuses. So each
 * line that is not indented must be a comment or start a top-level key, and while a quoted text or a
 * bracket is open, every further line must be indented more than the line that opened it. Checked loosely
 * (quotes and brackets are counted, not parsed), which sends a few good files to the positioned parse.
 */
function wellIndented(source: string): boolean {
  let openIndent = -1;
  let quote = "";
  let brackets = 0;
  for (const line of source.split("\n")) {
    if (line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    if (openIndent >= 0 && indent <= openIndent) return false;
    if (indent === 0 && !TOP_LEVEL_LINE.test(line)) return false;
    quote = scanQuotes(line, quote);
    brackets = Math.max(0, brackets + (line.match(/[[{]/g) ?? []).length - (line.match(/[\]}]/g) ?? []).length);
    const open = quote !== "" || brackets > 0;
    if (!open) openIndent = -1;
    else if (openIndent < 0) openIndent = indent;
  }
  return quote === "" && brackets === 0;
}

/**
 * The quote still open at the end of a line ("" for none), given the one open at its start: a quote opens
 * a text only where a value can start (after a space, a bracket, a comma or the line start); inside "…" a
 * backslash escapes, inside '…' a doubled ' is one. A # outside a text starts a comment.
 */
function scanQuotes(line: string, open: string): string {
  let quote = open;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote === '"') {
      if (char === "\\") index++;
      else if (char === '"') quote = "";
    } else if (quote === "'") {
      if (char === "'" && line[index + 1] === "'") index++;
      else if (char === "'") quote = "";
    } else if ((char === '"' || char === "'") && (index === 0 || /[\s[{,:-]/.test(line[index - 1]!))) {
      quote = char;
    } else if (char === "#" && (index === 0 || /\s/.test(line[index - 1]!))) {
      break;
    }
  }
  return quote;
}

/** A comment, or a key (plain or quoted) followed by a colon and a space or the line's end. */
const TOP_LEVEL_LINE = /^(?:#|[^\s#'"?&*!|>%@`{}[\],-][^:#]*:(?:[ \t]|\r?$)|"[^"\\]*"[ \t]*:(?:[ \t]|\r?$)|'[^']*'[ \t]*:(?:[ \t]|\r?$))/;

/**
 * Well inside walkYaml's limits (it counts keys as nodes too), so that a file near them is judged by the
 * positioned parse, and no key longer than YAML 1.2 allows.
 */
export function withinLimits(root: object): boolean {
  // Depth first without a stack of its own: the depth limit (MAX_DEPTH / 2) bounds the recursion, and
  // no object is made per value (issue 13, round 8: the stack of { value, depth } pairs showed in GC).
  const budget = { nodes: MAX_NODES / 4 };
  return fits(root, 1, budget);
}

function fits(value: unknown, depth: number, budget: { nodes: number }): boolean {
  if (--budget.nodes < 0 || depth > MAX_DEPTH / 2) return false;
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) return value.every((child) => fits(child, depth + 1, budget));
  // YAML 1.2 refuses a key over 1024 characters where js-yaml reads it (Object.entries: no key is skipped).
  return Object.entries(value).every(([key, child]) => key.length <= MAX_KEY_LENGTH && fits(child, depth + 1, budget));
}
