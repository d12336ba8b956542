import { showBidi } from "../output/guard.js";

/** What could open HTML, written as named entities, so no tag can appear in the text at all. */
const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** Other ASCII punctuation that Markdown (and GitHub's tables) could read as markup. `'` and `"` never are. */
const MARKUP = /[\\`*_[\]~|!#]/g;

/**
 * Makes text from a file safe in the report's Markdown (a table cell or a line): `&`, `<` and `>` become
 * entities, so no HTML can open; the other markup characters get CommonMark's backslash escape, so none can
 * end a cell or open a link, code or emphasis; line breaks (which would end a table row) become spaces.
 * Apostrophes and quotes stay as they are, so the report printed in a terminal reads as plain text:
 * "Prime Minister's Office", not "Prime Minister&#39;s Office".
 */
export function escapeMarkdownCell(text: string): string {
  return showBidi(text)
    .replace(MARKUP, (character) => `\\${character}`)
    .replace(/[&<>]/g, (character) => HTML[character]!)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}
