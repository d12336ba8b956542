import { approvalWords, type ApprovalWords } from "../../messages/approvals.js";
import type { Language } from "../../model/types.js";
import { neutraliseHtmlComments } from "../../output/markdown-escape.js";
import { assertMarker } from "./marker.js";

/** GitHub refuses a comment body over 65,536 characters; staying well under leaves room for its own counting. */
export const COMMENT_LIMIT = 60_000;

/** Room kept for the note of what was cut, so adding it can never push the body over the limit. */
const NOTE_ROOM = 2_000;

/**
 * One part of the sticky comment. It is cut in whole pieces only: items from its end first (a table loses
 * its last rows, never a row in the middle), then, if even its head does not fit, the whole section.
 */
export interface CommentSection {
  /** Names the section in the note of what was cut, as Markdown: "the lint summary". */
  label: string;
  /** Heading and opening text, shown whenever the section is. */
  head: string;
  /** Shown above the items, only when at least one item is: a table's header lines. */
  itemsHead?: string;
  /** Pieces that can be cut one by one: table rows, or blocks. */
  items?: readonly string[];
  /** Between items: "\n" for table rows (the default), "\n\n" for blocks. */
  itemSeparator?: string;
  /** What one item is, for the note: ["lint finding", "lint findings"]. */
  itemNoun?: readonly [string, string];
  /** Shown after the items. */
  foot?: string;
  /** Never dropped whole (the approvals): only its items may go, and only when nothing else is left to cut. */
  keep?: boolean;
}

export interface StickyCommentInput {
  /** The hidden first line the comment is found again by (see STICKY_MARKER). */
  marker: string;
  /** In the order they are shown. */
  sections: readonly CommentSection[];
  /** The workflow run, whose summary shows everything: linked from the note when something is cut. */
  fullReportUrl?: string;
  /** Longest body, in UTF-16 code units (never fewer than GitHub's characters); default COMMENT_LIMIT. */
  limit?: number;
  /** The language of the note of what was cut (default English). */
  language?: Language;
}

/** What was left out of the comment. */
export interface CutPart {
  label: string;
  /** In words, for the note: "the lint summary", "12 of 40 lint findings". */
  description: string;
  /** The whole section, or only `itemsCut` of its `itemsTotal` items. */
  whole: boolean;
  itemsCut: number;
  itemsTotal: number;
}

export interface StickyComment {
  body: string;
  cut: CutPart[];
}

interface Prepared {
  section: CommentSection;
  head: string;
  itemsHead?: string;
  items: string[];
  separator: string;
  foot?: string;
}

/**
 * The body of the pull request's one sticky comment: the marker on the first line, then the sections in
 * order. When it would exceed the limit, whatever does not fit is cut in whole pieces, sections after the
 * approvals first in their order (so a later, short section such as the lint totals still shows when a long
 * diff before it does not fit), and a note says what was left out and where to see it all.
 */
export function buildStickyComment(input: StickyCommentInput): StickyComment {
  assertMarker(input.marker);
  const limit = input.limit ?? COMMENT_LIMIT;
  const prepared = input.sections.map(prepare);
  const everything = prepared.map((part) => part.items.length);
  const full = assemble(input.marker, prepared, everything);
  if (full.length <= limit) return { body: full, cut: [] };

  const words = approvalWords(input.language);
  const kept = plan(prepared, limit - NOTE_ROOM - input.marker.length - 2);
  const cut = prepared.flatMap((part, index): CutPart[] => {
    const shown = kept[index]!;
    if (shown === everything[index]) return [];
    const whole = shown < 0;
    const itemsCut = whole ? part.items.length : part.items.length - shown;
    const description = whole ? part.section.label : words.cutPart(itemsCut, part.items.length, part.section.itemNoun ?? ["item", "items"], part.section.label);
    return [{ label: part.section.label, description, whole, itemsCut, itemsTotal: part.items.length }];
  });
  const body = assemble(input.marker, prepared, kept, cutNote(cut, input.fullReportUrl, words));
  if (body.length > limit) {
    throw new Error(`The pull request comment is ${body.length} characters even after cutting everything that may be cut (limit ${limit}).`);
  }
  return { body, cut };
}

