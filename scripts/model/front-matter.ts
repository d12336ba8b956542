import matter from "gray-matter";
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from "yaml";

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
 * Splits a file into YAML front matter and Markdown body (gray-matter, with the `yaml` package as its
 * engine so the front matter is YAML 1.2 and every node keeps its source range). Pure: text in, data out.
 */
export function splitFrontMatter(text: string): SplitFile {
  if (text.trim() === "") {
    return noFrontMatter(text, "The file is empty.", "An agreement starts with front matter: a line ---, the keys, and another line ---.");
  }
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return noFrontMatter(text, "The file does not start with front matter (a first line of three dashes: ---).", "Put the agreement's data between two lines of --- at the very top of the file.");
  }
  let parsed: FrontMatter["document"] | undefined;
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
  const raw = file.matter ?? "";
  const offset = text.indexOf(raw, 3);
  const closed = text.indexOf("\n---", 3) !== -1;
  if (!closed) {
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
  const document = parsed ?? parseYaml(raw);
  const bodyOffset = text.length - file.content.length;
  const problems = yamlProblems(document, offset);
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    } catch (error) {
      problems.push(aliasProblem(document, offset, error));
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
  // YAML 1.2 core schema: `no`, `on` and unquoted dates stay text, unlike YAML 1.1.
  return parseDocument(source, { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
}

/** Only the first YAML error: later ones are usually echoes of it and would bury the real cause. */
function yamlProblems(document: Document.Parsed, offset: number): Problem[] {
  const error = document.errors[0];
  if (!error) return [];
  const [start, end] = error.pos;
  return [{ ...describeYamlError(error.code, error.message, document, start), start: offset + start, end: offset + Math.max(start, end) }];
}

function describeYamlError(code: string, message: string, document: Document.Parsed, start: number): { message: string; hint: string } {
  switch (code) {
    case "DUPLICATE_KEY": {
      const key = keyAt(document, start);
      return {
        message: key ? `The key "${key}" appears twice here.` : "A key appears twice here.",
        hint: "Keep only one of the two lines with this key and merge their values.",
      };
    }
    case "TAB_AS_INDENT":
      return { message: "A tab is used to indent this line.", hint: "Indent with spaces instead of tabs (two spaces per level)." };
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
    case "BAD_INDENT":
    default: {
      const firstLine = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      return {
        message: `The front matter cannot be read here: ${lowerFirst(firstLine)}.`.replace(/\.\.$/, "."),
        hint: "Check the indentation and the colon after each key; put text containing : or # in quotes.",
      };
    }
  }
}

function keyAt(document: Document.Parsed, offset: number): string | undefined {
  let found: string | undefined;
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) found = String(pair.key.value);
    },
  });
  return found;
}

function aliasProblem(document: Document.Parsed, offset: number, error: unknown): Problem {
  let first: Node | undefined;
  visit(document, {
    Alias(_key, node) {
      first ??= node;
      return visit.BREAK;
    },
  });
  const start = offset + (first?.range?.[0] ?? 0);
  const unresolved = error instanceof Error && /unresolved|not found/i.test(error.message);
  return {
    message: unresolved
      ? "The front matter refers to an anchor (*name) that is not defined."
      : "The front matter repeats anchors (*name) so many times that it cannot be read safely.",
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
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
      keyNode = undefined;
      node = node.items[segment];
    } else {
      break;
    }
  }
  const target = (key && keyNode) || (isAlias(node) || isScalar(node) || isMap(node) || isSeq(node) ? (node as Node) : keyNode);
  const range = target?.range;
  if (!range) return { start: 0, end: 0 };
  return { start: frontMatter.offset + range[0], end: frontMatter.offset + range[1] };
}
