import { MAX_DEPTH, MAX_NODES } from "./yaml-walk.js";

/**
 * A reader for the plain shape agreements and catalogues are written in, several times faster than js-yaml
 * and the checks fast-yaml.ts needs around it (issue 13, round 10). It reads a small part of YAML, and
 * there gives exactly the data of the positioned parse (front-matter.ts) and of js-yaml with fast-yaml.ts's
 * schema; for everything else it answers undefined, and fast-yaml.ts goes on as before. The part it reads:
 *
 * - keys written as plain words (a letter or _, then letters, digits, _ and -), each key once in its group;
 * - groups of keys and lists in block style ("key:" with the value indented below it, "- " items, an item
 *   that starts a group of keys: "- id: x"), with every line of a group at exactly its indentation;
 * - on one line: a plain value, a value in "…" (without a backslash) or '…' ('' inside for one '), or a
 *   group { key: value, … } or list [ value, … ] of such values, which may hold further brackets;
 * - blank lines and lines that are nothing but a comment.
 *
 * Anything else is left to the other readers: a value that runs on to the next line, a block text (| or >),
 * a comment after a value, a plain value that starts with a sign YAML gives a meaning (- ? : , [ ] { } #
 * & * ! | > ' " % @ `; a minus before a digit is read) or holds ": " or " #", a colon or bracket inside a
 * plain value in brackets, a line break other than \n, a tab, a byte order mark, a
 * character YAML does not allow, a key that is a spelling of null or of a boolean or longer than YAML
 * allows, 16 digits in a row in a plain value (a number the positioned parse would round), and anything
 * near the size limits (as fast-yaml.ts's withinLimits). Plain values are resolved as the YAML 1.2 core
 * schema does after keepNumbersAsWritten: null, booleans, whole numbers written as plain digits, and
 * text for everything else; values in quotes are text. test/model/simple-yaml.test.ts compares this
 * reader with js-yaml and with the positioned parse over the examples, every fixture and generated YAML.
 */
export function readSimpleYaml(source: string): Record<string, unknown> | undefined {
  // One quick look for any character the slower checks are about; most front matter has none.
  if (RARE_CHARACTER.test(source) && (UNUSUAL.test(source) || NON_PRINTABLE.test(source))) return undefined;
  const reader = new Reader(source);
  try {
    return reader.document();
  } catch (error) {
    if (error === NOT_SIMPLE) return undefined;
    throw error;
  }
}

// eslint-disable-next-line no-control-regex
const RARE_CHARACTER = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** A line break other than \n, a tab, a byte order mark, and the line breaks of YAML 1.1 that YAML 1.2 reads as text. */
const UNUSUAL = /[\r\t\ufeff\u0085\u2028\u2029]/;

/** js-yaml's PATTERN_NON_PRINTABLE: a stream with one of these is an error there. */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Thrown inside the reader for anything outside its part of YAML; never leaves readSimpleYaml. */
const NOT_SIMPLE = Symbol("not simple");

/**
 * fast-yaml.ts's withinLimits, kept while reading: at most this many values (the whole as one), and groups,
 * lists and brackets nested at most this deep, so that a value inside the deepest is at MAX_DEPTH / 2.
 */
const MAX_VALUES = MAX_NODES / 4;
const MAX_NESTING = MAX_DEPTH / 2 - 1;

/** YAML 1.2 allows a key without a "?" before it (every key here) to be at most 1024 characters. */
export const MAX_KEY_LENGTH = 1024;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;

/** Signs that may not start a plain value here (YAML allows - ? : before other text; only -digit is read). */
const NOT_PLAIN_START = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((char) => char.charCodeAt(0)));

/** The spellings the YAML 1.2 core schema resolves to null (besides nothing at all) and to booleans; fast-yaml.ts's schema uses them too. */
export const NULL_SPELLING = /^(?:~|null|Null|NULL)$/;
export const BOOLEAN_SPELLING = /^(?:true|True|TRUE|false|False|FALSE)$/;
/** front-matter.ts's PLAIN_INTEGER, up to 15 digits (a longer number is left to the positioned parse). */
export const WHOLE_NUMBER = /^-?(?:0|[1-9]\d{0,14})$/;
const SIXTEEN_DIGITS = /\d{16}/;

