/**
 * Masking a secret (the GitHub token) in everything printed, in every form a hostile or broken server,
 * a stack trace or a careless message could echo it: exact, in another letter case, with spaces, dashes
 * or dots between its characters, cut short (any 8 characters of it in a row), or base64-encoded (as
 * in an `Authorization: basic` header, where it follows `x-access-token:`), standard or URL-safe.
 */

/**
 * Characters ignored when looking for a secret: "a-b-c", "a b c" and "a.b.c" all hide "abc". The base64
 * symbols are among them, so standard and URL-safe base64 compare alike.
 */
const ASCII_SEPARATORS = " \t\n\r\v\f-._:,;/\\|'\"`*+=~";
const SEPARATOR_CODES = new Set([...ASCII_SEPARATORS, "\u0085", "\u00a0", "\u1680", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"].map((char) => char.charCodeAt(0)));
for (let code = 0x2000; code <= 0x200b; code++) SEPARATOR_CODES.add(code);
/** The same for ASCII as a table: the test runs on every character printed. */
const ASCII_SEPARATOR = new Uint8Array(128);
for (const char of ASCII_SEPARATORS) ASCII_SEPARATOR[char.charCodeAt(0)] = 1;

function isSeparator(code: number): boolean {
  return code < 128 ? ASCII_SEPARATOR[code] === 1 : SEPARATOR_CODES.has(code);
}

/** A hash of four code units: most positions of a text are rejected by it before any run is compared. */
function quad(a: number, b: number, c: number, d: number): number {
  return Math.imul(Math.imul(Math.imul(a, 31) + b, 31) + c, 31) + d;
}

/** Any run of this many characters of a secret (after dropping separators) is masked: a token less a character, half of it, its end. */
const WINDOW = 8;

/** Secrets shorter than this are not masked at all: masking "abc" would garble ordinary words. */
const SHORTEST_SECRET = 4;

const MASK = "***";

/** One UTF-16 code unit in lower case (code units, so that positions map one to one). */
function lowerUnit(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Lower case, separators dropped, as code units. */
function compact(text: string): string {
  let result = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isSeparator(code)) result += String.fromCharCode(lowerUnit(code));
  }
  return result;
}

/**
 * The base64 characters that encode `secret` wherever it stands in a longer encoded text: one core per
 * alignment (the secret starting at byte 0, 1 or 2 of a 3-byte group), without the characters that
 * also depend on the bytes around it.
 */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64").replace(/=+$/, "");
    const start = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    if (end > start) cores.push(encoded.slice(start, end));
  }
  return cores;
}

/** Returns a function that replaces every form of each secret in a text with `***`. */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  // Window length -> the compacted runs of that length that belong to a secret; and a hash of the first
  // four code units of every run, a cheap test that rejects almost every position before a run is compared.
  const runs = new Map<number, Set<string>>();
  const starts = new Set<number>();
  for (const secret of secrets) {
    if (secret === undefined || secret.trim().length < SHORTEST_SECRET) continue;
    for (const form of [secret.trim(), ...base64Cores(secret.trim())]) {
      const text = compact(form);
      if (text.length < SHORTEST_SECRET) continue;
      const width = Math.min(WINDOW, text.length);
      const set = runs.get(width) ?? new Set<string>();
      for (let index = 0; index + width <= text.length; index++) {
        set.add(text.slice(index, index + width));
        starts.add(quad(text.charCodeAt(index), text.charCodeAt(index + 1), text.charCodeAt(index + 2), text.charCodeAt(index + 3)));
      }
      runs.set(width, set);
    }
  }
  if (runs.size === 0) return (text) => text;

  return (text) => {
    // The text compacted as the secrets were, with where each kept code unit stood.
    const kept = new Uint16Array(text.length);
    const at = new Int32Array(text.length);
    let count = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (isSeparator(code)) continue;
      kept[count] = lowerUnit(code);
      at[count++] = index;
    }
    const ranges: [number, number][] = [];
    for (let start = 0; start + 3 < count; start++) {
      if (!starts.has(quad(kept[start]!, kept[start + 1]!, kept[start + 2]!, kept[start + 3]!))) continue;
      for (const [width, set] of runs) {
        if (start + width > count) continue;
        if (set.has(String.fromCharCode(...kept.subarray(start, start + width)))) ranges.push([at[start]!, at[start + width - 1]! + 1]);
      }
    }
    if (ranges.length === 0) return text;
    ranges.sort((a, b) => a[0] - b[0]);
    let result = "";
    let position = 0;
    for (const [from, to] of ranges) {
      if (to <= position) continue;
      if (from >= position) result += text.slice(position, from) + MASK;
      position = Math.max(position, to);
    }
    return result + text.slice(position);
  };
}
