import type { AgreementDiff, AgreementHistory } from "./types.js";

/** The structures themselves (see types.ts), two-space indented, one trailing newline. */
export function renderDiffJson(diff: AgreementDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

/** The history structure itself, as `renderDiffJson` does for a diff. */
export function renderHistoryJson(history: AgreementHistory): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}
