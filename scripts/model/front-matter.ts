import matter from "gray-matter";
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type YAMLError } from "yaml";

/** Something wrong with a file, located by offsets in the file's text (the engine turns them into lines). */
export interface Problem {
  message: string;
  hint: string;
  start: number;
  end: number;
}

export interface FrontMatter {
  /** Where the YAML text begins in the file, so every YAML node range maps to the whole file. */
  offset: number;
  document: Document.Parsed;
  /** The front matter as plain data; undefined when it could not be built. */
  data: unknown;
}

export interface SplitFile {
  frontMatter?: FrontMatter;
  body: string;
  bodyOffset: number;
  problems: Problem[];
}

/** More aliases than this is an "alias bomb" (a few lines that expand to gigabytes), never a real agreement. */
const MAX_ALIASES = 100;
/**
 * A real agreement nests about six levels and holds a few hundred values. Far beyond that the input is
 * broken or hostile, and checking it would cost seconds (ajv slows down sharply on thousands of errors).
 */
const MAX_DEPTH = 32;
const MAX_NODES = 10_000;

/** The opening line: three dashes and nothing else, which is also what gray-matter accepts as "no language". */
const OPENING = /^---[ \t]*\r?\n/;

/**
 * Splits a file into YAML front matter and Markdown body (gray-matter, with the `yaml` package as its
 * engine so the front matter is YAML 1.2 and every node keeps its source range). Pure: text in, data out.
 * Never throws: whatever is wrong becomes at most one problem, positioned where reading stopped.
 */
export function splitFrontMatter(text: string): SplitFile {
  if (text.trim() === "") {
    return noFrontMatter(text, "The file is empty.", "An agreement starts with front matter: a line ---, the keys, and another line ---.");
  }
  if (!OPENING.test(text)) {
    return noFrontMatter(text, "The file does not start with front matter (a first line of three dashes: ---).", "Put the agreement's data between two lines of --- at the very top of the file, with nothing above the first one.");
  }
  let parsed: Document.Parsed | undefined;
  const file = matter(text, {
    engines: {
      yaml: {
        parse: (source: string) => {
          parsed = parseYaml(source);
          return {};
        },
        stringify: () => {
          throw new Error("not used");
        },
      },
    },
  } as never);
  // gray-matter looks for the closing "\n---" right after the opening "---" (OPENING allows no language
  // name after it), so the YAML text always starts at offset 3.
  const offset = 3;
  if (text.indexOf("\n---", offset) === -1) {
    return {
      body: "",
      bodyOffset: text.length,
      problems: [{
        message: "The front matter that starts on this line is never closed.",
        hint: "Add a line with three dashes (---) after the last key of the front matter.",
        start: 0,
        end: 3,
      }],
    };
  }
  // gray-matter skips its engine when the block holds only comments; parse anyway for the node ranges.
  const yaml = file.matter ?? "";
  const document = parsed ?? parseYaml(yaml);
  const bodyOffset = text.length - file.content.length;
  const problems = readingProblems(document, yaml, offset);
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    } catch (error) {
      problems.push(aliasBombProblem(document, offset, error));
    }
    if (problems.length === 0 && (typeof data !== "object" || data === null || Array.isArray(data))) {
      const start = offset + (document.contents?.range[0] ?? 0);
      problems.push({
        message: "The front matter must be a list of keys and values (key: value), one per line.",
        hint: "Start each line with a key such as id:, title: or ministry:.",
        start,
        end: start,
      });
      data = undefined;
    }
  }
  return { frontMatter: { offset, document, data }, body: file.content, bodyOffset, problems };
}

