import type { Element, Root as HastRoot, RootContent } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * GitHub's sanitising schema, minus everything that fetches something by itself (images, media) and with
 * links limited to web and mail addresses. Raw HTML never gets this far: remark-rehype drops it unless told
 * otherwise, and the sanitiser removes whatever else could run (event handlers, `javascript:` links, styles).
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !["img", "picture", "source", "video", "audio", "iframe", "input"].includes(name)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

/**
 * Moves the body's headings under the document's own: the page has its h1 and the body sits in an h2
 * section, so a body heading starts at h3 and never jumps more than one level below the one before it
 * (a screen reader's outline stays in order whatever levels the author typed).
 */
function nestHeadings(tree: HastRoot, sectionLevel: number): void {
  let previous = sectionLevel;
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      const match = /^h([1-6])$/.exec(node.tagName);
      if (match) {
        const level = Math.min(6, Number(match[1]) + sectionLevel, previous + 1);
        (node as Element).tagName = `h${level}`;
        previous = level;
      }
      visit(node.children);
    }
  };
  visit(tree.children);
}

const processor = unified().use(remarkRehype).use(rehypeSanitize, SCHEMA).use(rehypeStringify);

/**
 * The agreement's body, parsed once by the model (the same tree the lint reads), as safe HTML: nothing from
 * the file can add a tag or attribute that runs, loads or styles anything.
 */
export function bodyToHtml(tree: MdastRoot, sectionLevel = 2): string {
  // remark-rehype builds a new tree: the model's tree is not changed.
  const hast = processor.runSync(structuredClone(tree)) as HastRoot;
  nestHeadings(hast, sectionLevel);
  return processor.stringify(hast);
}
