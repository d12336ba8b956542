import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../scripts/model/decode.js";
import { splitFrontMatter } from "../../scripts/model/front-matter.js";
import { BOUNDED_MARKDOWN, DISABLED_CONSTRUCTS, MAX_BLOCK, MAX_LINES, parseMarkdownBody, splitBlocks } from "../../scripts/model/markdown.js";
import { builtFixtureAgreements, REPOSITORY_ROOT } from "../helpers/fixtures.js";

/**
 * The bounded Markdown parser (scripts/model/markdown.ts) must give the rules the same headings, links,
 * images and definitions as remark's parser on every real file, and its cutting into blocks must never
 * change the tree. Its speed on hostile text is measured by `npm run bench` (bench/pathological.mjs),
 * not here: no timed tests.
 */

/** What the rules read from a body: every heading (depth, text), link, image and definition, with offsets. */
function whatRulesRead(tree: Root): string[] {
  const found: string[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const at = `${node.position?.start.offset}-${node.position?.end.offset}@${node.position?.start.line}:${node.position?.start.column}`;
    if (node.type === "heading") found.push(`heading ${node.depth} ${JSON.stringify(textOf(node))} ${at}`);
    if (node.type === "link" || node.type === "image" || node.type === "definition") found.push(`${node.type} ${node.url} ${at}`);
    if ("children" in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

/** Top-level blocks with their positions: what `diff` cuts into sections. */
function topLevel(tree: Root): string[] {
  return tree.children.map((node) => `${node.type} ${node.position?.start.offset}-${node.position?.end.offset} ${node.position?.start.line}:${node.position?.start.column}-${node.position?.end.line}:${node.position?.end.column}`);
}

/**
 * A reference link (`[ref]`) resolves against a definition anywhere in the file, but a block parsed alone
 * only sees its own: there, `[ref]` stays text. The one difference cutting makes, shown the same here.
 */
function textOf(node: Nodes): string {
  if (node.type === "linkReference" && node.referenceType === "shortcut") return `[${node.children.map((child) => textOf(child)).join("")}]`;
  if ("value" in node && node.type !== "html") return node.value;
  if ("children" in node) return node.children.map((child) => textOf(child)).join("");
  return "";
}

function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...markdownFiles(path));
    else if (name.endsWith(".md")) found.push(path);
  }
  return found;
}

/** The shipped and fixture files, with the agreements the rule fixtures build from the base agreement. */
const FILES = [
  ...["agreements", "goals", "test/fixtures"].flatMap((folder) => markdownFiles(join(REPOSITORY_ROOT, folder))).map((path) => ({ name: relative(REPOSITORY_ROOT, path), text: readFileSync(path, "utf8") })),
  ...builtFixtureAgreements().map((file) => ({ name: file.path, text: file.bytes.toString("utf8") })),
];

