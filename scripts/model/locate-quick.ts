import type { FrontMatter, PathSegment } from "./front-matter.js";

/** A value that the positioned parse reads as a plain scalar whose range is exactly these characters. */
const WORD = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * Where a top-level key's one-word value stands, found in the text without the positioned parse: every
 * agreement's summary needs the place of its `id` (for `unique-id`), and parsing every clean file with
 * positions only for that would undo the fast path. Answers only when it cannot be wrong: the key is written
 * plainly at the start of exactly one line (a second such line could sit inside a quoted text or a
 * bracket), the line holds nothing but the key, the value and perhaps a comment, and that value is the
 * data's. Otherwise undefined, and the positioned parse answers. test/model/fast-yaml.test.ts compares both.
 */
export function locateTopLevelWord(frontMatter: FrontMatter, path: readonly PathSegment[], key: boolean): { start: number; end: number } | undefined {
  const name = path[0];
  if (path.length !== 1 || typeof name !== "string" || !WORD.test(name)) return undefined;
  const value = (frontMatter.data as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== "string" || !WORD.test(value)) return undefined;
  const yaml = frontMatter.fast?.yaml;
  if (yaml === undefined || /^\s*(?:#.*\n\s*)*[{[]/.test(yaml)) return undefined;
  const patterns = patternsFor(name);
  patterns.keyLine.lastIndex = 0;
  const first = patterns.keyLine.exec(yaml);
  if (!first || patterns.keyLine.exec(yaml)) return undefined;
  // The one line that names the key: it must hold the key, exactly this value, and perhaps a comment.
  const lineEnd = yaml.indexOf("\n", first.index);
  const line = patterns.wordLine.exec(yaml.slice(first.index, lineEnd === -1 ? yaml.length : lineEnd));
  if (!line || line[1] !== value) return undefined;
  const start = frontMatter.offset + first.index + (key ? 0 : line[0].indexOf(value, name.length + 1));
  return { start, end: start + (key ? name.length : value.length) };
}

/**
 * The two expressions per key name, made once: a RegExp made anew on every call is never compiled to
 * machine code by V8 (it is run by the interpreter, about 60 µs a file in lint's profile of 10,000 files).
 */
const PATTERNS = new Map<string, { keyLine: RegExp; wordLine: RegExp }>();

function patternsFor(name: string): { keyLine: RegExp; wordLine: RegExp } {
  let patterns = PATTERNS.get(name);
  if (!patterns) {
    const escaped = name.replace(/[.]/g, "\\.");
    patterns = {
      keyLine: new RegExp(`^["']?${escaped}["']?[ \\t]*:`, "gm"),
      wordLine: new RegExp(`^${escaped}:[ ]+([A-Za-z0-9][A-Za-z0-9._/-]*)[ ]*(?:[ ]#.*)?\\r?$`),
    };
    PATTERNS.set(name, patterns);
  }
  return patterns;
}