class Reader {
  /** Where reading stands: at a line's start between lines, inside a line while reading it. */
  private at = 0;
  /** Groups, lists and brackets open around the current value. */
  private nesting = 0;
  private values = 0;

  constructor(private readonly source: string) {}

  /** The whole text: a group of keys from the first line with content, which must not be indented. */
  document(): Record<string, unknown> {
    this.skipBlankLines();
    if (this.atEnd() || this.indentation() !== 0) throw NOT_SIMPLE;
    this.enter();
    return this.group(0);
  }

  private atEnd(): boolean {
    return this.at >= this.source.length;
  }

  /** The number of spaces that start the current line. */
  private indentation(): number {
    let index = this.at;
    while (this.source.charCodeAt(index) === SPACE) index++;
    return index - this.at;
  }

  /** Moves past lines that are blank or only a comment, to the start of the next line with content (or the end). */
  private skipBlankLines(): void {
    while (this.at < this.source.length) {
      let index = this.at;
      while (this.source.charCodeAt(index) === SPACE) index++;
      const char = this.source.charCodeAt(index);
      if (char === NEWLINE) this.at = index + 1;
      else if (char === HASH) this.at = this.lineEnd(index) + 1;
      else if (index >= this.source.length) this.at = index;
      else return;
    }
  }

  /** One more value, one level deeper; see MAX_VALUES and MAX_NESTING. */
  private enter(): void {
    this.count();
    if (++this.nesting > MAX_NESTING) throw NOT_SIMPLE;
  }

  private count(): void {
    if (++this.values > MAX_VALUES) throw NOT_SIMPLE;
  }

  /**
   * A group of keys whose lines start at `indent`, from the current line's start (or, for a group that
   * starts after "- ", from its first key at `firstKeyAt`). Ends at a line indented less, or the end.
   * The caller has opened it with enter(), as for a list.
   */
  private group(indent: number, firstKeyAt?: number): Record<string, unknown> {
    const group: Record<string, unknown> = {};
    if (firstKeyAt !== undefined) {
      this.at = firstKeyAt;
      this.entry(group, indent);
    }
    for (;;) {
      this.skipBlankLines();
      if (this.atEnd()) break;
      const spaces = this.indentation();
      if (spaces < indent) break;
      if (spaces > indent) throw NOT_SIMPLE;
      this.at += spaces;
      this.entry(group, indent);
    }
    this.nesting--;
    return group;
  }

  /** One "key: value" of a group indented `indent`, from the key on; ends at the start of the next line. */
  private entry(group: Record<string, unknown>, indent: number): void {
    const key = this.key(this.source.length);
    if (Object.hasOwn(group, key)) throw NOT_SIMPLE;
    const next = this.source.charCodeAt(this.at);
    if (next !== SPACE && next !== NEWLINE && !this.atEnd()) throw NOT_SIMPLE;
    while (this.source.charCodeAt(this.at) === SPACE) this.at++;
    if (this.atEnd() || this.source.charCodeAt(this.at) === NEWLINE) {
      this.at++;
      group[key] = this.nested(indent);
    } else {
      group[key] = this.inlineValue();
    }
  }

  /** A plain-word key and its ":", from reading's place (before `end`); leaves reading after the colon. */
  private key(end: number): string {
    const start = this.at;
    const colon = keyEnd(this.source, start, end);
    if (colon === -1) throw NOT_SIMPLE;
    const key = this.source.slice(start, colon);
    if (colon - start > MAX_KEY_LENGTH || isReservedKey(key)) throw NOT_SIMPLE;
    this.at = colon + 1;
    return key;
  }

  /** The value of "key:" with nothing after it: a group or a list on the lines below, or null. */
  private nested(indent: number): unknown {
    this.skipBlankLines();
    const spaces = this.atEnd() ? -1 : this.indentation();
    const isItem = spaces >= 0 && this.isItemAt(this.at + spaces);
    // A list may stand at its key's own indentation ("goals:" then "- id: a" below it); a group may not.
    if (isItem && spaces >= indent) {
      this.enter();
      return this.list(spaces);
    }
    if (spaces > indent) {
      this.enter();
      return this.group(spaces);
    }
    this.count();
    return null;
  }

