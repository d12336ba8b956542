import { diffArrays } from "diff";
import type { DiffLine, LineDiff } from "./types.js";

/** Above this many line pairs the exact comparison is skipped: the middle is shown as removed, then added. */
const MAX_COMPARED_PAIRS = 250_000;

/**
 * The changed lines between two texts, in reading order (within a change, removed lines before added
 * ones), cut to `limit` lines. jsdiff's Myers diff over the lines between the common start and end:
 * sections are short, and a huge rewrite falls back to "all of it changed".
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
  const lines = (a.length + 1) * (b.length + 1) <= MAX_COMPARED_PAIRS ? exactDiff(a, b) : [...a.map(removed), ...b.map(added)];
  return { lines: lines.slice(0, limit), omitted: Math.max(0, lines.length - limit) };
}

/**
 * jsdiff prefers, but does not promise, deletions before insertions; a reader expects each change's
 * removed lines first, so every run between common lines is put in that order here.
 */
function exactDiff(a: string[], b: string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  let removedRun: DiffLine[] = [];
  let addedRun: DiffLine[] = [];
  const flush = () => {
    lines.push(...removedRun, ...addedRun);
    removedRun = [];
    addedRun = [];
  };
  for (const change of diffArrays(a, b)) {
    if (change.removed) removedRun.push(...change.value.map(removed));
    else if (change.added) addedRun.push(...change.value.map(added));
    else flush();
  }
  flush();
  return lines;
}

function removed(text: string): DiffLine {
  return { op: "-", text };
}

function added(text: string): DiffLine {
  return { op: "+", text };
}