describe("bounded Markdown parser", () => {
  it("is configured without the constructs that are quadratic and unused by the rules", () => {
    expect(DISABLED_CONSTRUCTS).toContain("attention");
    expect(BOUNDED_MARKDOWN.disable?.null).toEqual(expect.arrayContaining(["attention", "setextUnderline"]));
    // The setext underline stays (headings written with ===), through the version that resolves locally.
    const underline = BOUNDED_MARKDOWN.flow?.[61];
    expect(Array.isArray(underline) ? underline[0]?.name : undefined).toBe("setextUnderlineLocal");
  });

  it(`reads the same headings, links and blocks as remark's parser in all ${FILES.length} shipped and fixture files`, () => {
    expect(FILES.length).toBeGreaterThan(100);
    let headings = 0;
    for (const { name, text } of FILES) {
      const body = splitFrontMatter(text).body;
      const expected = fromMarkdown(body);
      const actual = parseMarkdownBody(body);
      expect(whatRulesRead(actual), name).toEqual(whatRulesRead(expected));
      expect(topLevel(actual), name).toEqual(topLevel(expected));
      headings += whatRulesRead(actual).filter((line) => line.startsWith("heading")).length;
    }
    expect(headings).toBeGreaterThan(500);
  });

  it("gives the same tree cut into blocks as in one piece, for any mix of Markdown blocks", () => {
    const line = fc.constantFrom(
      "", "", "", "# Rubrik", "## Resultatmål", "Text med [länk](../x.md) och ![bild](bild.png).", "Rubrik", "===", "---", "- punkt",
      "  fortsättning", "    kod [inte](länk.md)", "> citat [a](b.md)", "```", "~~~~", "<!-- [kommentar](c.md)", "-->", "<div>",
      "[ref]: mål.md", "1. numrerad", "\tflik", "<script>", "</script>", "text *kursiv* _och_ `kod [x](y)`", "[a]", "(", "]",
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.integer({ min: 8, max: 200 }), (lines, maxBlock) => {
        const text = lines.join("\n");
        // Cut only where blocks must start anyway (maxBlock is larger than the text): the same tree as remark's.
        const whole = fromMarkdown(text);
        const cut = parseMarkdownBody(text);
        expect(whatRulesRead(cut)).toEqual(whatRulesRead(whole));
        expect(topLevel(cut)).toEqual(topLevel(whole));
        // Small blocks, forced: every block is within the bound, and together they cover the text exactly.
        const blocks = splitBlocks(text, maxBlock, Math.max(2, maxBlock >> 3));
        expect(blocks.map((block) => text.slice(block.start, block.end)).join("")).toBe(text);
        for (const [index, block] of blocks.entries()) {
          expect(block.end).toBeGreaterThan(block.start);
          if (index > 0) expect(block.start).toBe(blocks[index - 1]!.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("cuts hostile text into blocks no longer than the bound, except fenced code", () => {
    const hostile = ["*_ ".repeat(60_000), "[a](".repeat(40_000), "> a\nb\n".repeat(30_000), "a\n=\n".repeat(40_000), `\`\`\`\n${"[a](b)\n".repeat(2_000)}\`\`\`\n`];
    for (const text of hostile) {
      const blocks = splitBlocks(text);
      expect(blocks.map((block) => text.slice(block.start, block.end)).join("")).toBe(text);
      const long = blocks.filter((block) => block.end - block.start > MAX_BLOCK + 1);
      expect(long.every((block) => text.startsWith("```", block.start))).toBe(true);
      expect(blocks.every((block) => text.slice(block.start, block.end).split("\n").length <= MAX_LINES + 1 || text.startsWith("```", block.start))).toBe(true);
    }
    // Fenced code and HTML comments stay one block: their lines are never read as links or headings.
    const code = `\`\`\`\n${"# not a heading [a](b.md)\n".repeat(1_000)}\`\`\`\n`;
    expect(whatRulesRead(parseMarkdownBody(code))).toEqual([]);
    const comment = `<!--\n${"# not a heading [a](b.md)\n".repeat(1_000)}-->\n`;
    expect(whatRulesRead(parseMarkdownBody(comment))).toEqual([]);
  });

  it("keeps positions right after a cut in the middle of a line", () => {
    const text = `${"x".repeat(MAX_BLOCK * 2)} [a](b.md)\n`;
    const [link] = whatRulesRead(parseMarkdownBody(text));
    const offset = text.indexOf("[a]");
    expect(link).toBe(`link b.md ${offset}-${offset + 9}@1:${offset + 1}`);
  });
});

describe("reading limits", () => {
  it("refuses a file of more than 5,000 lines unread, and reads one just under", () => {
    const head = "---\nid: x\n---\n";
    const long = decodeText(Buffer.from(head + "- a\n".repeat(5_000)));
    expect(long.parseable).toBe(false);
    expect(long.problems[0]?.message).toMatch(/more than 5,000 lines/);
    expect(decodeText(Buffer.from(head + "- a\n".repeat(4_990))).parseable).toBe(true);
  });

  it("refuses a file over 128 kB unread", () => {
    const big = decodeText(Buffer.from(`---\nid: x\n---\n${"a ".repeat(66_000)}`));
    expect(big.problems[0]?.message).toMatch(/too large.*the limit is 128 kB/);
  });
});
