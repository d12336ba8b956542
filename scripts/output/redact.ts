/**
 * Masking a secret (the GitHub token) in everything printed, in every form a hostile or broken server,
 * a stack trace or a careless message could echo it: exact, in another letter case, with spaces, dashes
 * or dots between its characters, cut short (any 8 characters of it in a row), or base64-encoded (as
 * in an `Authorization: basic` header, where it follows `x-access-token:`), standard or URL-safe.
 */

/** Characters ignored when looking for a secret: "a-b-c", "a b c" and "a.b.c" all hide "abc". The base64 symbols are here too, so standard and URL-safe base64 compare alike. */
const SEPARATOR = /[\s\-._:,;/\\|'"`*+=~]/u;

/** Any run of this many characters of a secret (after dropping separators) is masked: a token less a character, half of it, its end. */
const WINDOW = 8;

/** Secrets shorter than this are not masked at all: masking "abc" would garble ordinary words. */
const SHORTEST_SECRET = 4;

const MASK = "***";

/** Lower case, separators dropped. */
function compact(text: string): string {
  let result = "";
  for (const char of text) if (!SEPARATOR.test(char)) result += char.toLowerCase();
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
  // Window length -> the compacted runs of that length that belong to a secret.
  const runs = new Map<number, Set<string>>();
  for (const secret of secrets) {
    if (secret === undefined || secret.trim().length < SHORTEST_SECRET) continue;
    for (const form of [secret.trim(), ...base64Cores(secret.trim())]) {
      const text = compact(form);
      if (text.length < SHORTEST_SECRET) continue;
      const width = Math.min(WINDOW, text.length);
      const set = runs.get(width) ?? new Set<string>();
      for (let index = 0; index + width <= text.length; index++) set.add(text.slice(index, index + width));
      runs.set(width, set);
    }
  }
  if (runs.size === 0) return (text) => text;

  return (text) => {
    // The text compacted as the secrets were, with where each kept character stood.
    const kept: string[] = [];
    const at: number[] = [];
    let index = 0;
    for (const char of text) {
      if (!SEPARATOR.test(char)) {
        kept.push(char.toLowerCase());
        at.push(index);
      }
      index += char.length;
    }
    const ranges: [number, number][] = [];
    for (const [width, set] of runs) {
      for (let start = 0; start + width <= kept.length; start++) {
        if (!set.has(kept.slice(start, start + width).join(""))) continue;
        const last = at[start + width - 1]!;
        ranges.push([at[start]!, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
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
