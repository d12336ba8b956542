import type { FileRule } from "./rule.js";

/** Schema problems are found while parsing (once per file); this rule only reports them. */
export const schema: FileRule = {
  id: "schema",
  defaultSeverity: "error",
  description: "The agreement's front matter must have the keys and value types of the agreement format.",
  appliesTo: ["agreement"],
  check: (file) => file.schemaProblems.map(({ text, start, end }) => ({ text, start, end })),
};
