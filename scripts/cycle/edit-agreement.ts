import { LANGUAGES } from "../messages/catalogue.js";
import { placeholderWords, type PlaceholderWords } from "../messages/placeholders.js";
import { isDeepStrictEqual } from "node:util";
import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";
import { splitFrontMatter } from "../model/front-matter.js";
import { TO_BE_FILLED } from "../rules/to-be-filled.js";

/** The enum value the `to-be-filled` rule reads as "not decided yet" for a rating or a bonus. */
const UNDECIDED = "to-be-filled";

/** A new evaluation entry: the year it evaluates and a stand-in date; the rest is marked to be filled. */
export interface NewEvaluation {
  year: number;
  date: string;
}

export interface AgreementEdit {
  cycle?: number;
  evaluation?: NewEvaluation;
}

/** The evaluation entry the roll-forward adds, as data (what the edited front matter must hold). */
function evaluationEntry(evaluation: NewEvaluation): Record<string, unknown> {
  return { year: evaluation.year, date: evaluation.date, rating: UNDECIDED, summary: TO_BE_FILLED, bonus: UNDECIDED };
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies the roll-forward's edits to one agreement's text and returns the new text. Pure.
 *
 * The YAML is read with the `yaml` package's Document API, which gives every node's exact source range;
 * the edits are then made as small splices at those ranges, so everything else (comments, blank lines,
 * quoting, `[a]` versus `[ a ]`, key order) and the whole Markdown body stay byte for byte as they were.
 * Re-serialising the document with `String(doc)` would keep comments but not layout: on the shipped
 * examples it rewrites `[x]` as `[ x ]` in about a third of the files, which would bury the real change
 * in a pull request's diff. The result is read back and compared with the intended data, so a splice
 * that went wrong is an internal error, never a silently damaged agreement.
 */
export function editAgreement(text: string, edit: AgreementEdit): string {
  const split = splitFrontMatter(text);
  const frontMatter = split.frontMatter;
  if (!frontMatter || split.problems.length > 0 || !isMap(frontMatter.document.contents)) {
    throw new Error("editAgreement needs an agreement whose front matter can be read");
  }
  const { document, offset } = frontMatter;
  const eol = text.slice(offset, split.bodyOffset).includes("\r\n") ? "\r\n" : "\n";
  const splices: Splice[] = [];
  const expected = structuredClone(frontMatter.data) as Record<string, unknown>;
  // The notes are in the agreement's own language; one the schema does not know gets English.
  const notes = placeholderWords(LANGUAGES.find((language) => language === expected.language));

  if (edit.cycle !== undefined) {
    const node = document.get("cycle", true);
    if (!isScalar(node) || !node.range) throw new Error("the agreement has no cycle to change");
    splices.push({ start: offset + node.range[0], end: offset + node.range[1], text: String(edit.cycle) });
    expected.cycle = edit.cycle;
    // The date of last year's discussion stays as a stand-in (a date must stay a date), marked: until the
    // discussion for the new cycle is held and its date written here, the agreement is not updated.
    const agreed = document.get("agreed", true);
    if (isScalar(agreed) && agreed.range) {
      const at = offset + agreed.range[1];
      splices.push({ start: at, end: at, text: ` # ${TO_BE_FILLED}: ${notes.agreedInCycle(edit.cycle)}` });
    }
  }
  if (edit.evaluation) {
    splices.push(...evaluationSplices(text, document, offset, edit.evaluation, eol, notes));
    expected.evaluations = [...((expected.evaluations as unknown[] | undefined) ?? []), evaluationEntry(edit.evaluation)];
  }

  let result = text;
  // From the end, so earlier offsets stay valid; of two at the same place, the one made first is applied
  // last and so comes first (the agreed: note stays on its line when the evaluations go right after it).
  const ordered = splices.map((splice, index) => ({ splice, index })).sort((a, b) => b.splice.start - a.splice.start || b.index - a.index);
  for (const { splice } of ordered) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  const check = splitFrontMatter(result);
  if (check.problems.length > 0 || !isDeepStrictEqual(check.frontMatter?.data, expected) || check.body !== split.body) {
    throw new Error("the roll-forward's edit did not give the intended front matter; the file was left as it was");
  }
  return result;
}

/** Where and how to add the evaluation: at the end of an existing list, into an empty `[]`, or as a new key. */
function evaluationSplices(text: string, document: Document.Parsed, offset: number, evaluation: NewEvaluation, eol: string, notes: PlaceholderWords): Splice[] {
  const root = document.contents as unknown as { items: Pair<Node, Node>[]; range: [number, number, number] };
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === "evaluations");
  const list = pair?.value;
  if (pair && isSeq(list) && list.range) {
    if (!list.flow) {
      const indent = columnOf(text, offset + list.range[0]);
      return [insertLines(text, offset + list.range[2], blockItem(evaluation, indent, eol, notes), eol)];
    }
    if (list.items.length > 0) {
      // A list written inline, [ {...}, {...} ]: the new entry goes inline too, before the closing bracket.
      const closing = text.lastIndexOf("]", offset + list.range[1]);
      return [{ start: closing, end: closing, text: `, ${flowItem(evaluation)}` }];
    }
    // evaluations: [] becomes a block list (any comment after the brackets stays on the key's line).
    const keyEnd = offset + (pair.key as Node).range![1];
    return [
      { start: keyEnd, end: offset + list.range[1], text: ":" },
      insertLines(text, lineEnd(text, offset + list.range[1]), blockItem(evaluation, listIndent(text, document, offset), eol, notes), eol),
    ];
  }
  if (pair) throw new Error("evaluations is not a list");
  // No evaluations yet: a new key, before waivers (and the comment lines just above it) if there is one, else last.
  const lines = [`evaluations:`, ...blockItem(evaluation, listIndent(text, document, offset), eol, notes).split(eol)].join(eol);
  const waivers = root.items.find((item) => isScalar(item.key) && item.key.value === "waivers");
  const at = waivers ? startOfCommentsAbove(text, lineStart(text, offset + (waivers.key as Node).range![0])) : offset + root.range[2];
  return [insertLines(text, at, lines, eol)];
}