function noFrontMatter(text: string, message: string, hint: string): SplitFile {
  return { body: text, bodyOffset: 0, problems: [{ message, hint, start: 0, end: 0 }] };
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

/** Where a YAML node starts and ends, as a half-open range of offsets in the YAML text. */
interface Place {
  start: number;
  end: number;
}

/** What one pass over the YAML tree found; every field is the first such place in document order. */
interface YamlFacts {
  duplicateKey?: Place & { key: string };
  tooDeep?: Place;
  tooMany?: Place;
  unresolvedAlias?: Place & { name: string };
  /** An alias inside the very value its anchor names: endless data, and endless recursion in whoever reads it. */
  loopingAlias?: Place & { name: string };
  firstAlias?: Place;
  /** Quoted scalars and flow collections ([...] {...}): where an unclosed one began, for syntax errors. */
  openers: (Place & { kind: "quote" | "list" | "group" })[];
}

/**
 * One iterative walk in document order (recursion would overflow on hostile nesting): duplicate keys,
 * depth, size, aliases that refer to no anchor, and where quotes and brackets open.
 */
function walkYaml(document: Document.Parsed): YamlFacts {
  const facts: YamlFacts = { openers: [] };
  const anchors = new Map<string, Place>();
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isNode(node)) continue;
    const place = placeOf(node);
    if (++count > MAX_NODES) {
      facts.tooMany = place;
      break;
    }
    if (depth > MAX_DEPTH) {
      facts.tooDeep = place;
      break;
    }
    if (isAlias(node)) {
      facts.firstAlias ??= place;
      const anchored = anchors.get(node.source);
      if (!anchored) facts.unresolvedAlias ??= { ...place, name: node.source };
      else if (place.start >= anchored.start && place.start < anchored.end) facts.loopingAlias ??= { ...place, name: node.source };
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, place);
    if (isScalar(node)) {
      if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) facts.openers.push({ ...place, kind: "quote" });
      continue;
    }
    if (!isCollection(node)) continue;
    if (node.flow) facts.openers.push({ ...place, kind: isSeq(node) ? "list" : "group" });
    if (isMap(node)) checkDuplicateKeys(node.items, facts);
    const children: unknown[] = [];
    for (const item of node.items as unknown[]) {
      if (isPair(item)) children.push(item.key, item.value);
      else children.push(item);
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index], depth: depth + 1 });
  }
  return facts;
}

function isNode(value: unknown): value is Node {
  return isAlias(value) || isScalar(value) || isCollection(value);
}

/** A node that has text in the file; "key:" with nothing after it holds an empty null node, not worth pointing at. */
function isWritten(value: unknown): value is Node {
  return isNode(value) && !(isScalar(value) && value.range !== undefined && value.range !== null && value.range[0] === value.range[1]);
}

function placeOf(node: Node): Place {
  const [start = 0, end = start] = node.range ?? [];
  return { start, end: Math.max(start, end) };
}

/** Two keys that become the same property in the data (2020 and "2020" too): the later one is the problem. */
function checkDuplicateKeys(items: readonly unknown[], facts: YamlFacts): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    const place = placeOf(item.key);
    if (!facts.duplicateKey || place.start < facts.duplicateKey.start) facts.duplicateKey = { ...place, key };
    return;
  }
}

/**
 * Only the first problem in the file: later YAML errors are usually echoes of the first one and would
 * bury the real cause. Offsets are made whole-file here.
 */
