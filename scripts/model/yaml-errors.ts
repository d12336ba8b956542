import type { YAMLError } from "yaml";
import { say, type Message } from "../messages/catalogue.js";
import { problem, type Problem } from "./problem.js";
import type { Place, YamlFacts } from "./yaml-walk.js";

/** Plain words for the yaml package's errors (the reader is an official), positioned at the cause where we can tell. */
export function describeYamlError(error: YAMLError, yaml: string, facts: YamlFacts): Problem {
  const [start, end = start] = error.pos;
  // Indentation errors are reported at the start of the line; the offending thing is the tab, or the key.
  const indented = indentedStart(yaml, start, error.code === "TAB_AS_INDENT");
  const at = { start: indented, end: Math.max(indented + 1, end) };
  const here = (text: Message, place: { start: number; end: number } = at) => problem(text, place.start, place.end);
  const detail = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  if (/call stack/i.test(detail)) return here(say("yaml.too-deep"));
  // A tab among the spaces of an indentation shows up as several kinds of error; the tab is the cause.
  const tab = indentedStart(yaml, start, true);
  if (error.code === "TAB_AS_INDENT" || yaml[tab] === "\t") return problem(say("yaml.tab"), tab, tab + 1);
  switch (error.code) {
    case "BAD_SCALAR_START":
      return here(say("yaml.bad-scalar-start", { character: detail.at(-1) ?? "" }));
    case "BLOCK_AS_IMPLICIT_KEY":
      if (/compact mapping/i.test(detail) && nextLineBefore(yaml, start, ": ") !== -1) {
        const line = indentedStart(yaml, nextLineBefore(yaml, start, ": "), false);
        return problem(say("yaml.indented-continuation"), line, line + 1);
      }
      if (/compact mapping/i.test(detail)) return here(say("yaml.colon-space"));
      break;
    case "MISSING_CHAR": {
      if (/without - indicator/.test(detail)) return here(say("yaml.not-lined-up"));
      const quote = /closing ("|')quote/.exec(detail);
      if (quote) return here(say("yaml.unclosed-quote", { quote: quote[1]! }), lastOpenerBefore(facts, "quote", start) ?? at);
      break;
    }
    case "BAD_INDENT": {
      const flow = /^Flow (sequence|map)/.exec(detail);
      if (flow) {
        const kind = flow[1] === "sequence" ? "list" : "group";
        const [open, close] = kind === "list" ? ["[", "]"] : ["{", "}"];
        const opener = lastOpenerBefore(facts, kind, start);
        return here(say("yaml.unclosed-flow", { open: open!, close: close! }), opener ? { start: opener.start, end: opener.start + 1 } : at);
      }
      if (/same column/i.test(detail)) return here(say("yaml.key-not-lined-up"));
      break;
    }
    case "BLOCK_IN_FLOW":
      return here(say("yaml.block-in-flow"));
    case "UNEXPECTED_TOKEN": {
      const header = /^Block scalar header includes extra characters: ([|>])/.exec(detail);
      if (header) return here(say("yaml.block-scalar-header", { indicator: header[1]! }));
      break;
    }
    case "MULTILINE_IMPLICIT_KEY":
      return here(say("yaml.not-key-value"));
    case "BAD_DQ_ESCAPE":
      return here(say("yaml.bad-escape"));
    case "MULTIPLE_DOCS":
      return here(say("yaml.multiple-docs"));
    case "KEY_OVER_1024_CHARS":
      return here(say("yaml.long-key"));
    case "ALIAS_PROPS":
    case "BAD_ALIAS":
    case "MULTIPLE_ANCHORS":
      return here(say("yaml.anchors"));
  }
  return here(say("yaml.other", { detail: lowerFirst(detail).replace(/\.$/, "") }));
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
