import jsyaml from "js-yaml";
import { MAX_KEY_LENGTH, readSimpleYaml } from "./simple-yaml.js";
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
  resolve: (data) => data === null || /^(?:~|null|Null|NULL)?$/.test(data),
  construct: () => null,
});

const boolType = new jsyaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (data) => data !== null && /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
  construct: (data) => data === "true" || data === "True" || data === "TRUE",
});

/** PLAIN_INTEGER in front-matter.ts (longer numbers are left to the positioned parse, see UNSURE). */
const intType = new jsyaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data) => data !== null && /^-?(?:0|[1-9]\d{0,14})$/.test(data),
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
 */
export function unsure(source: string): boolean {
  return (mayBeUnsure(source) && UNSURE.test(source)) || hasNullKey(source);
}

/**
 * Split in three for speed (issue 13, round 8), as one regular expression they were tried at every space:
 * mayBeUnsure looks for a character or pair every alternative of UNSURE needs, so UNSURE runs only on the
 * few texts that have one; the null key is found by looking back from each colon. test/model/fast-yaml-checks.test.ts
 * compares the three with the single regular expression they replace.
 */
function mayBeUnsure(source: string): boolean {
  return RARE.test(source) || EMPTY_ENTRY.test(source) || SIXTEEN_DIGITS.test(source) || directiveSign(source);
}

