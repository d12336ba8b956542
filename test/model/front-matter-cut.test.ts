import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { cutAtClosing, splitFrontMatter } from "../../scripts/model/front-matter.js";
import { builtFixtureAgreements } from "../helpers/fixtures.js";

/** What gray-matter gives for the block and the body, its engine parsing nothing (as front-matter.ts used it until round 6 of issue 13). */
function grayMatter(text: string): { yaml: string; body: string } {
  const file = matter(text, { engines: { yaml: { parse: () => ({}), stringify: () => "" } } } as never);
  return { yaml: file.matter ?? "", body: file.content };
}

/** Text made of the characters that matter for where a block ends: dashes, line breaks, spaces, tabs, comments. */
const piece = fc.constantFrom("-", "--", "---", "----", "\n", "\r", "\r\n", " ", "\t", "#", "# note", "a", "id: x", "\ufeff", "å", "...");
const texts = fc
  .tuple(fc.constantFrom("", " ", "\t", "  \t"), fc.constantFrom("\n", "\r\n"), fc.array(piece, { maxLength: 12 }), fc.constantFrom("\n---", "\r\n---", "\n----", "\n--- x", "\n---\r", "\n---\n", "\n---\r\n", "\n---\r\r\n", "\n---\n\n"), fc.array(piece, { maxLength: 12 }))
  .map(([spaces, newline, block, closing, body]) => `---${spaces}${newline}${block.join("")}${closing}${body.join("")}`);

describe("front matter is cut where gray-matter cuts it", () => {
  it("for generated texts, the block and the body are gray-matter's", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const close = text.indexOf("\n---", 3);
        const { yaml, bodyOffset } = cutAtClosing(text, close);
        const expected = grayMatter(text);
        expect(yaml).toBe(expected.yaml);
        expect(text.slice(bodyOffset)).toBe(expected.body);
        const split = splitFrontMatter(text);
        expect(split.body).toBe(expected.body);
        expect(split.bodyOffset).toBe(text.length - expected.body.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("for every fixture agreement, with LF and CRLF line endings", () => {
    const files = builtFixtureAgreements();
    expect(files.length).toBeGreaterThan(10);
    for (const text of files.map((file) => file.bytes.toString("utf8"))) {
      for (const variant of [text, text.replace(/\r?\n/g, "\r\n")]) {
        const close = variant.indexOf("\n---", 3);
        if (!/^---[ \t]*\r?\n/.test(variant) || close === -1) continue;
        const expected = grayMatter(variant);
        expect(cutAtClosing(variant, close).yaml).toBe(expected.yaml);
        expect(splitFrontMatter(variant, { fast: true }).body).toBe(expected.body);
      }
    }
  });
});
