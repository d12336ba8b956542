import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
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
      text: say("id-file-name", { id, name }),
      ...locate(file, ["id"]),
    }];
  },
});
