import { showBidi } from "./guard.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML and SVG, in element content and in quoted attribute values alike: the one HTML
 * escaper, for the report, the rendered agreements and the briefs. Every piece of text from an agreement or a
 * catalogue goes through here, so none of it can open a tag, close an attribute or start a script; the
 * report never puts such text into an href, src or style.
 */
export function escapeHtml(text: string | number): string {
  // A bidi control is shown as "\u202e", not kept: as a character reference it would still turn the text around.
  return showBidi(String(text).replace(/[&<>"']/g, (character) => ENTITIES[character]!));
}