function readingProblems(document: Document.Parsed, yaml: string, offset: number): Problem[] {
  const facts = walkYaml(document);
  const candidates: Problem[] = [];
  const error = document.errors[0];
  if (error) candidates.push(describeYamlError(error, yaml, facts));
  if (facts.duplicateKey) {
    candidates.push({
      message: `The key "${facts.duplicateKey.key}" appears twice here.`,
      hint: "Keep only one of the two lines with this key and merge their values.",
      ...facts.duplicateKey,
    });
  }
  if (candidates.length === 0 && facts.tooDeep) {
    candidates.push({
      message: `The front matter is nested more than ${MAX_DEPTH} levels deep here, which no agreement needs.`,
      hint: "Check the indentation and that every [ has its ] and every { its }.",
      ...facts.tooDeep,
    });
  }
  if (candidates.length === 0 && facts.tooMany) {
    candidates.push({
      message: `The front matter holds more than ${MAX_NODES.toLocaleString("en")} values, far more than an agreement; it is not checked further from here.`,
      hint: "Keep only the agreement's own data in the front matter; move lists and tables elsewhere and link to them.",
      ...facts.tooMany,
    });
  }
  if (candidates.length === 0 && facts.unresolvedAlias) {
    candidates.push({
      message: `"*${facts.unresolvedAlias.name}" refers to an anchor (&${facts.unresolvedAlias.name}) that is not defined above it.`,
      hint: "A value that starts with * or & must be put in quotes, for example \"*text*\".",
      ...facts.unresolvedAlias,
    });
  }
  if (candidates.length === 0 && facts.loopingAlias) {
    candidates.push({
      message: `"*${facts.loopingAlias.name}" refers to the value it is itself part of, which never ends.`,
      hint: "Write the values out in full instead of using YAML anchors and aliases (& and *).",
      ...facts.loopingAlias,
    });
  }
  const first = candidates.sort((a, b) => a.start - b.start)[0];
  return first ? [{ ...first, start: offset + first.start, end: offset + Math.max(first.start, first.end) }] : [];
}

const CHECK_SYNTAX = "Check the indentation and the colon after each key; put text containing : or # in quotes.";

