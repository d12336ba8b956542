import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from "yaml";
import { say, type Message } from "../messages/catalogue.js";
import { readFastYaml } from "./fast-yaml.js";
import { problem, type Problem } from "./problem.js";
import { describeYamlError } from "./yaml-errors.js";
import { isNode, isWritten, MAX_DEPTH, MAX_NODES, walkYaml, type YamlFacts } from "./yaml-walk.js";

export interface FrontMatter {
  /** Where the YAML text begins in the file, so every YAML node range maps to the whole file. */
  offset: number;
  /** The positioned parse; read from a fast-read file, it is made on first use (see `fast`). */
  readonly document: Document.Parsed;
  /** The front matter as plain data; undefined when it could not be built. */
  data: unknown;
  /**
   * Set when the data came from the fast reader (fast-yaml.ts): `positioned` turns true once something
   * asked for `document`, so the engine knows the file needed positions and re-reads it the positioned way.
   */
  fast?: { positioned: boolean; yaml: string };
}

export interface SplitFile {
  frontMatter?: FrontMatter;
  body: string;
  bodyOffset: number;
  problems: Problem[];
}

/** More aliases than this is an "alias bomb" (a few lines that expand to gigabytes), never a real agreement. */
const MAX_ALIASES = 100;

/** The opening line: three dashes and nothing else, which is also what gray-matter accepts as "no language". */
const OPENING = /^---[ \t]*\r?\n/;

/**
 * Splits a file into YAML front matter and Markdown body (where gray-matter splits it, see cutAtClosing;
 * the front matter read by the `yaml` package, so it is YAML 1.2 and every node keeps its source range).
 * Pure: text in, data out. Never throws: whatever is wrong becomes at most one problem, positioned where reading stopped.
 */
export function splitFrontMatter(text: string, options: { fast?: boolean } = {}): SplitFile {
  if (text.trim() === "") {
    return noFrontMatter(text, say("parse.empty"));
  }
  if (!OPENING.test(text)) {
    return noFrontMatter(text, say("parse.no-opening"));
  }
  // gray-matter looks for the closing "\n---" right after the opening "---" (OPENING allows no language
  // name after it), so the YAML text always starts at offset 3.
  const offset = 3;
  const close = text.indexOf("\n---", offset);
  if (close === -1) {
    return {
      body: "",
      bodyOffset: text.length,
      problems: [problem(say("parse.unclosed"), 0, 3)],
    };
  }
  const { yaml, bodyOffset } = cutAtClosing(text, close);
  const body = text.slice(bodyOffset);
  const fastData = options.fast ? readFastYaml(yaml) : undefined;
  if (fastData !== undefined) return { frontMatter: lazyFrontMatter(offset, yaml, fastData), body, bodyOffset, problems: [] };
  const document = parseYaml(yaml);
  const facts = walkYaml(document);
  const problems = readingProblems(document, facts, yaml, offset);
  let data: unknown;
  if (problems.length === 0) {
    keepNumbersAsWritten(document, yaml);
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    } catch (error) {
      problems.push(aliasBombProblem(facts, offset, error));
    }
    if (problems.length === 0 && (typeof data !== "object" || data === null || Array.isArray(data))) {
      const start = offset + (document.contents?.range[0] ?? 0);
      problems.push(problem(say("parse.not-a-map"), start, start));
      data = undefined;
    }
  }
  return { frontMatter: { offset, document, data }, body, bodyOffset, problems };
}

/**
 * The block and where the body starts, cut exactly where gray-matter cuts a file that opens with OPENING
 * and has a closing "\n---" at `close`: the block is everything between the opening "---" and that line
 * break (so it starts with the rest of the opening line); the body starts after the three dashes, minus one
 * "\r" and then one "\n" if they follow (so "\n---x" leaves "x" as the body's start, as gray-matter does).
 * gray-matter itself also copied each file into a Buffer and scanned the block for comments, for data we
 * never used: a tenth of a diff's parsing (bench/issue-13.md, round 6). test/model/front-matter-cut.test.ts
 * holds this to gray-matter's own answer.
 */
export function cutAtClosing(text: string, close: number): { yaml: string; bodyOffset: number } {
  let bodyOffset = close + 4;
  if (text.charCodeAt(bodyOffset) === 0x0d) bodyOffset++;
  if (text.charCodeAt(bodyOffset) === 0x0a) bodyOffset++;
  return { yaml: text.slice(3, close), bodyOffset };
}

/** Front matter read the fast way, whose positioned parse is made only when asked for. */
function lazyFrontMatter(offset: number, yaml: string, data: unknown): FrontMatter {
  let document: Document.Parsed | undefined;
  const fast = { positioned: false, yaml };
  return {
    offset,
    data,
    fast,
    get document() {
      if (!document) {
        document = parseYaml(yaml);
        keepNumbersAsWritten(document, yaml);
        fast.positioned = true;
      }
      return document;
    },
  };
}

/** A whole number as people write one: digits, no sign but a minus, no leading zero. */
const PLAIN_INTEGER = /^-?(?:0|[1-9]\d*)$/;

/**
 * YAML 1.2 reads 2020.0, 0x7e4, 0o3744, 2.02e3, +2020 and 02020 all as the number 2020, so a year
 * written any of those ways would pass as one. A number not written as plain digits stays the text it
 * was written as: where the schema wants a whole number (a year, the cycle) that is an error pointing at
 * it; where it accepts text (a meter's target) nothing changes but the exact writing is kept.
 */
function keepNumbersAsWritten(document: Document.Parsed, yaml: string): void {
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== "number" || !node.range || node.type !== "PLAIN") return;
      const written = yaml.slice(node.range[0], node.range[1]);
      if (!PLAIN_INTEGER.test(written)) node.value = written;
    },
  });
}

