import type { YAMLError } from "yaml";
import type { Problem } from "./front-matter.js";
import type { Place, YamlFacts } from "./yaml-walk.js";

const CHECK_SYNTAX = "Check the indentation and the colon after each key; put text containing : or # in quotes.";

/** Plain words for the yaml package's errors (the reader is an official), positioned at the cause where we can tell. */
export function describeYamlError(error: YAMLError, yaml: string, facts: YamlFacts): Problem {
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

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