function blockItem(evaluation: NewEvaluation, indent: number, eol: string, notes: PlaceholderWords): string {
  const pad = " ".repeat(indent);
  return [
    `${pad}- year: ${evaluation.year}`,
    `${pad}  date: ${evaluation.date} # ${TO_BE_FILLED}: ${notes.evaluationDate(evaluation.year)}`,
    `${pad}  rating: ${UNDECIDED}`,
    `${pad}  summary: ${TO_BE_FILLED}`,
    `${pad}  bonus: ${UNDECIDED}`,
  ].join(eol);
}

function flowItem(evaluation: NewEvaluation): string {
  return `{ year: ${evaluation.year}, date: ${evaluation.date}, rating: ${UNDECIDED}, summary: ${TO_BE_FILLED}, bonus: ${UNDECIDED} }`;
}

/** Inserts whole lines at `at`: after a line break as they are, else on a line of their own. */
function insertLines(text: string, at: number, lines: string, eol: string): Splice {
  return { start: at, end: at, text: at === 0 || text[at - 1] === "\n" ? `${lines}${eol}` : `${eol}${lines}` };
}

/** The indentation of list items in this front matter (that of `goals:`), so a new list looks like the others. */
function listIndent(text: string, document: Document.Parsed, offset: number): number {
  const goals = document.get("goals", true);
  return isSeq(goals) && !goals.flow && goals.range ? columnOf(text, offset + goals.range[0]) : 2;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end === -1 ? text.length : end + 1;
}

function columnOf(text: string, at: number): number {
  return at - lineStart(text, at);
}

/** Moves a line start up over the comment lines directly above it, which belong to the key below them. */
function startOfCommentsAbove(text: string, start: number): number {
  let at = start;
  while (at > 0) {
    const previous = lineStart(text, at - 1);
    if (!/^[ \t]*#/.test(text.slice(previous, at))) break;
    at = previous;
  }
  return at;
}