// In separate expressions, as each is found faster alone; `\d\d…` is found faster than `\d{16}`.
const RARE = /[\ufeff&*!?\t]|<<|\.\.\./;
const EMPTY_ENTRY = /[[{,][ \t\r\n]*,/;
const SIXTEEN_DIGITS = /\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d/;

/** A % after nothing but spaces and tabs on its line (a directive), looked for from each % as "5 %" is common. */
function directiveSign(source: string): boolean {
  for (let sign = source.indexOf("%"); sign !== -1; sign = source.indexOf("%", sign + 1)) {
    let index = sign - 1;
    while (index >= 0 && (source.charCodeAt(index) === 0x20 || source.charCodeAt(index) === 0x09)) index--;
    if (index < 0 || LINE_BREAK.test(source[index]!)) return true;
  }
  return false;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const UNSURE = /\ufeff|[[{,][ \t\r\n]*,|\d{16}|(?:^|[\s[\]{},])[&*!]|^[ \t]*%|(?:^|[\s[{,])\?(?:\s|$)|<<|\t|^\.\.\./m;

/**
 * A null key: a colon followed by a space, a line break or the end, with before it nothing, ~ or a
 * spelling of null, each maybe quoted, then spaces, all after a line start, a space, [, {, a comma or -
 * (the regular expression `(?:^|[\s[{,-])["']?(?:~|null|Null|NULL)?["']?[ ]*:(?:\s|$)`). Spaces just
 * before the colon need no look further back: a space is itself such a boundary.
 */
function hasNullKey(source: string): boolean {
  for (let colon = source.indexOf(":"); colon !== -1; colon = source.indexOf(":", colon + 1)) {
    if (colon + 1 < source.length && !isWhitespace(source, colon + 1)) continue;
    if (boundaryBefore(source, colon)) return true;
    // Most colons end a key such as "title": only a quote or the last letter of ~ or null can end a null key.
    const last = source.charCodeAt(colon - 1);
    if (last !== 0x22 && last !== 0x27 && last !== 0x7e && last !== 0x6c && last !== 0x4c) continue;
    // The text before the colon, maybe less a closing quote, ends in a null word or an opening quote.
    if (nullKeyEndsAt(source, colon) || (isQuote(source, colon - 1) && nullKeyEndsAt(source, colon - 1))) return true;
  }
  return false;
}

/** Whether a quote, a null word or a quote and a null word end at `end`, after a boundary. */
function nullKeyEndsAt(source: string, end: number): boolean {
  if (isQuote(source, end - 1) && boundaryBefore(source, end - 1)) return true;
  for (const word of NULL_WORDS) {
    if (end < word.length || !source.startsWith(word, end - word.length)) continue;
    const start = end - word.length;
    if (boundaryBefore(source, start) || (isQuote(source, start - 1) && boundaryBefore(source, start - 1))) return true;
  }
  return false;
}

const NULL_WORDS = ["~", "null", "Null", "NULL"];
const WHITESPACE = /\s/;

/** As /\s/ (Unicode spaces too); the ASCII characters without a regular expression. */
function isWhitespace(source: string, index: number): boolean {
  const char = source.charCodeAt(index);
  if (char < 0x80) return char === 0x20 || (char >= 0x09 && char <= 0x0d);
  return WHITESPACE.test(source[index]!);
}

/** True at the start of the text or after a space, a line break, [, {, a comma or -. */
function boundaryBefore(source: string, index: number): boolean {
  if (index === 0) return true;
  const char = source.charCodeAt(index - 1);
  return char === 0x5b || char === 0x7b || char === 0x2c || char === 0x2d || isWhitespace(source, index - 1);
}

function isQuote(source: string, index: number): boolean {
  const char = source.charCodeAt(index);
  return char === 0x22 || char === 0x27;
}

/** The front matter's data, or undefined when only the positioned parse can say (see above). Never throws. */
export function readFastYaml(yaml: string): Record<string, unknown> | undefined {
  // As parseYaml in front-matter.ts: with CRLF endings the block ends in "\r", which is not part of the YAML.
  const source = yaml.endsWith("\r") ? yaml.slice(0, -1) : yaml;
  // Most front matter is in the plain shape simple-yaml.ts reads, which needs none of the checks below.
  const simple = readSimpleYaml(source);
  if (simple !== undefined) return simple;
  if (unsure(source) || !wellIndented(source)) return undefined;
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
export function wellIndented(source: string): boolean {
  let openIndent = -1;
  let quote = "";
  let brackets = 0;
  // Line by line as source.split("\n") would give them, without making a string of each line (issue 13,
  // round 8): the indentation is counted in place, and only a line that is not indented is cut out for
  // TOP_LEVEL_LINE. A line without a quote mark cannot open or close a quote, so most lines skip the scan.
  let nextQuote = -2;
  // Where the next [, ], { and } are: a scan of every character for them took half this check's time.
  const nextBracket = BRACKETS.map((bracket) => nextIndex(source, bracket, 0));
  for (let start = 0; start <= source.length; ) {
    const found = source.indexOf("\n", start);
    const end = found === -1 ? source.length : found;
    const lineStart = start;
    start = end + 1;
    // As line.length - line.trimStart().length; a line of nothing but such spaces is blank (line.trim() === "").
    let indent = 0;
    while (lineStart + indent < end && isWhitespace(source, lineStart + indent)) indent++;
    if (lineStart + indent === end) continue;
    if (openIndent >= 0 && indent <= openIndent) return false;
    if (indent === 0 && !TOP_LEVEL_LINE.test(source.slice(lineStart, end))) return false;
    if (nextQuote !== -1 && nextQuote < lineStart) nextQuote = firstQuote(source, lineStart);
    if (nextQuote !== -1 && nextQuote < end) quote = scanQuotes(source, lineStart, end, quote);
    brackets = Math.max(0, brackets + bracketBalance(source, nextBracket, end));
    const open = quote !== "" || brackets > 0;
    if (!open) openIndent = -1;
    else if (openIndent < 0) openIndent = indent;
  }
  return quote === "" && brackets === 0;
}

/** Index of the first " or ' from `from` on, or -1. */
function firstQuote(source: string, from: number): number {
  const double = source.indexOf('"', from);
  const single = source.indexOf("'", from);
  return double === -1 ? single : single === -1 ? double : Math.min(double, single);
}

const BRACKETS = ["[", "{", "]", "}"];

/** Index of `char` from `from` on, or the source's length (past every line's end) when there is none. */
function nextIndex(source: string, char: string, from: number): number {
  const found = source.indexOf(char, from);
  return found === -1 ? source.length : found;
}

/**
 * Opening brackets ([ and {) minus closing ones (] and }) before `end`, moving `next` (where each of
 * BRACKETS next occurs) past them; the lines before have moved it past theirs.
 */
function bracketBalance(source: string, next: number[], end: number): number {
  let balance = 0;
  for (let kind = 0; kind < BRACKETS.length; kind++) {
    while (next[kind]! < end) {
      balance += kind < 2 ? 1 : -1;
      next[kind] = nextIndex(source, BRACKETS[kind]!, next[kind]! + 1);
    }
  }
  return balance;
}

/**
 * The quote still open at the end of a line (from `start` to `end`; "" for none), given the one open at
 * its start: a quote opens a text only where a value can start (after a space, a bracket, a comma or the
 * line start); inside "…" a backslash escapes, inside '…' a doubled ' is one. A # outside a text starts a comment.
 */
function scanQuotes(source: string, start: number, end: number, open: string): string {
  let quote = open;
  for (let index = start; index < end; index++) {
    const char = source[index]!;
    if (quote === '"') {
      if (char === "\\") index++;
      else if (char === '"') quote = "";
    } else if (quote === "'") {
      if (char === "'" && index + 1 < end && source[index + 1] === "'") index++;
      else if (char === "'") quote = "";
    } else if ((char === '"' || char === "'") && (index === start || /[\s[{,:-]/.test(source[index - 1]!))) {
      quote = char;
    } else if (char === "#" && (index === start || /\s/.test(source[index - 1]!))) {
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
