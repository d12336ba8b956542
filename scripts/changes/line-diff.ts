import type { DiffLine, LineDiff } from "./types.js";

/** Above this many cells the exact comparison is skipped: the middle is shown as removed, then added. */
const MAX_TABLE_CELLS = 250_000;

/**
 * The changed lines between two texts, in reading order (within a change, removed lines before added
 * ones), cut to `limit` lines. A longest-common-subsequence table over the lines between the common
 * start and end: sections are short, and a huge rewrite falls back to "all of it changed".
 */
export function lineDiff(before: readonly string[], after: readonly string[], limit = 8): LineDiff {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const a = before.slice(start, endBefore);
  const b = after.slice(start, endAfter);
  const lines = (a.length + 1) * (b.length + 1) <= MAX_TABLE_CELLS ? exactDiff(a, b) : [...a.map(removed), ...b.map(added)];
  return { lines: lines.slice(0, limit), omitted: Math.max(0, lines.length - limit) };
}

function exactDiff(a: readonly string[], b: readonly string[]): DiffLine[] {
  const width = b.length + 1;
  // common[i * width + j] = length of the longest common subsequence of a[i..] and b[j..].
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] = a[i] === b[j] ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) {
      lines.push(removed(a[i++]!));
    } else {
      lines.push(added(b[j++]!));
    }
  }
  return lines;
}

function removed(text: string): DiffLine {
  return { op: "-", text };
}

function added(text: string): DiffLine {
  return { op: "+", text };
}
