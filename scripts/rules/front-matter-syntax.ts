import type { FileRule } from "./rule.js";

/** A file that cannot be read (encoding, front matter delimiters, YAML syntax) gets exactly this one finding. */
export const frontMatterSyntax: FileRule = {
  id: "front-matter-syntax",
  defaultSeverity: "error",
  description: "The file must be UTF-8 text that starts with YAML front matter between two --- lines.",
  appliesTo: ["agreement", "catalogue"],
  check: (file) => file.syntaxProblems.map(({ text, start, end }) => ({ text, start, end })),
};