  /** A "- " item (or "-" alone on its line) starts at `index`. */
  private isItemAt(index: number): boolean {
    if (this.source.charCodeAt(index) !== DASH) return false;
    const next = this.source.charCodeAt(index + 1);
    return next === SPACE || next === NEWLINE || index + 1 >= this.source.length;
  }

  /**
   * A block list whose "- " marks stand at `indent`, from the current line's start. A line at that
   * indentation that is not an item ends it: it is the next key of the group above if the list stands
   * at its key's indentation, and if not, that group refuses it.
   */
  private list(indent: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      this.skipBlankLines();
      if (this.atEnd()) break;
      const lineStart = this.at;
      const spaces = this.indentation();
      if (spaces < indent) break;
      const dash = lineStart + spaces;
      if (spaces > indent) throw NOT_SIMPLE;
      if (!this.isItemAt(dash)) break;
      this.at = dash + 1;
      while (this.source.charCodeAt(this.at) === SPACE) this.at++;
      const content = this.at;
      // "-" alone with its item below, and "- - x", are refused by plain().
      if (this.startsKey(content)) {
        // "- id: a" starts a group whose keys stand where "id" does.
        this.enter();
        list.push(this.group(content - lineStart, content));
      } else {
        list.push(this.inlineValue());
      }
    }
    this.nesting--;
    return list;
  }

  /** A plain word followed by ":" and a space or the line's end starts at `index`. */
  private startsKey(index: number): boolean {
    const colon = keyEnd(this.source, index, this.source.length);
    if (colon === -1) return false;
    const next = this.source.charCodeAt(colon + 1);
    return next === SPACE || next === NEWLINE || colon + 1 >= this.source.length;
  }

  /** A value on the rest of the line (block context), then nothing but spaces; ends at the next line's start. */
  private inlineValue(): unknown {
    const lineEnd = this.lineEnd(this.at);
    const value = this.value(lineEnd, false);
    while (this.source.charCodeAt(this.at) === SPACE) this.at++;
    if (this.at < lineEnd) throw NOT_SIMPLE;
    this.at = lineEnd + 1;
    return value;
  }

  /** A quoted value, brackets, or a plain value, from reading's place. */
  private value(lineEnd: number, inBrackets: boolean): unknown {
    const char = this.source.charCodeAt(this.at);
    if (char === OPEN_CURLY || char === OPEN_SQUARE) return this.flow(lineEnd);
    this.count();
    if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE) return this.quoted(lineEnd);
    return this.plain(lineEnd, inBrackets);
  }

  /** A value in "…" or '…' that ends on this line. */
  private quoted(lineEnd: number): string {
    const quote = this.source.charCodeAt(this.at);
    const start = this.at + 1;
    if (quote === DOUBLE_QUOTE) {
      const close = this.source.indexOf('"', start);
      if (close === -1 || close > lineEnd) throw NOT_SIMPLE;
      const text = this.source.slice(start, close);
      if (text.indexOf("\\") !== -1) throw NOT_SIMPLE;
      this.at = close + 1;
      return text;
    }
    let text = "";
    let from = start;
    for (;;) {
      const close = this.source.indexOf("'", from);
      if (close === -1 || close > lineEnd) throw NOT_SIMPLE;
      if (this.source.charCodeAt(close + 1) !== SINGLE_QUOTE) {
        this.at = close + 1;
        return text + this.source.slice(from, close);
      }
      text += this.source.slice(from, close + 1);
      from = close + 2;
    }
  }

  /** A plain value up to the line's end (block) or to the next , ] or } (inside brackets), resolved. */
  private plain(lineEnd: number, inBrackets: boolean): unknown {
    const start = this.at;
    const first = this.source.charCodeAt(start);
    if (NOT_PLAIN_START.has(first) && !isMinusBeforeDigit(this.source, start)) throw NOT_SIMPLE;
    let end = start;
    for (; end < lineEnd; end++) {
      const char = this.source.charCodeAt(end);
      if (char === COLON) {
        // ": " starts a key, and a ":" at the line's end too; inside brackets any ":" is left to the others.
        if (inBrackets || this.source.charCodeAt(end + 1) === SPACE || end + 1 >= lineEnd) throw NOT_SIMPLE;
      } else if (char === HASH) {
        if (this.source.charCodeAt(end - 1) === SPACE) throw NOT_SIMPLE;
      } else if (inBrackets) {
        if (char === COMMA || char === CLOSE_SQUARE || char === CLOSE_CURLY) break;
        if (char === OPEN_SQUARE || char === OPEN_CURLY) throw NOT_SIMPLE;
      }
    }
    this.at = end;
    while (end > start && this.source.charCodeAt(end - 1) === SPACE) end--;
    if (end === start) throw NOT_SIMPLE;
    return resolvePlain(this.source.slice(start, end));
  }

  /** A group { … } or list [ … ] that closes on this line. */
  private flow(lineEnd: number): unknown {
    const isList = this.source.charCodeAt(this.at) === OPEN_SQUARE;
    const closing = isList ? CLOSE_SQUARE : CLOSE_CURLY;
    this.enter();
    this.at++;
    const collection: unknown[] | Record<string, unknown> = isList ? [] : {};
    this.skipSpaces(lineEnd);
    let char = this.source.charCodeAt(this.at);
    while (char !== closing) {
      if (Array.isArray(collection)) collection.push(this.value(lineEnd, true));
      else this.flowEntry(collection, lineEnd);
      this.skipSpaces(lineEnd);
      char = this.source.charCodeAt(this.at);
      if (char === closing) break;
      if (char !== COMMA) throw NOT_SIMPLE;
      // After a comma, the closing bracket may follow at once ([a, ], as YAML allows); an empty entry
      // ([a, , b]) is refused by plain().
      this.at++;
      this.skipSpaces(lineEnd);
      char = this.source.charCodeAt(this.at);
    }
    this.at++;
    this.nesting--;
    return collection;
  }

  /** "key: value" inside { … }. */
  private flowEntry(group: Record<string, unknown>, lineEnd: number): void {
    const key = this.key(lineEnd);
    if (Object.hasOwn(group, key) || this.source.charCodeAt(this.at) !== SPACE) throw NOT_SIMPLE;
    this.skipSpaces(lineEnd);
    group[key] = this.value(lineEnd, true);
  }

  private skipSpaces(lineEnd: number): void {
    while (this.at < lineEnd && this.source.charCodeAt(this.at) === SPACE) this.at++;
  }

  /** The index of the line break that ends the line holding `index`, or the source's length. */
  private lineEnd(index: number): number {
    const end = this.source.indexOf("\n", index);
    return end === -1 ? this.source.length : end;
  }
}