/** Plain words for the yaml package's errors (the reader is an official), positioned at the cause where we can tell. */
function describeYamlError(error: YAMLError, yaml: string, facts: YamlFacts): Problem {
  const [start, end = start] = error.pos;
  // Indentation errors are reported at the start of the line; the offending thing is the tab, or the key.
  const indented = indentedStart(yaml, start, error.code === "TAB_AS_INDENT");
  const at = { start: indented, end: Math.max(indented + 1, end) };
  const detail = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  if (/call stack/i.test(detail)) {
    return { message: "The front matter is nested too deeply to be read.", hint: "Check the indentation and that every [ has its ] and every { its }.", ...at };
  }
  // A tab among the spaces of an indentation shows up as several kinds of error; the tab is the cause.
  const tab = indentedStart(yaml, start, true);
  if (error.code === "TAB_AS_INDENT" || yaml[tab] === "\t") {
    return { message: "A tab is used to indent this line.", hint: "Indent with spaces instead of tabs (two spaces per level).", start: tab, end: tab + 1 };
  }
  switch (error.code) {
    case "BAD_SCALAR_START": {
      const character = detail.at(-1) ?? "";
      return {
        message: `A value cannot start with the character ${character} unless it is in quotes.`,
        hint: `Put the whole value in double quotes, for example "${character}…".`,
        ...at,
      };
    }
    case "BLOCK_AS_IMPLICIT_KEY":
      if (/compact mapping/i.test(detail) && nextLineBefore(yaml, start, ": ") !== -1) {
        const line = indentedStart(yaml, nextLineBefore(yaml, start, ": "), false);
        return {
          message: "This line is indented more than the key above it, so it reads as the continuation of that key's value.",
          hint: "Start each key in the same column as the keys above it; indent with spaces, two per level.",
          start: line,
          end: line + 1,
        };
      }
      if (/compact mapping/i.test(detail)) {
        return {
          message: "This value contains a colon followed by a space, which reads as a second key on the same line.",
          hint: "Put the whole value in double quotes, for example title: \"Avtal: 2020\".",
          ...at,
        };
      }
      break;
    case "MISSING_CHAR": {
      if (/without - indicator/.test(detail)) {
        return { message: "This line is not lined up with the lines above it.", hint: "Keys of the same list item start in the same column; indent with spaces, two per level.", ...at };
      }
      const quote = /closing ("|')quote/.exec(detail);
      if (quote) {
        const opener = lastOpenerBefore(facts, "quote", start);
        return {
          message: `The quotation mark ${quote[1]} that starts here is never closed.`,
          hint: `Add the closing ${quote[1]} at the end of the value.`,
          ...(opener ?? at),
        };
      }
      break;
    }
    case "BAD_INDENT": {
      const flow = /^Flow (sequence|map)/.exec(detail);
      if (flow) {
        const kind = flow[1] === "sequence" ? "list" : "group";
        const [open, close] = kind === "list" ? ["[", "]"] : ["{", "}"];
        const opener = lastOpenerBefore(facts, kind, start);
        return {
          message: `The ${open} that starts here has no matching ${close}, or its next lines are not indented enough.`,
          hint: `Close it with ${close} on the same line, or write one item per line instead.`,
          ...(opener ? { start: opener.start, end: opener.start + 1 } : at),
        };
      }
      if (/same column/i.test(detail)) {
        return { message: "This key is not lined up with the keys above it.", hint: "Keys at the same level must start in the same column; indent with spaces, two per level.", ...at };
      }
      break;
    }
    case "MULTILINE_IMPLICIT_KEY":
      return {
        message: "This line is not of the form \"key: value\" (is the colon after the key missing?).",
        hint: "Write each line as a key, a colon, a space and the value; list items start with \"- \" under their key.",
        ...at,
      };
    case "BAD_DQ_ESCAPE":
      return {
        message: "A backslash (\\) inside double quotes starts a special character, and this one is not valid.",
        hint: "Write \\\\ for a backslash, or put the value in single quotes instead.",
        ...at,
      };
    case "MULTIPLE_DOCS":
      return { message: "A line here ends the front matter's data too early (a line of ... or ---).", hint: "Remove the line, or put its text in quotes.", ...at };
    case "KEY_OVER_1024_CHARS":
      return { message: "This key is longer than 1,024 characters; probably a colon is missing after a key.", hint: CHECK_SYNTAX, ...at };
    case "ALIAS_PROPS":
    case "BAD_ALIAS":
    case "MULTIPLE_ANCHORS":
      return {
        message: "The anchors (&name) and references (*name) here are not valid YAML.",
        hint: "Write the values out in full; a value that starts with & or * must be put in quotes.",
        ...at,
      };
  }
  return { message: `The front matter cannot be read here: ${lowerFirst(detail).replace(/\.$/, "")}.`, hint: CHECK_SYNTAX, ...at };
}

/** At a line's start, the first tab (tabs) or the first character after the spaces; elsewhere `offset` itself. */
function indentedStart(yaml: string, offset: number, tab: boolean): number {
  if (offset > 0 && yaml[offset - 1] !== "\n") return offset;
  let index = offset;
  while (index < yaml.length && (yaml[index] === " " || (!tab && yaml[index] === "\t"))) index++;
  return tab && yaml[index] !== "\t" ? offset : index;
}

/** The start of the next line after `offset` when `marker` is first found on that line or later, else -1. */
function nextLineBefore(yaml: string, offset: number, marker: string): number {
  const newline = yaml.indexOf("\n", offset);
  const found = yaml.indexOf(marker, offset);
  return newline !== -1 && found > newline ? newline + 1 : -1;
}

function lastOpenerBefore(facts: YamlFacts, kind: YamlFacts["openers"][number]["kind"], offset: number): Place | undefined {
  let found: Place | undefined;
  for (const opener of facts.openers) {
    if (opener.kind === kind && opener.start < offset && opener.end >= offset && (!found || opener.start > found.start)) found = opener;
  }
  return found;
}

function aliasBombProblem(document: Document.Parsed, offset: number, error: unknown): Problem {
  const start = offset + (walkYaml(document).firstAlias?.start ?? 0);
  const tooMany = !(error instanceof Error) || /alias|excessive/i.test(error.message);
  return {
    message: tooMany
      ? "The front matter repeats anchors (*name) so many times that it cannot be read safely."
      : "The front matter's anchors (&name) and references (*name) cannot be resolved.",
    hint: "Write the values out in full instead of using YAML anchors and aliases (& and *).",
    start,
    end: start,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
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
