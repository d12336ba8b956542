import { visit } from "yaml";
import { say } from "../messages/catalogue.js";
import { TO_BE_FILLED } from "./to-be-filled.js";
import type { FileRule, Report } from "./rule.js";

/**
 * `title: Avtal #1 för …`: in YAML a # after a space starts a comment, so the value silently ends before
 * it. A comment someone means to write has a space after the # (`# sv | fi | en`); text glued to the #
 * (#1, #2020) is a value cut short. The notes `agreements new` writes (`# TO BE FILLED: …`) are comments.
 */
const CUT = /^([ \t]*(?:-[ \t]+)?(?:([A-Za-z_][\w-]*):[ \t]+)?)([^\s"'[{|>&*!#%@`-][^\n#]*?)[ \t]+#(\S[^\n]*)$/gm;

export const commentInValue: FileRule = {
  id: "comment-in-value",
  defaultSeverity: "error",
  description: "A value must not be cut short by a # that YAML reads as the start of a comment.",
  appliesTo: ["agreement", "catalogue"],
  check(file) {
    const frontMatter = file.frontMatter;
    if (!frontMatter) return [];
    // A file read the fast way keeps its YAML text: asking for the document would parse it again, positioned.
    const yaml = frontMatter.fast?.yaml ?? file.source.text.slice(frontMatter.offset, frontMatter.offset + (frontMatter.document.range?.[2] ?? 0));
    const candidates = [...yaml.matchAll(CUT)].filter((match) => !match[0].includes(TO_BE_FILLED));
    if (candidates.length === 0) return [];
    // The pattern reads lines, not YAML: a " #" inside a quoted or block text is part of the value. Only a #
    // outside every value is a comment, so the parsed document decides (it is needed only for such lines).
    const values: [number, number][] = [];
    visit(frontMatter.document, { Scalar: (_key, node) => void (node.range && values.push([node.range[0], node.range[1]])) });
    const reports: Report[] = [];
    for (const match of candidates) {
      const [line, , key, value, rest] = match as unknown as [string, string, string | undefined, string, string];
      const hash = match.index + line.lastIndexOf(`#${rest}`);
      if (values.some(([start, end]) => start <= hash && hash < end)) continue;
      const start = frontMatter.offset + hash;
      reports.push({ text: say("comment-in-value", { key, value: value.trim(), full: `${value.trim()} #${rest.trim()}` }), start, end: start + 1 });
    }
    return reports;
  },
};
