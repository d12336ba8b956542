import { escapeCell } from "../format/github.js";

/**
 * Text from a file or from GitHub in a table cell of Markdown that GitHub renders (a pull request comment,
 * release notes, the report): HTML-escaped (see `escapeCell`, which also shows bidi controls escaped),
 * with an invisible word joiner after each "@" so that no "@name" in it notifies anyone (every edit of a
 * sticky comment would notify again), and one inside "http://", "https://" and "www." so that no bare
 * address becomes a link.
 */
export function cellText(text: string): string {
  return neutraliseMentionsAndLinks(escapeCell(text));
}

/** An invisible word joiner after each "@" and inside "http://", "https://" and "www.": no mention notifies, no bare address links. */
export function neutraliseMentionsAndLinks(text: string): string {
  return text
    .replace(/@/g, "@\u2060")
    .replace(/\b(https?|ftp)(:\/\/)/gi, "$1\u2060$2")
    .replace(/\b(www)\./gi, "$1\u2060.");
}

/** A GitHub login as inline code: readable and copyable, but GitHub turns no mention in code into a notification. */
export function loginCode(login: string): string {
  return /^[A-Za-z0-9-]+$/.test(login) ? `\`@${login}\`` : cellText(`@${login}`);
}

/**
 * HTML comments are how a sticky comment is found again, so none may open inside its sections: text taken
 * from an agreement (a line of a diff, in a code block) could otherwise carry our own marker. A word joiner
 * between "<!" and "--" leaves it looking the same and makes it no comment and no marker.
 */
export function neutraliseHtmlComments(markdown: string): string {
  return markdown.replace(/<!--/g, "<!\u2060--");
}
