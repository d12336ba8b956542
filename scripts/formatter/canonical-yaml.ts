import { Document, Scalar, isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { SchemaCursor } from "./schema-shape.js";

/**
 * The small records the documented format writes on one line, `{ name: …, target: … }` (by their
 * schema definition or key), when they hold only plain values and the line stays within FLOW_LINE_LIMIT;
 * everything else is written one key or item per line. The choice depends only on the content, so
 * whoever saved the file (a person, a CMS), the same data comes out the same way and a diff shows only
 * what changed. Lists an official adds to (measures, meters, goals) are never on one line: adding an item
 * then adds a line.
 */
export const INLINE = new Set(["party", "term", "meter", "criteria", "localised", "item of withoutBonus", "headingList"]);
export const FLOW_LINE_LIMIT = 160;

/** Text written in double quotes whatever it holds (schema definitions). */
const QUOTED = new Set(["scalarText"]);

/** Options for `Document.toString`: two-space indentation, lists indented under their key, no folding of long text (a folded line would move when one word changes), double quotes only. */
export const STRINGIFY_OPTIONS = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  singleQuote: false,
  flowCollectionPadding: true,
} as const;

const ISO_DATE_LOOSE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Rewrites a parsed front matter in place into its canonical form: keys in the schema's order (keys the
 * schema does not know keep their order, after the known ones), text quoted only where YAML needs it and
 * then in double quotes, dates as YYYY-MM-DD. The pairs themselves are moved, never rebuilt, so every
 * comment stays with the key it was written above or beside.
 */
export function canonicaliseDocument(document: Document, schema: SchemaCursor): void {
  const contents = document.contents;
  if (!isMap(contents)) return;
  reorderRoot(contents, schema);
  visit(contents, schema, 0, 0, true);
}

/**
 * At the top, a comment above the first key is the file's heading (yaml attaches it to that key), so it
 * stays at the top whichever key comes first.
 */
function reorderRoot(map: YAMLMap, schema: SchemaCursor): void {
  const first = map.items[0];
  const firstKey = first && isScalar(first.key) ? first.key : undefined;
  const heading = firstKey?.commentBefore;
  if (firstKey && heading !== undefined) firstKey.commentBefore = undefined;
  sortPairs(map, schema.keyOrder);
  const newFirstKey = map.items[0]?.key;
  if (heading !== undefined && isScalar(newFirstKey)) {
    newFirstKey.commentBefore = newFirstKey.commentBefore ? `${heading}\n${newFirstKey.commentBefore}` : heading;
  }
}

/**
 * `inlineAt` is the column where the value starts when written on its key's line (after `key: ` or
 * `- `); `blockIndent` is the indentation of its keys or list items when written below it.
 */
function visit(node: unknown, schema: SchemaCursor, inlineAt: number, blockIndent: number, isRoot = false, isListItem = false): void {
  if (isMap(node)) {
    if (!isRoot) {
      // Under a key, yaml keeps a comment above the map's first key on the map itself: move it onto that
      // key, so that it travels with the key when the keys are reordered. (On a list item, such a comment
      // stands above the "- " and stays there.)
      const firstKey = node.items[0]?.key;
      if (!isListItem && node.commentBefore && isScalar(firstKey)) {
        firstKey.commentBefore = firstKey.commentBefore ? `${node.commentBefore}\n${firstKey.commentBefore}` : node.commentBefore;
        node.commentBefore = undefined;
      }
      sortPairs(node, schema.keyOrder);
      // On a list item, a comment above the first key is written above the "- " (where yaml reads it back
      // from), so formatting twice gives the same text.
      const newFirstKey = node.items[0]?.key;
      if (isListItem && isScalar(newFirstKey) && newFirstKey.commentBefore) {
        node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${newFirstKey.commentBefore}` : newFirstKey.commentBefore;
        newFirstKey.commentBefore = undefined;
      }
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (isScalar(pair.key)) pair.key.type = typeof pair.key.value === "string" ? undefined : pair.key.type;
      const width = isScalar(pair.key) ? String(pair.key.value).length : 0;
      visit(pair.value, key === undefined ? SchemaCursor.empty() : schema.property(key), blockIndent + width + 2, blockIndent + 2);
    }
    // A list item's own comment stands above its "- ", outside the { }, so it does not keep the item off one line.
    if (!isRoot) node.flow = node.items.length === 0 || (INLINE.has(schema.name) && fitsOnOneLine(node, inlineAt, isListItem));
    return;
  }
  if (isSeq(node)) {
    const items = schema.item();
    for (const item of node.items) visit(item, items, blockIndent + 2, blockIndent + 2, false, true);
    // An empty list can only be written [].
    node.flow = node.items.length === 0 || (INLINE.has(schema.name) && fitsOnOneLine(node, inlineAt));
    return;
  }
  if (isScalar(node) && typeof node.value === "string") {
    if (schema.isDate) node.value = padDate(node.value);
    // Targets, baselines and criteria ("<= 9 mån", ">= 80 %", "12") are always quoted: they so often start
    // with a sign YAML reads otherwise, or look like numbers, that quotes save the next edit. Other text
    // forgets how it was quoted; the writer then picks plain text where YAML allows, double quotes elsewhere.
    node.type = QUOTED.has(schema.name) ? Scalar.QUOTE_DOUBLE : undefined;
  }
}

function sortPairs(map: YAMLMap, order: readonly string[]): void {
  const rank = (pair: Pair) => {
    const index = isScalar(pair.key) ? order.indexOf(String(pair.key.value)) : -1;
    return index === -1 ? order.length : index;
  };
  // Array.prototype.sort is stable: keys the schema does not know keep their order among themselves.
  map.items.sort((a, b) => rank(a) - rank(b));
}

/** Plain values only, no comment or blank line anywhere in it, and short enough. */
function fitsOnOneLine(collection: YAMLMap | YAMLSeq, prefix: number, commentAboveIsOutside = false): boolean {
  if (collection.items.length === 0) return true;
  if ((collection.commentBefore && !commentAboveIsOutside) || collection.comment) return false;
  const scalars = isMap(collection) ? collection.items.flatMap((pair) => [pair.key, pair.value]) : collection.items;
  for (const scalar of scalars) {
    if (!isScalar(scalar) || scalar.commentBefore || scalar.comment || scalar.spaceBefore) return false;
    // Text over several lines cannot stand inside { } or [ ].
    if (typeof scalar.value === "string" && /[\n\r]/.test(scalar.value)) return false;
  }
  collection.flow = true;
  const commentBefore = collection.commentBefore;
  collection.commentBefore = undefined;
  const line = new Document(collection).toString(STRINGIFY_OPTIONS).trimEnd();
  collection.commentBefore = commentBefore;
  return !line.includes("\n") && prefix + line.length <= FLOW_LINE_LIMIT;
}

/** A date with a one-digit month or day (2020-4-5) becomes 2020-04-05, when it is a real date. */
function padDate(value: string): string {
  const match = ISO_DATE_LOOSE.exec(value);
  if (!match) return value;
  const padded = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  const date = new Date(`${padded}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === padded ? padded : value;
}
