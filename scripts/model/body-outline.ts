import type { Definition, Heading, Image, Link, Nodes } from "mdast";
import type { ParsedFile } from "./document.js";
import { headingNode, linkNode, scanBody, scanHeadings } from "./markdown-scan.js";

/**
 * What the rules read of a Markdown body (headings, link targets), without parsing it when a cheap look
 * at the text can tell for certain (markdown-scan.ts, compared node for node with the parse). Only for a
 * file parsed with a lazy body (ParseOptions.lazyBody: every file lint reads, on the fast path or read again
 * positioned): a file whose tree was built anyway is read from its tree, and lint's `positioned` option
 * (the reference test/lint/fast-path.test.ts compares with) builds every tree.
 */

/** Every heading of the body, at any depth, in document order. */
export function bodyHeadings(file: ParsedFile): Heading[] {
  if (hasLazyTree(file)) {
    const scanned = scanHeadings(file.body);
    if (scanned) return scanned.map(headingNode);
  }
  const found: Heading[] = [];
  const tree = file.bodyTree;
  const stack: Nodes[] = tree ? [tree] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "heading") found.push(node);
    else if ("children" in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

/** Links, images and link definitions of the body, in document order. */
export function bodyLinkTargets(file: ParsedFile): Array<Link | Image | Definition> {
  // Every one of them needs a "[" (links, images, definitions) or a "<" (autolinks) in CommonMark without
  // extensions (what markdown.ts parses): a body with neither has none.
  if (hasLazyTree(file)) {
    if (!/[[<]/.test(file.body)) return [];
    const links = scanBody(file.body)?.links;
    if (links) return links.map(linkNode);
  }
  const found: Array<Link | Image | Definition> = [];
  const tree = file.bodyTree;
  const stack: Nodes[] = tree ? [tree] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "link" || node.type === "image" || node.type === "definition") found.push(node);
    if ("children" in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

/** True for a file that could be read as text, so it has a body tree, built or lazy (asking does not build it). */
export function isText(file: ParsedFile): boolean {
  return hasLazyTree(file) || file.bodyTree !== undefined;
}

/** True for a file whose tree is built only when read (see ParseOptions.lazyBody). */
function hasLazyTree(file: ParsedFile): boolean {
  return Object.getOwnPropertyDescriptor(file, "bodyTree")?.get !== undefined;
}
