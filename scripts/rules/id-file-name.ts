import { locate } from "../model/document.js";
import { agreementRule } from "./rule.js";

/**
 * `agreements history <id>`, `new` and the people reading the repository find an agreement's file by its
 * id, so the file must be named after it.
 */
export const idFileName = agreementRule({
  id: "id-file-name",
  defaultSeverity: "error",
  description: "The agreement's id must be its file name without .md.",
  check(file) {
    const { id } = file.view;
    const name = file.path.split("/").at(-1)!.replace(/\.md$/, "");
    if (id === undefined || id === name) return [];
    return [{
      message: `The agreement's id is "${id}", but its file is named ${name}.md.`,
      hint: `Rename the file to ${id}.md, or set id: ${name} if that is the agreement's id (ids are never reused for another agreement).`,
      ...locate(file, ["id"]),
    }];
  },
});