function prepare(section: CommentSection): Prepared {
  return {
    section,
    head: neutraliseHtmlComments(section.head.trimEnd()),
    ...(section.itemsHead !== undefined ? { itemsHead: neutraliseHtmlComments(section.itemsHead.trimEnd()) } : {}),
    items: (section.items ?? []).map((item) => neutraliseHtmlComments(item.trimEnd())),
    separator: section.itemSeparator ?? "\n",
    ...(section.foot !== undefined ? { foot: neutraliseHtmlComments(section.foot.trimEnd()) } : {}),
  };
}

/** The section's text with its first `shown` items; nothing for a dropped section (shown < 0). */
function renderSection(part: Prepared, shown: number): string | undefined {
  if (shown < 0) return undefined;
  const blocks = [part.head];
  if (shown > 0) blocks.push([...(part.itemsHead !== undefined ? [part.itemsHead] : []), ...part.items.slice(0, shown)].join(part.separator));
  if (part.foot !== undefined) blocks.push(part.foot);
  return blocks.join("\n\n");
}

function assemble(marker: string, parts: readonly Prepared[], shown: readonly number[], note?: string): string {
  const sections = parts.map((part, index) => renderSection(part, shown[index]!)).filter((text) => text !== undefined);
  return `${marker}\n${[...sections, ...(note !== undefined ? [note] : [])].join("\n\n")}\n`;
}

/** The length `renderSection` would give, without building the text; every section counts its separator. */
function sectionLength(part: Prepared, shown: number): number {
  let length = 2 + part.head.length + (part.foot !== undefined ? 2 + part.foot.length : 0);
  if (shown > 0) {
    length += 2 + (part.itemsHead !== undefined ? part.itemsHead.length + part.separator.length : 0);
    for (let index = 0; index < shown; index++) length += part.items[index]!.length + (index > 0 ? part.separator.length : 0);
  }
  return length;
}

/**
 * How many items of each section to show (-1: drop the section) within `budget`. The sections kept
 * whole come first; then the others in order, each with as many of its items, from the start, as fit.
 */
function plan(parts: readonly Prepared[], budget: number): number[] {
  const shown = parts.map(() => -1);
  let remaining = budget;
  const order = [...parts.keys()].sort((a, b) => Number(parts[b]!.section.keep ?? false) - Number(parts[a]!.section.keep ?? false) || a - b);
  for (const index of order) {
    const part = parts[index]!;
    const bare = sectionLength(part, 0);
    if (bare > remaining && !part.section.keep) continue;
    let count = 0;
    let length = bare;
    for (const item of part.items) {
      // The first item also brings the items' header; each later one its separator.
      const added = count === 0 ? sectionLength(part, 1) - bare : part.separator.length + item.length;
      if (length + added > remaining) break;
      length += added;
      count++;
    }
    shown[index] = count;
    remaining -= length;
  }
  return shown;
}

function cutNote(cut: readonly CutPart[], fullReportUrl: string | undefined, words: ApprovalWords): string {
  const where = isPlainUrl(fullReportUrl) ? words.cutWhereLinked(fullReportUrl) : words.cutWhere;
  const note = (listed: readonly string[], more: number) =>
    [
      "---",
      "",
      words.cutShortened([...listed, ...(more > 0 ? [words.cutMore(more)] : [])].join("; ")),
      "",
      where,
    ].join("\n");
  // Parts are named while the note keeps within the room set aside for it; the rest are counted.
  const names = cut.map((part) => part.description);
  let count = 0;
  while (count < names.length && note(names.slice(0, count + 1), names.length - count - 1).length <= NOTE_ROOM) count++;
  return note(names.slice(0, count), names.length - count);
}

/** Only a plain http(s) address is linked: anything else could break out of the link's parentheses. */
function isPlainUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s()<>[\]`"']+$/.test(url);
}