function noFrontMatter(text: string, message: Message): SplitFile {
  return { body: text, bodyOffset: 0, problems: [problem(message, 0, 0)] };
}

function parseYaml(source: string): Document.Parsed {
  // gray-matter cuts the block at "\n---", so with CRLF line endings the last line keeps its "\r", which
  // YAML would read as part of the last value ("none\r"). Dropping it changes no offset before it.
  const yaml = source.endsWith("\r") ? source.slice(0, -1) : source;
  // YAML 1.2 core schema: `no`, `on` and unquoted dates stay text, unlike YAML 1.1.
  // uniqueKeys is checked by walkYaml instead: the yaml package's check is quadratic in the keys of a map.
  // logLevel "error": the package would otherwise print warnings (a key that is a list, an unknown tag) on stderr.
  return parseDocument(yaml, { version: "1.2", schema: "core", uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: "error" });
}

/**
 * Only the first problem in the file: later YAML errors are usually echoes of the first one and would
 * bury the real cause. Offsets are made whole-file here.
 */
function readingProblems(document: Document.Parsed, facts: YamlFacts, yaml: string, offset: number): Problem[] {
  const candidates: Problem[] = [];
  const invisible = invisibleIndentation(yaml);
  if (invisible) candidates.push(problem(say("yaml.invisible-indent", { character: invisible.name }), invisible.start, invisible.start + 1));
  const error = document.errors[0];
  if (error) candidates.push(describeYamlError(error, yaml, facts));
  if (facts.duplicateKey) {
    candidates.push(problem(say("parse.duplicate-key", { key: facts.duplicateKey.key }), facts.duplicateKey.start, facts.duplicateKey.end));
  }
  if (candidates.length === 0 && facts.tooDeep) {
    candidates.push(problem(say("parse.too-deep", { max: MAX_DEPTH }), facts.tooDeep.start, facts.tooDeep.end));
  }
  if (candidates.length === 0 && facts.tooMany) {
    candidates.push(problem(say("parse.too-many", { max: MAX_NODES }), facts.tooMany.start, facts.tooMany.end));
  }
  if (candidates.length === 0 && facts.unresolvedAlias) {
    candidates.push(problem(say("parse.unresolved-alias", { name: facts.unresolvedAlias.name }), facts.unresolvedAlias.start, facts.unresolvedAlias.end));
  }
  if (candidates.length === 0 && facts.loopingAlias) {
    candidates.push(problem(say("parse.looping-alias", { name: facts.loopingAlias.name }), facts.loopingAlias.start, facts.loopingAlias.end));
  }
  const first = candidates.sort((a, b) => a.start - b.start)[0];
  return first ? [{ ...first, start: offset + first.start, end: offset + Math.max(first.start, first.end) }] : [];
}

/**
 * Characters that look like spaces but are not (Word pastes no-break spaces): YAML reads them as part of
 * the key or value, so a line indented with one silently becomes a different key. Named with their
 * Unicode names, which officials can search for.
 */
const INVISIBLE: Readonly<Record<string, string>> = {
  "\u00a0": "U+00A0 NO-BREAK SPACE",
  "\u2002": "U+2002 EN SPACE",
  "\u2003": "U+2003 EM SPACE",
  "\u2007": "U+2007 FIGURE SPACE",
  "\u2009": "U+2009 THIN SPACE",
  "\u200b": "U+200B ZERO WIDTH SPACE",
  "\u202f": "U+202F NARROW NO-BREAK SPACE",
  "\u3000": "U+3000 IDEOGRAPHIC SPACE",
  "\ufeff": "U+FEFF ZERO WIDTH NO-BREAK SPACE",
};

/** The first invisible character in the indentation of a line of the YAML text, if any. */
function invisibleIndentation(yaml: string): { start: number; name: string } | undefined {
  const found = /^[ \t\u00a0\u2002\u2003\u2007\u2009\u200b\u202f\u3000\ufeff]*?([\u00a0\u2002\u2003\u2007\u2009\u200b\u202f\u3000\ufeff])/m.exec(yaml);
  if (!found) return undefined;
  const start = found.index + found[0].length - 1;
  return { start, name: INVISIBLE[found[1]!]! };
}

function aliasBombProblem(facts: YamlFacts, offset: number, error: unknown): Problem {
  const start = offset + (facts.firstAlias?.start ?? 0);
  const tooMany = !(error instanceof Error) || /alias|excessive/i.test(error.message);
  return problem(tooMany ? say("parse.alias-bomb") : say("parse.alias-unresolvable"), start, start);
}

export type PathSegment = string | number;

/**
 * Finds the source range of the YAML node at `path`, or of its key when `key` is set. A path that does
 * not exist resolves to the deepest part that does, so a missing key points at the map that lacks it.
 */
export function locateInFrontMatter(frontMatter: FrontMatter, path: readonly PathSegment[], key = false): { start: number; end: number } {
  let node: unknown = frontMatter.document.contents;
  let keyNode: Node | undefined;
  let deepest: Node | undefined = isNode(node) ? node : undefined;
  for (const segment of path) {
    // A flow list item written "key: value" ([a: 1]) is a bare pair, which the data holds as a one-key map.
    const pairs = isMap(node) ? node.items : isPair(node) ? [node] : undefined;
    if (pairs) {
      const pair = pairs.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
      keyNode = undefined;
      node = node.items[segment];
    } else {
      break;
    }
    deepest = isWritten(node) ? node : keyNode ?? deepest;
  }
  const target = (key && keyNode) || (isWritten(node) ? node : keyNode ?? deepest);
  const range = target?.range;
  if (!range) return { start: 0, end: 0 };
  return { start: frontMatter.offset + range[0], end: frontMatter.offset + Math.max(range[0], range[1]) };
}
