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
  const escaped = name.replace(/[.]/g, "\\.");
  const lines = yaml.match(new RegExp(`^["']?${escaped}["']?[ \\t]*:`, "gm"));
  if (lines?.length !== 1) return undefined;
  const line = new RegExp(`^${escaped}:[ ]+(${value.replace(/[.]/g, "\\.")})[ ]*(?:[ ]#.*)?\\r?$`, "m").exec(yaml);
  if (!line) return undefined;
  const start = frontMatter.offset + line.index + (key ? 0 : line[0].indexOf(value, name.length + 1));
  return { start, end: start + (key ? name.length : value.length) };
}
