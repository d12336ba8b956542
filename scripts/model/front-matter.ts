import matter from "gray-matter";
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from "yaml";
import { readFastYaml } from "./fast-yaml.js";
import { describeYamlError } from "./yaml-errors.js";
import { isNode, isWritten, MAX_DEPTH, MAX_NODES, walkYaml, type YamlFacts } from "./yaml-walk.js";

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
 * Splits a file into YAML front matter and Markdown body (gray-matter, with the `yaml` package as its
 * engine so the front matter is YAML 1.2 and every node keeps its source range). Pure: text in, data out.
 * Never throws: whatever is wrong becomes at most one problem, positioned where reading stopped.
 */
export function splitFrontMatter(text: string, options: { fast?: boolean } = {}): SplitFile {
  if (text.trim() === "") {
    return noFrontMatter(text, "The file is empty.", "An agreement starts with front matter: a line ---, the keys, and another line ---.");
  }
  if (!OPENING.test(text)) {
    return noFrontMatter(text, "The file does not start with front matter (a first line of three dashes: ---).", "Put the agreement's data between two lines of --- at the very top of the file, with nothing above the first one.");
  }
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
  // The engine parses nothing: the block is read below, the fast way or the positioned way. gray-matter
  // skips its engine when the block holds only comments, and file.matter is what it would have been given.
  const file = matter(text, {
    engines: {
      yaml: {
        parse: () => ({}),
        stringify: () => {
          throw new Error("not used");
        },
      },
    },
  } as never);
  const yaml = file.matter ?? "";
  const bodyOffset = text.length - file.content.length;
  const fastData = options.fast ? readFastYaml(yaml) : undefined;
  if (fastData !== undefined) return { frontMatter: lazyFrontMatter(offset, yaml, fastData), body: file.content, bodyOffset, problems: [] };
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

/**
 * Only the first problem in the file: later YAML errors are usually echoes of the first one and would
 * bury the real cause. Offsets are made whole-file here.
 */
function readingProblems(document: Document.Parsed, facts: YamlFacts, yaml: string, offset: number): Problem[] {
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

function aliasBombProblem(facts: YamlFacts, offset: number, error: unknown): Problem {
  const start = offset + (facts.firstAlias?.start ?? 0);
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
