import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node } from "yaml";

/**
 * A real agreement nests about six levels and holds a few hundred values. Far beyond that the input is
 * broken or hostile, and checking it would cost seconds (ajv slows down sharply on thousands of errors).
 */
export const MAX_DEPTH = 32;
export const MAX_NODES = 10_000;

/** Where a YAML node starts and ends, as a half-open range of offsets in the YAML text. */
export interface Place {
  start: number;
  end: number;
}

/** What one pass over the YAML tree found; every field is the first such place in document order. */
export interface YamlFacts {
  duplicateKey?: Place & { key: string };
  tooDeep?: Place;
  tooMany?: Place;
  unresolvedAlias?: Place & { name: string };
  /** An alias inside the very value its anchor names: endless data, and endless recursion in whoever reads it. */
  loopingAlias?: Place & { name: string };
  firstAlias?: Place;
  /** Quoted scalars and flow collections ([...] {...}): where an unclosed one began, for syntax errors. */
  openers: (Place & { kind: "quote" | "list" | "group" })[];
}

/**
 * One iterative walk in document order (recursion would overflow on hostile nesting): duplicate keys,
 * depth, size, aliases that refer to no anchor, and where quotes and brackets open.
 */
export function walkYaml(document: Document.Parsed): YamlFacts {
  const facts: YamlFacts = { openers: [] };
  const anchors = new Map<string, Place>();
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isNode(node)) continue;
    const place = placeOf(node);
    if (++count > MAX_NODES) {
      facts.tooMany = place;
      break;
    }
    if (depth > MAX_DEPTH) {
      facts.tooDeep = place;
      break;
    }
    if (isAlias(node)) {
      facts.firstAlias ??= place;
      const anchored = anchors.get(node.source);
      if (!anchored) facts.unresolvedAlias ??= { ...place, name: node.source };
      else if (place.start >= anchored.start && place.start < anchored.end) facts.loopingAlias ??= { ...place, name: node.source };
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, place);
    if (isScalar(node)) {
      if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) facts.openers.push({ ...place, kind: "quote" });
      continue;
    }
    if (!isCollection(node)) continue;
    if (node.flow) facts.openers.push({ ...place, kind: isSeq(node) ? "list" : "group" });
    if (isMap(node)) checkDuplicateKeys(node.items, facts);
    const children: unknown[] = [];
    for (const item of node.items as unknown[]) {
      if (isPair(item)) children.push(item.key, item.value);
      else children.push(item);
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index], depth: depth + 1 });
  }
  return facts;
}

export function isNode(value: unknown): value is Node {
  return isAlias(value) || isScalar(value) || isCollection(value);
}

/** A node that has text in the file; "key:" with nothing after it holds an empty null node, not worth pointing at. */
export function isWritten(value: unknown): value is Node {
  return isNode(value) && !(isScalar(value) && value.range !== undefined && value.range !== null && value.range[0] === value.range[1]);
}

function placeOf(node: Node): Place {
  const [start = 0, end = start] = node.range ?? [];
  return { start, end: Math.max(start, end) };
}

/** Two keys that become the same property in the data (2020 and "2020" too): the later one is the problem. */
function checkDuplicateKeys(items: readonly unknown[], facts: YamlFacts): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    const place = placeOf(item.key);
    if (!facts.duplicateKey || place.start < facts.duplicateKey.start) facts.duplicateKey = { ...place, key };
    return;
  }
}

