import { isAlias, isCollection, isScalar, parseDocument, visit } from "yaml";
import { splitFrontMatter } from "../model/front-matter.js";
import { SourceText } from "../model/source.js";
import { canonicaliseDocument, STRINGIFY_OPTIONS } from "./canonical-yaml.js";
import { SchemaCursor, type RootSchema } from "./schema-shape.js";

/** Why a file was left as it is, at a 1-based whole-file line and column. */
export interface FormatProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

export type FormatResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; problem: FormatProblem };

const OPENING = /^---[ \t]*(\r?\n)/;

/**
 * The canonical form of one agreement or goal catalogue: the front matter rewritten by
 * `canonicaliseDocument`, everything from the closing `---` on kept byte for byte, and a newline at the
 * end. Pure: text in, text out. A file that cannot be read, or whose new form would not read back as the
 * same data, is returned as a problem and must be left untouched.
 */
export function formatFile(text: string, schema: RootSchema): FormatResult {
  // The same reading as the lint's, so a file the lint cannot read is refused here with the same words.
  const split = splitFrontMatter(text);
  const source = new SourceText(text);
  const first = split.problems[0];
  if (first) return refuse(source, first.start, first.message, first.hint);

  const opening = OPENING.exec(text)!;
  const newline = opening[1]!;
  const close = text.indexOf("\n---", 3);
  const yamlStart = opening[0].length;
  const yaml = text.slice(yamlStart, close + 1);
  const rest = text.slice(close + 1);

  const document = parseDocument(yaml, { version: "1.2", schema: "core", uniqueKeys: false, prettyErrors: false, logLevel: "error" });
  // Anchors and aliases (&name, *name) tie two places together; reordering keys could put an alias above
  // its anchor, which no longer reads. No agreement needs them, so the file is left for a person to fix.
  const tie = findAnchorOrAlias(document, yaml);
  if (tie !== undefined) {
    return refuse(source, yamlStart + tie, "The front matter uses YAML anchors or aliases (&name or *name), which the formatter does not rearrange.", "Write the values out in full instead of using & and *; then run the formatter again.");
  }
  if (document.contents === null) return finish(text, text);

  canonicaliseDocument(document, SchemaCursor.at(schema));
  let formatted = document.toString(STRINGIFY_OPTIONS);
  if (newline === "\r\n") formatted = formatted.replace(/\r?\n/g, "\r\n");
  const result = `---${newline}${formatted}${rest}`;

  // What was written must read back as the same data with the same body; otherwise leave the file alone.
  const check = splitFrontMatter(result);
  if (check.problems.length > 0 || check.body !== split.body || !sameData(check.frontMatter?.data, document.toJS())) {
    return refuse(source, yamlStart, "The formatter could not write this front matter in its canonical form without changing what it says, so the file is left as it is.", "Please report this file to the repository's maintainers; the lint still checks it.");
  }
  return finish(text, result);
}

function finish(original: string, formatted: string): FormatResult {
  const text = formatted.endsWith("\n") ? formatted : `${formatted}\n`;
  return { ok: true, text, changed: text !== original };
}

function refuse(source: SourceText, offset: number, message: string, hint: string): FormatResult {
  const { line, column } = source.positionAt(offset);
  return { ok: false, problem: { line, column, message, hint } };
}

/** The offset of the first `&name` or `*name` in the YAML text. */
function findAnchorOrAlias(document: ReturnType<typeof parseDocument>, yaml: string): number | undefined {
  let found: number | undefined;
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      found = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
    if ((isScalar(node) || isCollection(node)) && node.anchor !== undefined) {
      // The node's range starts after its "&name"; point at the "&", where the official must look.
      const start = node.range?.[0] ?? 0;
      const ampersand = yaml.lastIndexOf(`&${node.anchor}`, start);
      found = ampersand === -1 ? start : ampersand;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** Deep equality of plain data, where the order of an object's keys does not matter (the formatter changes it). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameData(item, other[index]));
  }
  if (a instanceof Map || b instanceof Map || a instanceof Date || b instanceof Date) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