/** Where the ":" after a plain-word key starting at `start` is (before `end`), or -1 if no such key starts there. */
function keyEnd(source: string, start: number, end: number): number {
  if (!isWordStart(source.charCodeAt(start))) return -1;
  let index = start + 1;
  while (index < end && isWordCharacter(source.charCodeAt(index))) index++;
  return index < end && source.charCodeAt(index) === COLON ? index : -1;
}

function isWordStart(char: number): boolean {
  return (char >= 0x61 && char <= 0x7a) || (char >= 0x41 && char <= 0x5a) || char === 0x5f;
}

function isWordCharacter(char: number): boolean {
  return isWordStart(char) || (char >= 0x30 && char <= 0x39) || char === DASH;
}

/** A key that is null or a boolean in YAML (and would be named differently by the two parsers), or __proto__. */
function isReservedKey(key: string): boolean {
  return NULL_SPELLING.test(key) || BOOLEAN_SPELLING.test(key) || key === "__proto__";
}

/** A minus and a digit: a plain value (a negative number, or text such as "-5 %") in every reading. */
function isMinusBeforeDigit(source: string, index: number): boolean {
  const next = source.charCodeAt(index + 1);
  return source.charCodeAt(index) === DASH && next >= 0x30 && next <= 0x39;
}

/** A plain value as the YAML 1.2 core schema and keepNumbersAsWritten (or fast-yaml.ts's schema) have it. */
function resolvePlain(text: string): unknown {
  if (NULL_SPELLING.test(text)) return null;
  if (BOOLEAN_SPELLING.test(text)) return text.charCodeAt(0) === 0x74 || text.charCodeAt(0) === 0x54;
  if (SIXTEEN_DIGITS.test(text)) throw NOT_SIMPLE;
  return WHOLE_NUMBER.test(text) ? Number(text) : text;
}
