import { render } from "../messages/catalogue.js";
import type { Language } from "../model/types.js";
import type { AgreementChange, AgreementDiff, AgreementHistory } from "./types.js";

/**
 * The structures themselves (see types.ts), two-space indented, one trailing newline. Keys, ids and values
 * stay as they are in every language; only a reading problem's message and hint are in the reader's language.
 */
export function renderDiffJson(diff: AgreementDiff, language: Language = "en"): string {
  return `${JSON.stringify({ ...diff, agreements: diff.agreements.map((change) => spoken(change, language)) }, null, 2)}\n`;
}

/** The history structure itself, as `renderDiffJson` does for a diff. */
export function renderHistoryJson(history: AgreementHistory, language: Language = "en"): string {
  const versions = history.versions.map((version) => ({ ...version, change: spoken(version.change, language) }));
  return `${JSON.stringify({ ...history, versions }, null, 2)}\n`;
}

/** The change with each reading problem in the language, and without the message key it was said from. */
function spoken(change: AgreementChange, language: Language): AgreementChange {
  if (change.unreadable.length === 0) return change;
  return {
    ...change,
    unreadable: change.unreadable.map(({ text, ...item }) => (text ? { ...item, ...render(text, language) } : item)),
  };
}
