import type { AgreementDiff, AgreementHistory } from "./types.js";

/** The structures themselves (see types.ts), two-space indented, one trailing newline. */
export function renderDiffJson(diff: AgreementDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

export function renderHistoryJson(history: AgreementHistory): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}
